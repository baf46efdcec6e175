/*
 * The writer's floor, part 2: replays the libxlsxwriter calls that `writer_floor.py` extracted from a run's
 * workbooks, with nothing else running, and prints how long libxlsxwriter (and zlib under it) take for exactly
 * those cells: CPU seconds in all, and wall time with the workbooks spread over THREADS threads, largest first,
 * as khenthuong spreads them. Workbooks are written in libxlsxwriter's constant-memory mode, as khenthuong
 * writes them; one format per style number of the original.
 *
 * usage: writer_floor REPLAY_FILE OUT_DIR [THREADS]
 * build: cc -O2 -o writer_floor writer_floor.c $(pkg-config --cflags --libs xlsxwriter) -lpthread
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct { char kind; int row, col, style; double number; char *text; } call;
typedef struct { char *path; call *calls; size_t count, capacity; } book;

static book *books;
static size_t book_count;
static const char *out_dir;
static size_t next_book;
static pthread_mutex_t queue = PTHREAD_MUTEX_INITIALIZER;

static double seconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* Undoes the replay file's escapes in place: \\ \t \n \r. */
static char *unescape(char *s) {
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
    return s;
}

static void add(book *b, call c) {
    if (b->count == b->capacity) {
        b->capacity = b->capacity ? b->capacity * 2 : 1024;
        b->calls = realloc(b->calls, b->capacity * sizeof(call));
    }
    b->calls[b->count++] = c;
}

/* Reads the whole replay before any timing, so that parsing it is not counted. */
static void load(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(2); }
    char *line = NULL;
    size_t size = 0;
    ssize_t length;
    while ((length = getline(&line, &size, f)) > 0) {
        if (line[length - 1] == '\n') line[--length] = 0;
        char *fields[6] = {0};
        int n = 0;
        for (char *p = line; n < 6; n++) {
            fields[n] = p;
            char *tab = n < 5 ? strchr(p, '\t') : NULL;
            if (!tab) { n++; break; }
            *tab = 0;
            p = tab + 1;
        }
        call c = { .kind = line[0] };
        switch (c.kind) {
        case 'W':
            books = realloc(books, (book_count + 1) * sizeof(book));
            books[book_count++] = (book){ .path = strdup(fields[1]) };
            continue;
        case 'S': c.text = strdup(unescape(fields[1])); break;
        case 'R': c.row = atoi(fields[1]); c.number = atof(fields[2]); break;
        case 'T': c.text = strdup(unescape(fields[4])); /* fall through */
        case 'N': c.number = c.kind == 'N' ? atof(fields[4]) : 0; /* fall through */
        case 'B': c.row = atoi(fields[1]); c.col = atoi(fields[2]); c.style = atoi(fields[3]); break;
        case 'C': c.row = atoi(fields[1]); c.col = atoi(fields[2]); c.text = strdup(unescape(fields[3])); break;
        case 'E': break;
        default: fprintf(stderr, "bad line: %s\n", line); exit(2);
        }
        add(&books[book_count - 1], c);
    }
    free(line);
    fclose(f);
}

static void replay(size_t index) {
    book *b = &books[index];
    char path[4096];
    snprintf(path, sizeof path, "%s/floor-%zu.xlsx", out_dir, index);
    lxw_workbook_options options = { .constant_memory = LXW_TRUE };
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    lxw_worksheet *sheet = NULL;
    lxw_format *formats[256] = {0};
    lxw_comment_options note = { .font_name = "Times New Roman", .font_size = 11, .x_scale = 2.2, .y_scale = 2 };
    for (size_t i = 0; i < b->count; i++) {
        call *c = &b->calls[i];
        lxw_format *format = NULL;
        if (c->style > 0 && c->style < 256) {
            if (!formats[c->style]) {  /* one format per style number, made once */
                formats[c->style] = workbook_add_format(workbook);
                format_set_font_name(formats[c->style], "Times New Roman");
                format_set_font_size(formats[c->style], 10 + c->style % 6);
                format_set_border(formats[c->style], LXW_BORDER_THIN);
                format_set_text_wrap(formats[c->style]);
            }
            format = formats[c->style];
        }
        switch (c->kind) {
        case 'S': sheet = workbook_add_worksheet(workbook, c->text); break;
        case 'R': worksheet_set_row(sheet, c->row, c->number, NULL); break;
        case 'T': worksheet_write_string(sheet, c->row, c->col, c->text, format); break;
        case 'N': worksheet_write_number(sheet, c->row, c->col, c->number, format); break;
        case 'B': worksheet_write_blank(sheet, c->row, c->col, format); break;
        case 'C': worksheet_write_comment_opt(sheet, c->row, c->col, c->text, &note); break;
        case 'E': break;
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) { fprintf(stderr, "could not write %s\n", path); exit(1); }
}

static void *worker(void *unused) {
    (void)unused;
    for (;;) {
        pthread_mutex_lock(&queue);
        size_t index = next_book++;
        pthread_mutex_unlock(&queue);
        if (index >= book_count) return NULL;
        replay(index);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: writer_floor REPLAY_FILE OUT_DIR [THREADS]\n"); return 2; }
    out_dir = argv[2];
    int threads = argc > 3 ? atoi(argv[3]) : 2;
    if (threads < 1 || threads > 64) threads = 2;
    load(argv[1]);
    size_t cells = 0;
    for (size_t i = 0; i < book_count; i++) cells += books[i].count;
    double wall = seconds(CLOCK_MONOTONIC), cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
    pthread_t pool[64];
    for (int i = 0; i < threads; i++) pthread_create(&pool[i], NULL, worker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(pool[i], NULL);
    wall = seconds(CLOCK_MONOTONIC) - wall;
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    printf("workbooks %zu calls %zu threads %d wall %.3f cpu %.3f\n", book_count, cells, threads, wall, cpu);
    return 0;
}
