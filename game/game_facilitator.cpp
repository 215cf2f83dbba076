// Game actions of facilitator mode: the clicker's next and back, and playing
// the room's vote. "Back" restores the session as it was (a copy of its
// state), so the engine never needs an undo.
#include <algorithm>

#include "game.hpp"
#include "room_vote.hpp"
#include "ui_text.hpp"

namespace fdg {

void Game::push_history() {
    if (!play_.session) return;
    workshop_.history.push_back({play_.view, play_.page, play_.session->state(), workshop_.board, play_.consequence, workshop_.votes.size()});
    // Back goes a step at a time through the screens shown (vote, reveal,
    // narration, debrief pages); a workshop never needs more than this.
    if (workshop_.history.size() > 200) workshop_.history.erase(workshop_.history.begin());
}

void Game::back() {
    // Pages of an ending or the summary can always go back a page, even after a restart.
    bool paged = play_.view == View::Play && play_.session && (play_.session->finished() || play_.session->beat().kind == fd::BeatKind::Ending);
    if (workshop_.history.empty() && paged && play_.page > 0) {
        --play_.page;
        return;
    }
    if (workshop_.history.empty()) {
        notify(fd::tr("Nothing earlier in this decision to go back to."), false, 2.5);
        return;
    }
    HistoryStep step = std::move(workshop_.history.back());
    workshop_.history.pop_back();
    std::unique_ptr<fd::Session> s;
    auto story = play_.session->story_ptr();
    auto host = play_.session->host_ptr();
    if (!guarded(fd::N_("going back"), [&] { s = std::make_unique<fd::Session>(story, host, step.state); })) return;
    play_.session = std::move(s);
    play_.view = step.view;
    play_.page = step.page;
    workshop_.board = step.board;
    workshop_.board.tie = false;
    play_.consequence = step.consequence;
    if (play_.consequence) play_.consequence->started = now_ - kAnimSeconds;  // no replay of the animation
    workshop_.votes.resize(std::min(workshop_.votes.size(), step.votes));
    autosave();
}

void Game::advance() {
    if (!play_.session || overlays_.error.open || overlays_.menu_open) return;
    if (play_.view == View::Intro) return finish_intro();  // a workshop's introduction: next begins
    if (play_.view == View::Consequence && play_.page == 0 && settings_.teach_reveal) {
        // The reveal's second page: every answer's fit and why, then the discussion (its timer starts).
        push_history();
        play_.page = 1;
        workshop_.timer.reset();
        workshop_.timer.total = settings_.timer_seconds;
        workshop_.timer.toggle(now_);
        return;
    }
    if (play_.view == View::Consequence) {
        push_history();
        workshop_.timer.reset();
        play_.view = View::Play;
        play_.page = 0;
        after_move();
        return;
    }
    if (play_.view != View::Play) return;
    if (play_.session->finished()) {
        if (play_.page + 1 < page_count()) {
            push_history();
            ++play_.page;
        }
        return;
    }
    switch (play_.session->beat().kind) {
        case fd::BeatKind::Decision:
            play_majority();
            return;
        case fd::BeatKind::Ending:
            push_history();
            if (play_.page + 1 < page_count()) {
                ++play_.page;
                return;
            }
            proceed();
            return;
        default:
            push_history();
            proceed();
    }
}

// The room's majority is the engine's rule (fd::tally_votes); here it is only
// mapped to the rows on screen.
void Game::play_majority() {
    fd::Tally t = fd::tally_votes(workshop_.board.total());
    if (t.decided()) {
        workshop_.board.selected = row_of(t.winner());
        play_row(workshop_.board.selected);
        return;
    }
    if (workshop_.board.tie) {
        play_selected();  // the facilitator has seen the tie (or that nobody voted) and picked
        return;
    }
    workshop_.board.tie = true;
    // Offer the first of the tied answers on screen, unless one of them is already selected.
    fd::Mode selected = answer_order()[static_cast<std::size_t>(workshop_.board.selected)];
    if (!t.leaders.empty() && std::find(t.leaders.begin(), t.leaders.end(), selected) == t.leaders.end()) {
        int first = 4;
        for (fd::Mode m : t.leaders) first = std::min(first, row_of(m));
        workshop_.board.selected = first;
    }
}

void Game::play_selected() { play_row(workshop_.board.selected); }

void Game::play_row(int row) {
    if (!play_.session || !play_.session->at_decision()) return;
    fd::Mode m = answer_order()[static_cast<std::size_t>(row)];
    Consequence c = consequence_of(*play_.session, m, now_);
    std::size_t index = play_.session->state().log.size();
    fd::Tally t = fd::tally_votes(workshop_.board.total());
    bool leader = std::find(t.leaders.begin(), t.leaders.end(), m) != t.leaders.end();
    RoomVote v;
    v.log_index = index;
    v.stage = play_.session->state().stage;
    v.beat = play_.session->state().beat;
    v.counts = workshop_.board.total();
    v.phones = workshop_.board.phones;
    v.phone_devices = workshop_.board.phone_devices;
    v.played = m;
    v.overridden = !leader;              // fewer hands than the most, or nobody voted
    v.tie = leader && !t.decided();      // one of the tied answers
    push_history();
    if (!guarded(fd::N_("applying the room's answer"), [&] { play_.session->choose(m); })) {
        workshop_.history.pop_back();
        return;
    }
    fill_snapshots(c, *play_.session, index);
    play_.consequence = c;
    workshop_.votes.push_back(v);
    play_.view = View::Consequence;
    play_.page = 0;
    autosave();
}

void Game::adjust_vote(int row, int delta) {
    if (row < 0 || row > 4) return;
    auto order = answer_order();
    int& n = workshop_.board.counts[static_cast<std::size_t>(fd::mode_index(order[static_cast<std::size_t>(row)]))];
    n = std::clamp(n + delta, 0, 9999);
    workshop_.board.tie = false;
    autosave();  // the hands counted so far survive a restart
}

void Game::set_vote(int row, int count) {
    if (row < 0 || row > 4) return;
    auto order = answer_order();
    workshop_.board.counts[static_cast<std::size_t>(fd::mode_index(order[static_cast<std::size_t>(row)]))] =
        std::clamp(count, 0, 9999);
    workshop_.board.tie = false;
    autosave();
}

void Game::set_phone_votes(const std::array<int, 5>& by_mode, int voted, int devices, bool room_open) {
    VoteBoard& b = workshop_.board;
    if (b.phones != by_mode) b.tie = false;  // a new vote: the next "next" looks again
    b.phones = by_mode;
    b.phones_voted = voted;
    b.phone_devices = devices;
    b.room_open = room_open;
}

void Game::toggle_timer() {
    if (!workshop_.timer.touched()) workshop_.timer.total = settings_.timer_seconds;
    workshop_.timer.toggle(now_);
}

void Game::reset_timer() {
    workshop_.timer.reset();
    workshop_.timer.total = settings_.timer_seconds;
}

void Game::select_row(int row) {
    if (row >= 0 && row <= 4) workshop_.board.selected = row;
}

}  // namespace fdg
