#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
    int code = fd::cli::dispatch(argc, argv);
    if (code >= 0) return code;
    fd::cli::print_main_help();
    return 2;
}
