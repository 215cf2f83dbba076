// frontdoor: a command of the command table (run, lint, test, ...) when asked for,
// otherwise the game window.
#include <cstring>
#include <iostream>

#include "app.hpp"
#include "commands.hpp"
#include "options.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
    fdg::Options opts;  // notes the launch time, for FRONTDOOR_TIMING
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::cout << "frontdoor " << fd::program_version() << " (commit " << fd::build_commit() << ")\n";
        return 0;
    }
    int code = fd::cli::dispatch(argc, argv);
    if (code >= 0) return code;
    code = fdg::parse_options(argc, argv, opts);
    if (code >= 0) return code;
    fdg::App app(std::move(opts));
    return app.run();
}
