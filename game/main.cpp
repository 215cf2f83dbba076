// frontdoor: a command of the command table (run, lint, test, ...) when asked for,
// otherwise the game window.
#include "app.hpp"
#include "commands.hpp"
#include "options.hpp"

int main(int argc, char** argv) {
    fdg::Options opts;  // notes the launch time, for FRONTDOOR_TIMING
    int code = fd::cli::dispatch(argc, argv);
    if (code >= 0) return code;
    code = fdg::parse_options(argc, argv, opts);
    if (code >= 0) return code;
    fdg::App app(std::move(opts));
    return app.run();
}
