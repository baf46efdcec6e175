// libFuzzer's driver entry point (compiler-rt FuzzerInterface.h). The fuzz targets call it from their own
// main, because SwiftPM gives every executable a main of its own and libFuzzer's would never run.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
