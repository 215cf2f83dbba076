// The one table of commands drives dispatch, the main help and the window's
// command-line parsing.
#include <catch2/catch.hpp>

#include "command_table.hpp"
#include "test_support.hpp"

using namespace fdtest;

TEST_CASE("the main help lists every command of the command table with its usage", "[cli][commands]") {
    auto r = run_cli("--help");
    REQUIRE(r.code == 0);
    for (const auto& c : fd::cli::command_table()) {
        INFO(c.name);
        CHECK(r.out.find(std::string("  ") + c.usage + " ") != std::string::npos);
        CHECK(r.out.find(c.summary) != std::string::npos);
    }
    CHECK(r.out.find("usage: frontdoor [play PATH] [OPTIONS]") != std::string::npos);  // and the window's options
}

TEST_CASE("frontdoor help prints what frontdoor --help prints", "[cli][commands]") {
    auto help = run_cli("help");
    auto dashes = run_cli("--help");
    CHECK(help.code == 0);
    CHECK(help.out == dashes.out);
}

TEST_CASE("every command in the command table answers --help", "[cli][commands]") {
    for (const auto& c : fd::cli::command_table()) {
        INFO(c.name);
        auto r = run_cli(std::string(c.name) + " --help");
        CHECK(r.code == 0);
        CHECK(r.out.find("usage: frontdoor") != std::string::npos);
    }
}

TEST_CASE("a misspelt command is refused with the closest command name", "[cli][commands]") {
    auto r = run_cli("lnit");
    CHECK(r.code == 2);
    CHECK(r.err.find("unknown command 'lnit'; did you mean 'lint'?") != std::string::npos);
    r = run_cli("hepl");
    CHECK(r.code == 2);
    CHECK(r.err.find("did you mean 'help'?") != std::string::npos);
}
