// The table of diagnostic codes and scripts/README.md's list of them agree:
// every code in the table is documented with the same meaning and severity,
// and every documented code is in the table.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <sstream>

#include "diagnostic_codes.hpp"
#include "test_support.hpp"

using namespace fdtest;

namespace {

struct DocumentedCode {
    fd::CodeLevel level = fd::CodeLevel::Error;
    std::string meaning;
};

std::string trimmed(const std::string& s) {
    auto a = s.find_first_not_of(' ');
    auto b = s.find_last_not_of(' ');
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// "| FD014 | (warning) text is too long ... | how to fix |" rows of the README's table.
std::map<std::string, DocumentedCode> documented_codes(const std::string& readme) {
    std::map<std::string, DocumentedCode> codes;
    std::istringstream in(readme);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("| FD", 0) != 0) continue;
        auto bar1 = line.find('|', 1), bar2 = line.find('|', bar1 + 1);
        REQUIRE(bar2 != std::string::npos);
        std::string id = trimmed(line.substr(1, bar1 - 1));
        std::string what = trimmed(line.substr(bar1 + 1, bar2 - bar1 - 1));
        DocumentedCode doc;
        for (auto [note, level] : {std::pair{"(warning) ", fd::CodeLevel::Warning},
                                   std::pair{"(warning from lint; error from explore) ", fd::CodeLevel::LintWarningExploreError}}) {
            std::string n = note;
            if (what.rfind(n, 0) == 0) {
                doc.level = level;
                what = what.substr(n.size());
            }
        }
        doc.meaning = what;
        INFO(line);
        CHECK(codes.count(id) == 0);
        codes[id] = doc;
    }
    return codes;
}

}  // namespace

TEST_CASE("every diagnostic code is documented in scripts/README.md with its meaning and severity", "[codes]") {
    std::string readme = read_text(source_path("scripts/README.md"));
    REQUIRE(readme.find("## Errors and lint codes") != std::string::npos);
    auto documented = documented_codes(readme);
    REQUIRE(documented.size() >= 16);
    for (const auto& c : fd::diagnostic_codes()) {
        INFO(c.id);
        auto it = documented.find(c.id);
        REQUIRE(it != documented.end());
        CHECK(it->second.meaning == c.meaning);
        CHECK(it->second.level == c.level);
    }
}

TEST_CASE("every code documented in scripts/README.md is in the table of codes", "[codes]") {
    auto documented = documented_codes(read_text(source_path("scripts/README.md")));
    for (const auto& [id, doc] : documented) {
        INFO(id);
        bool known = false;
        for (const auto& c : fd::diagnostic_codes()) known = known || id == c.id;
        CHECK(known);
    }
}

TEST_CASE("diagnostic codes are numbered FD001 upwards with no gap or repeat", "[codes]") {
    const auto& all = fd::diagnostic_codes();
    for (std::size_t i = 0; i < all.size(); ++i) {
        char want[8];
        std::snprintf(want, sizeof want, "FD%03zu", i + 1);
        CHECK(std::string(all[i].id) == want);
    }
}
