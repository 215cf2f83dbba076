// Translations: the template of the story's texts (ids, context, file:line), that
// gettext's own tools accept it, and that the committed po/frontdoor.pot is current.
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "content_text.hpp"
#include "pot_writer.hpp"
#include "test_support.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

const fd::i18n::TextEntry* find_id(const std::vector<fd::i18n::TextEntry>& all, const std::string& id) {
    auto it = std::find_if(all.begin(), all.end(), [&](const auto& e) { return e.id == id; });
    return it == all.end() ? nullptr : &*it;
}

std::string line_of(const std::string& path, int line) {
    std::istringstream in(read_text(path));
    std::string text;
    for (int i = 0; i < line && std::getline(in, text); ++i) {
    }
    return text;
}

}  // namespace

TEST_CASE("Every text a player sees in the shipped campaign has a stable id, its English and its script line", "[i18n]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    auto texts = fd::i18n::content_texts(*story);
    const auto* says = find_id(texts, "wrong_size.first_ask.collaborate.says");
    REQUIRE(says != nullptr);
    CHECK(says->english.rfind("That's our mistake, and I'm sorry", 0) == 0);
    CHECK(says->file == "encounters/wrong_size.lua");
    CHECK(line_of(source_path("scripts/encounters/wrong_size.lua"), says->line).find("That's our mistake") !=
          std::string::npos);
    CHECK(says->max_chars == 220);
    for (const char* id : {"campaign.front_door.title", "wrong_size.title", "wrong_size.place", "wrong_size.customer.name",
                           "wrong_size.customer.role", "wrong_size.customer.life", "wrong_size.arrive.text",
                           "wrong_size.first_ask.says", "wrong_size.first_ask.prompt",
                           "wrong_size.first_ask.avoid.reaction", "wrong_size.first_ask.compete.why"})
        CHECK(find_id(texts, id) != nullptr);
    const auto* place = find_id(texts, "wrong_size.place");
    REQUIRE(place != nullptr);
    CHECK(line_of(source_path("scripts/encounters/wrong_size.lua"), place->line).find("place =") != std::string::npos);
    const auto* title = find_id(texts, "campaign.front_door.title");
    REQUIRE(title != nullptr);
    CHECK(title->file == "campaign.lua");
    CHECK(line_of(source_path("scripts/campaign.lua"), title->line).find("title =") != std::string::npos);
    std::vector<std::string> ids;
    for (const auto& t : texts) ids.push_back(t.id);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    for (const auto& st : story->stages) CHECK(find_id(texts, st.encounter->id + ".title") != nullptr);
}

TEST_CASE("An answer's context tells the translator who speaks, in which mode, and the length limit", "[i18n]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    std::string pot = fd::i18n::pot_text(fd::i18n::content_texts(*story));
    auto at = pot.find("msgctxt \"wrong_size.first_ask.collaborate.says\"");
    REQUIRE(at != std::string::npos);
    std::string before = pot.substr(pot.rfind("\n\n", at), at - pot.rfind("\n\n", at));
    CHECK(before.find("#. An answer the player can choose: spoken by the player") != std::string::npos);
    CHECK(before.find("Marisol Reyes") != std::string::npos);
    CHECK(before.find("Mode: collaborate") != std::string::npos);
    CHECK(before.find("fault=ours") != std::string::npos);
    CHECK(before.find("At most 220 characters") != std::string::npos);
    CHECK(before.find("#: encounters/wrong_size.lua:") != std::string::npos);
}

TEST_CASE("Quotes, backslashes and newlines in a text are escaped as gettext reads them", "[i18n]") {
    CHECK(fd::i18n::po_escape("She said \"no\"\\\nthen\tleft") == "She said \\\"no\\\"\\\\\\nthen\\tleft");
}

TEST_CASE("gettext's own tools accept the template frontdoor i18n extract writes", "[i18n]") {
    std::string dir = temp_dir("i18n_pot");
    auto r = run_cli("i18n extract -o '" + dir + "/frontdoor.pot'");
    REQUIRE(r.code == 0);
    auto check = run_command("msgfmt --check -o /dev/null '" + dir + "/frontdoor.pot'");
    INFO(check.err);  // a template's header keeps gettext's placeholders: warnings, never errors
    CHECK(check.err.find("error") == std::string::npos);
    CHECK(check.code == 0);
    auto cat = run_command("msgcat '" + dir + "/frontdoor.pot' -o '" + dir + "/again.pot'");
    CHECK(cat.err == "");
    CHECK(cat.code == 0);
    // msgcat keeps every entry: as many msgctxt lines come out as went in.
    auto count = [](const std::string& text) {
        std::size_t n = 0;
        for (std::size_t at = text.find("\nmsgctxt "); at != std::string::npos; at = text.find("\nmsgctxt ", at + 1)) ++n;
        return n;
    };
    CHECK(count(read_text(dir + "/again.pot")) == count(read_text(dir + "/frontdoor.pot")));
    CHECK(count(read_text(dir + "/frontdoor.pot")) > 300);
    fs::remove_all(dir);
}

TEST_CASE("The committed po/frontdoor.pot is current (else run: frontdoor i18n extract -o po/frontdoor.pot)", "[i18n]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    std::string now = fd::i18n::pot_text(fd::i18n::content_texts(*story));
    INFO("the scripts changed: regenerate the template with `frontdoor i18n extract -o po/frontdoor.pot`");
    CHECK(read_text(source_path("po/frontdoor.pot")) == now);
}
