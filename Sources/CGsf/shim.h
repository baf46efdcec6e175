/* Only the headers the readers (and their tests) use: <gsf/gsf.h> also pulls in gsf-libxml.h, whose libxml2
   includes the system ICU headers, which clash with Foundation's own ICU module in any target importing both. */
#include <gsf/gsf-utils.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-outfile-msole.h>
