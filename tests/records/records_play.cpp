// Plays a story without a person and records it, as the window does: the records
// tests' helper.
//   fd_records_play DB SCRIPT NAME [--email E] [--employee-id ID] [--pick best|worst|cycle]
//                   [--loop]   play again and again until killed (prints "ready" after the
//                              first attempt's first commit): the SIGKILL integrity test
// An LRS configured by FRONTDOOR_LRS_* gets statements queued in the outbox (not sent).
#include <cstdio>
#include <cstring>
#include <string>

#include "autoplay.hpp"
#include "lrs_config.hpp"
#include "recorder.hpp"
#include "story_loader.hpp"

namespace {

fd::Mode pick(const fd::Beat& b, const std::string& how, int n) {
    const fd::Answer* chosen = &b.answers.front();
    for (const auto& a : b.answers) {
        if (how == "best" && a.fit > chosen->fit) chosen = &a;
        if (how == "worst" && a.fit < chosen->fit) chosen = &a;
    }
    if (how == "cycle") chosen = &b.answers[static_cast<std::size_t>(n) % b.answers.size()];
    return chosen->mode;
}

void play_once(fd::Db& db, const fd::StoryLoad& load, const fd::Player& player, const fd::LrsConfig& config,
               const std::string& how, bool announce) {
    fd::Session s(load.story, load.host, 7);
    fd::Recorder rec(db, player, config, s);
    if (announce) {
        std::printf("ready\n");
        std::fflush(stdout);
    }
    fd::MoveLimit limit;
    for (int n = 0; !s.finished(); ++n) {
        limit.count(s);
        if (s.at_decision())
            s.choose(pick(s.beat(), how, n));
        else
            s.proceed();
        rec.observe(s);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s DB SCRIPT NAME [--email E] [--employee-id ID] [--pick best|worst|cycle] [--loop]\n", argv[0]);
        return 2;
    }
    std::string email, employee, how = "cycle";
    bool loop = false;
    for (int i = 4; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--loop") loop = true;
        else if (a == "--email" && i + 1 < argc) email = argv[++i];
        else if (a == "--employee-id" && i + 1 < argc) employee = argv[++i];
        else if (a == "--pick" && i + 1 < argc) how = argv[++i];
    }
    fd::StoryLoad load = fd::load_story(argv[2]);
    if (!load.story) {
        for (const auto& d : load.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }
    fd::Db db(argv[1]);
    fd::RecordsStore store(db);
    fd::Player player = store.player(argv[3], email, employee);
    fd::LrsConfig config = fd::read_lrs_config("/nonexistent");
    try {
        for (int round = 0; round == 0 || loop; ++round) play_once(db, load, player, config, how, loop && round == 0);
    } catch (const fd::RecordsError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
