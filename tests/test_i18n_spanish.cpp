// The shipped Spanish: the interface template is current, the Spanish interface
// covers it, and the whole campaign plays in Spanish (po/es.po) in every
// always-one-mode strategy with no text left in English.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "autoplay.hpp"
#include "catalog.hpp"
#include "po_check.hpp"
#include "po_reader.hpp"
#include "session.hpp"
#include "test_support.hpp"
#include "translate_story.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

std::string problems_text(const std::vector<fd::i18n::PoProblem>& problems) {
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) out += problems[i].format() + "\n";
    return out;
}

}  // namespace

TEST_CASE("The committed po/ui.pot is current (else run: tools/i18n-ui-template)", "[i18n]") {
    std::string dir = temp_dir("i18n_ui_pot");
    int status = std::system(("'" + source_path("tools/i18n-ui-template") + "' '" + dir + "/ui.pot' 2>/dev/null").c_str());
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    INFO("the interface's marked strings changed: regenerate with tools/i18n-ui-template");
    CHECK(read_text(dir + "/ui.pot") == read_text(source_path("po/ui.pot")));
    fs::remove_all(dir);
}

TEST_CASE("The Spanish interface translates every string of po/ui.pot, placeholders and plurals kept", "[i18n]") {
    auto es = fd::i18n::read_po(source_path("po/es.po"));
    auto pot = fd::i18n::read_po(source_path("po/ui.pot"));
    REQUIRE(es.ok());
    REQUIRE(pot.ok());
    CHECK(es.plural_forms.find("nplurals=2") != std::string::npos);
    auto problems = fd::i18n::check_po(es, {pot});
    INFO(problems_text(problems));
    CHECK(problems.empty());
}

TEST_CASE("The whole campaign plays in Spanish in every always-one-mode strategy with no text left in English", "[i18n]") {
    std::string path = source_path("po/es.po");
    REQUIRE(fs::exists(path));
    auto po = fd::i18n::read_po(path);
    INFO((po.errors.empty() ? std::string() : po.errors.front()));
    REQUIRE(po.ok());
    auto problems = fd::i18n::check_po(po, {fd::i18n::read_po(source_path("po/frontdoor.pot")),
                                            fd::i18n::read_po(source_path("po/ui.pot"))});
    INFO(problems_text(problems));
    CHECK(problems.empty());
    fd::i18n::Catalog es(po);
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    auto shown = fd::i18n::translate_story(*story, es);
    std::set<std::string> english;  // "encounter.beat" of every text still in English
    for (const auto& t : shown.untranslated) english.insert(t.id);
    for (fd::Mode m : fd::kAllModes) {
        fd::Session s(shown.story, host, 1);
        REQUIRE(fd::autoplay(s, [m](const fd::Session&) { return std::optional<fd::Mode>(m); }));
        std::set<std::string> seen;
        for (const auto& ev : s.state().log) {
            const fd::Stage* st = s.story().stage(ev.stage);
            REQUIRE(st);
            std::string base = st->encounter->id + "." + ev.beat;
            for (const char* field : {".text", ".says", ".prompt"}) seen.insert(base + field);
            if (ev.mode)
                for (const char* field : {".says", ".reaction", ".why"})
                    seen.insert(base + "." + fd::mode_name(*ev.mode) + field);
            for (const char* field : {".title", ".place", ".customer.name", ".customer.role", ".customer.life"})
                seen.insert(st->encounter->id + field);
        }
        std::string left;
        for (const auto& id : seen)
            if (english.count(id)) left += id + "\n";
        INFO("always " << fd::mode_name(m) << ": shown in English:\n" << left);
        CHECK(left.empty());
    }
    CHECK(shown.untranslated.empty());
}
