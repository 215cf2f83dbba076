// The end-of-session button: the workshop's handout (HTML) and every vote
// (CSV) written beside its save, through the same report module as
// `frontdoor report workshop`.
#include <filesystem>

#include "game.hpp"
#include "handout_html.hpp"
#include "votes_csv.hpp"
#include "workshop_report.hpp"
#include "ui_text.hpp"

namespace fdg {

void Game::write_handout() {
    if (!play_.session || !workshop_.on) return;
    fd::SaveGame g;
    g.script = play_.story_path;
    g.player = play_.player;
    g.state = play_.session->state();
    fd::WorkshopReport r = fd::build_workshop_report(play_.session->story(), g, workshop_.votes);
    std::string html = save_dir() + "/workshop_handout.html", csv = save_dir() + "/workshop_votes.csv";
    try {
        std::error_code ec;
        std::filesystem::create_directories(save_dir(), ec);
        fd::write_file_atomically(html, fd::handout_html(r));
        fd::write_file_atomically(csv, fd::votes_csv(r));
        notify(fd::format_text(fd::tr("Handout written: {html} (and the votes: {csv})"), {{"html", html}, {"csv", csv}}), true, 10);
    } catch (const fd::SaveError& e) {
        notify(fd::format_text(fd::tr("Handout NOT written: {error}"), {{"error", e.what()}}), false, 8);
    }
}

}  // namespace fdg
