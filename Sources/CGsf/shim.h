/* Only the headers the readers use: <gsf/gsf.h> also pulls in gsf-libxml.h, whose libxml2 includes the
   system ICU headers, which clash with Foundation's own ICU module in any target that imports both. */
#include <gsf/gsf-utils.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
