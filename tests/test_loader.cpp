#include <catch2/catch.hpp>

#include "encounter_loader.hpp"
#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {

Diagnostics lint_text(const std::string& text) {
    std::string dir = temp_dir("loader");
    std::string path = write_temp_file(dir, "mini.lua", text);
    return load_encounter(path, dir).diagnostics;
}

// The one diagnostic with this code; fails the test if there is not exactly one.
Diagnostic only(const Diagnostics& all, const std::string& code) {
    std::vector<Diagnostic> found;
    std::string listing;
    for (const auto& d : all) {
        listing += d.format() + "\n";
        if (d.code == code) found.push_back(d);
    }
    INFO(listing);
    REQUIRE(found.size() == 1);
    return found[0];
}

}  // namespace

TEST_CASE("the minimal encounter loads clean", "[loader]") {
    auto diags = lint_text(minimal_encounter());
    for (const auto& d : diags) INFO(d.format());
    CHECK(diags.empty());
}

TEST_CASE("a missing mode is an error at the decision's answers", "[loader]") {
    auto text = with(minimal_encounter(),
                     R"(        answer { mode = "compete", says = "Rules are rules.", effects = { trust = -20 }, next = "lost", fit = 1, why = "Raises the wall." },
)", "");
    Diagnostic d = only(lint_text(text), "FD007");
    CHECK(d.line == 11);
    CHECK(d.message.find("compete") != std::string::npos);
}

TEST_CASE("a next beat that does not exist names the answer's line and suggests a beat", "[loader]") {
    auto text = with(minimal_encounter(), R"(next = "lost", fit = 1, why = "Too)", R"(next = "lsot", fit = 1, why = "Too)");
    Diagnostic d = only(lint_text(text), "FD009");
    CHECK(d.line == 12);
    CHECK(d.message.find("did you mean 'lost'") != std::string::npos);
    CHECK(d.message.find("ask.avoid") != std::string::npos);
}

TEST_CASE("an unknown field is reported at its own line with a hint", "[loader]") {
    auto text = with(minimal_encounter(), R"(      says = "\"Help me.\"",)", R"(      says = "\"Help me.\"",
      promt = "What now?",)");
    Diagnostic d = only(lint_text(text), "FD005");
    CHECK(d.line == 11);
    CHECK(d.message.find("did you mean 'prompt'") != std::string::npos);
}

TEST_CASE("effects out of range, a missing why and a bad outcome are each found", "[loader]") {
    auto text = with(minimal_encounter(), "effects = { trust = 10, money = -50 }", "effects = { trust = 150, money = -50 }");
    text = with(text, R"(fit = 2, why = "A middle way.")", "fit = 2");
    text = with(text, R"(outcome = "lost")", R"(outcome = "gone")");
    auto diags = lint_text(text);
    CHECK(only(diags, "FD012").line == 13);
    CHECK(only(diags, "FD013").line == 14);
    Diagnostic outcome = only(diags, "FD015");
    CHECK(outcome.line == 20);
}

TEST_CASE("duplicate ids, unreachable beats and dead ends are found", "[loader]") {
    auto text = with(minimal_encounter(), R"(    ending { id = "lost", outcome = "lost", text = "She goes." },)",
                     R"(    ending { id = "lost", outcome = "lost", text = "She goes." },
    narration { id = "limbo", text = "Nobody comes here.", next = "loop" },
    narration { id = "loop", text = "Round and round.", next = "limbo" },
    ending { id = "kept", outcome = "kept", text = "Again." },)");
    auto diags = lint_text(text);
    CHECK(only(diags, "FD006").line == 23);
    int unreachable = 0, dead = 0;
    for (const auto& d : diags) {
        unreachable += d.code == "FD010";
        dead += d.code == "FD011";
    }
    CHECK(unreachable == 2);
    CHECK(dead == 2);
}

TEST_CASE("text too long for the projector is a warning, not an error", "[loader]") {
    auto text = with(minimal_encounter(), R"(says = "Later.")", "says = \"" + std::string(300, 'x') + "\"");
    auto diags = lint_text(text);
    Diagnostic d = only(diags, "FD014");
    CHECK(d.severity == Severity::Warning);
    CHECK(d.line == 12);
    CHECK_FALSE(has_errors(diags));
}

TEST_CASE("a syntax error names file and line", "[loader]") {
    auto diags = lint_text(with(minimal_encounter(), R"(  title = "Mini",)", R"(  title = "Mini" "oops",)"));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == "FD001");
    CHECK(diags[0].line == 3);
    CHECK(diags[0].file.find("mini.lua") != std::string::npos);
}

TEST_CASE("a file that returns no encounter says what to write", "[loader]") {
    auto diags = lint_text("local x = 1\nreturn { id = 'x' }\n");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == "FD002");
}

TEST_CASE("every shipped encounter and the campaign load without errors", "[loader][content]") {
    auto story = load_ok(source_path("scripts/campaign.lua")).story;
    CHECK(story->is_campaign);
    CHECK(story->stages.size() >= 8);
}
