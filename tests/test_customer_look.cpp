// A customer's `look = { ... }`: read from the script, checked word by word at
// the line it is written on, and given by every shipped customer.
#include <catch2/catch.hpp>

#include <filesystem>

#include "encounter_loader.hpp"
#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {

const char* kCustomerEnd = "value = 100 },";

// The minimal encounter with a look table spread over lines 6.. (the customer is line 5).
std::string with_look(const std::string& lines) {
    return with(minimal_encounter(), kCustomerEnd, "value = 100,\n    look = {\n" + lines + "    } },");
}

EncounterLoad load_text(const std::string& text) {
    std::string dir = temp_dir("look");
    return load_encounter(write_temp_file(dir, "mini.lua", text), dir);
}

std::vector<Diagnostic> with_code(const Diagnostics& all, const std::string& code) {
    std::vector<Diagnostic> found;
    for (const auto& d : all)
        if (d.code == code) found.push_back(d);
    return found;
}

std::string listing(const Diagnostics& all) {
    std::string out;
    for (const auto& d : all) out += d.format() + "\n";
    return out;
}

}  // namespace

TEST_CASE("a customer's look is read from the script, every field of it", "[loader][look]") {
    auto load = load_text(with_look("      skin = \"dark\", hair = \"white\", hair_style = \"receding\",\n"
                                    "      age = \"older\", glasses = true, headwear = \"kippah\",\n"));
    INFO(listing(load.diagnostics));
    REQUIRE(load.encounter);
    CHECK(load.diagnostics.empty());
    const Look& l = load.encounter->customer.look;
    CHECK(l.given());
    CHECK(l.skin == "dark");
    CHECK(l.hair == "white");
    CHECK(l.hair_style == "receding");
    CHECK(l.age == "older");
    CHECK(l.glasses == true);
    CHECK(l.headwear == "kippah");
}

TEST_CASE("a customer without a look loads as before, leaving every field to the name", "[loader][look]") {
    auto load = load_text(minimal_encounter());
    REQUIRE(load.encounter);
    CHECK_FALSE(load.encounter->customer.look.given());
}

TEST_CASE("an unknown look word is an error at its own line that lists the valid words", "[loader][look]") {
    auto load = load_text(with_look("      skin = \"dark\",\n"         // line 7
                                    "      hair_style = \"curlyy\",\n"  // line 8
                                    "      glasses = \"yes\",\n"));     // line 9
    INFO(listing(load.diagnostics));
    CHECK_FALSE(load.encounter);
    auto unknown = with_code(load.diagnostics, "FD015");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].line == 8);
    CHECK(unknown[0].file.find("mini.lua") != std::string::npos);
    CHECK(unknown[0].message.find("did you mean 'curly'") != std::string::npos);
    CHECK(unknown[0].message.find("bald, short, receding, long, curly, bun, braids, covered") != std::string::npos);
    auto typed = with_code(load.diagnostics, "FD004");
    REQUIRE(typed.size() == 1);
    CHECK(typed[0].line == 9);
    CHECK(typed[0].message.find("'glasses' should be a boolean") != std::string::npos);
}

TEST_CASE("a misspelt look field is reported with the field it most likely means", "[loader][look]") {
    auto load = load_text(with_look("      skin = \"tan\",\n      hairstyle = \"bun\",\n"));
    INFO(listing(load.diagnostics));
    auto unknown = with_code(load.diagnostics, "FD005");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].line == 8);
    CHECK(unknown[0].message.find("hair_style") != std::string::npos);
}

TEST_CASE("lint names the file and line of a bad look word", "[loader][look][cli]") {
    std::string dir = temp_dir("look_lint");
    std::string path = write_temp_file(dir, "mini.lua", with_look("      headwear = \"helmet\",\n"));
    auto r = run_cli("lint '" + path + "'");
    std::string said = r.out + r.err;
    INFO(said);
    CHECK(r.code != 0);
    CHECK(said.find("mini.lua:7:") != std::string::npos);
    CHECK(said.find("unknown headwear 'helmet'") != std::string::npos);
    CHECK(said.find("none, cap, beanie, hijab, headscarf, turban, kippah") != std::string::npos);
}

TEST_CASE("every shipped customer has a complete look", "[loader][look][content]") {
    int customers = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_path("scripts/encounters"))) {
        if (entry.path().extension() != ".lua") continue;
        auto load = load_encounter(entry.path().string(), source_path("scripts"));
        INFO(entry.path().string() << "\n" << listing(load.diagnostics));
        REQUIRE(load.encounter);
        const Look& l = load.encounter->customer.look;
        CHECK(!l.skin.empty());
        CHECK(!l.hair.empty());
        CHECK(!l.hair_style.empty());
        CHECK(!l.age.empty());
        CHECK(!l.headwear.empty());
        CHECK(l.glasses.has_value());
        ++customers;
    }
    CHECK(customers >= 9);
}
