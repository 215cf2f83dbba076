// scripts/README.md shows, for every diagnostic code, a one-line change to a shipped
// script that produces it ("Every code, by example"). Each example is applied to a
// copy of scripts/ and checked with the command it names: the documented code appears
// (more often than for the unchanged script).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "diagnostic_codes.hpp"
#include "test_support.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

struct Example {
    std::string code, file, from, to, command = "lint";
    std::string line;  // as written, for messages
};

// The text between the n-th pair of backticks on a line, or "".
std::string backticked(const std::string& line, int n) {
    std::size_t at = 0;
    for (int i = 0; i <= n; ++i) {
        std::size_t open = line.find('`', at);
        if (open == std::string::npos) return "";
        std::size_t close = line.find('`', open + 1);
        if (close == std::string::npos) return "";
        if (i == n) return line.substr(open + 1, close - open - 1);
        at = close + 1;
    }
    return "";
}

// "- FD012 in `encounters/wrong_size.lua`: `fit = 1,` → `fit = 7,`", optionally "(explore)".
std::vector<Example> documented_examples(const std::string& readme) {
    std::vector<Example> out;
    std::istringstream in(readme);
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0) inside = line.find("Every code, by example") != std::string::npos;
        if (!inside || line.rfind("- FD", 0) != 0) continue;
        Example e;
        e.line = line;
        e.code = line.substr(2, 5);
        e.file = backticked(line, 0);
        e.from = backticked(line, 1);
        e.to = backticked(line, 2);
        if (line.find("(explore)") != std::string::npos) e.command = "explore";
        out.push_back(e);
    }
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

void copy_scripts(const std::string& to) {
    fs::remove_all(to);
    fs::copy(source_path("scripts"), to, fs::copy_options::recursive);
}

}  // namespace

TEST_CASE("every code in scripts/README.md has an example that really produces it", "[codes][docs]") {
    auto examples = documented_examples(read_text(source_path("scripts/README.md")));
    std::set<std::string> shown;
    for (const auto& e : examples) shown.insert(e.code);
    for (const auto& c : fd::diagnostic_codes()) {
        INFO(c.id);
        CHECK(shown.count(c.id) == 1);
    }
    std::string scripts = temp_dir("code_examples") + "/scripts";
    for (const auto& e : examples) {
        INFO(e.line);
        copy_scripts(scripts);
        std::string path = scripts + "/" + e.file;
        CliResult before = run_cli(e.command + " '" + path + "'");
        std::string text = read_text(path);
        auto at = text.find(e.from);
        REQUIRE(at != std::string::npos);
        REQUIRE_FALSE(e.from.empty());
        text.replace(at, e.from.size(), e.to);
        std::ofstream(path, std::ios::binary) << text;
        CliResult r = run_cli(e.command + " '" + path + "'");
        INFO(r.out << r.err);
        // More of the code than the unchanged script has (a shipped script may have warnings).
        CHECK(count(r.out + r.err, "[" + e.code + "]") > count(before.out + before.err, "[" + e.code + "]"));
    }
}
