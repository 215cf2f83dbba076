// One libFuzzer binary per target: compiled with -DFDFUZZ_TARGET=<name> (see CMakeLists.txt).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fdfuzz::FDFUZZ_TARGET(data, size);
    return 0;
}
