// Declarations only: libclang_rt.fuzzer (linked by -sanitize=fuzzer) defines LLVMFuzzerRunDriver.
#include "CFuzzerDriver.h"
