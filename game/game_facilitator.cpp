// Game actions of facilitator mode: the clicker's next and back, and playing
// the room's vote. "Back" restores the session as it was (a copy of its
// state), so the engine never needs an undo.
#include <algorithm>

#include "game.hpp"
#include "room_vote.hpp"

namespace fdg {

void Game::push_history() {
    if (!session) return;
    history.push_back({view, page, session->state(), board, consequence, votes.size()});
    // Back goes a step at a time through the screens shown (vote, reveal,
    // narration, debrief pages); a workshop never needs more than this.
    if (history.size() > 200) history.erase(history.begin());
}

void Game::back() {
    // Pages of an ending or the summary can always go back a page, even after a restart.
    bool paged = view == View::Play && session && (session->finished() || session->beat().kind == fd::BeatKind::Ending);
    if (history.empty() && paged && page > 0) {
        --page;
        return;
    }
    if (history.empty()) {
        notify("Nothing earlier in this decision to go back to.", false, 2.5);
        return;
    }
    HistoryStep step = std::move(history.back());
    history.pop_back();
    std::unique_ptr<fd::Session> s;
    auto story = session->story_ptr();
    auto host = session->host_ptr();
    if (!guarded("going back", [&] { s = std::make_unique<fd::Session>(story, host, step.state); })) return;
    session = std::move(s);
    view = step.view;
    page = step.page;
    board = step.board;
    board.tie = false;
    consequence = step.consequence;
    if (consequence) consequence->started = now - kAnimSeconds;  // no replay of the animation
    votes.resize(std::min(votes.size(), step.votes));
    autosave();
}

void Game::advance() {
    if (!session || error.open || menu_open) return;
    if (view == View::Consequence) {
        push_history();
        view = View::Play;
        page = 0;
        after_move();
        return;
    }
    if (view != View::Play) return;
    if (session->finished()) {
        if (page + 1 < page_count) {
            push_history();
            ++page;
        }
        return;
    }
    switch (session->beat().kind) {
        case fd::BeatKind::Decision:
            play_majority();
            return;
        case fd::BeatKind::Ending:
            push_history();
            if (page + 1 < page_count) {
                ++page;
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
    fd::Tally t = fd::tally_votes(board.counts);
    if (t.decided()) {
        board.selected = row_of(t.winner());
        play_row(board.selected);
        return;
    }
    if (board.tie) {
        play_selected();  // the facilitator has seen the tie (or that nobody voted) and picked
        return;
    }
    board.tie = true;
    // Offer the first of the tied answers on screen, unless one of them is already selected.
    fd::Mode selected = answer_order()[static_cast<std::size_t>(board.selected)];
    if (!t.leaders.empty() && std::find(t.leaders.begin(), t.leaders.end(), selected) == t.leaders.end()) {
        int first = 4;
        for (fd::Mode m : t.leaders) first = std::min(first, row_of(m));
        board.selected = first;
    }
}

void Game::play_selected() { play_row(board.selected); }

void Game::play_row(int row) {
    if (!session || !session->at_decision()) return;
    fd::Mode m = answer_order()[static_cast<std::size_t>(row)];
    Consequence c = consequence_of(*session, m, now);
    std::size_t index = session->state().log.size();
    fd::Tally t = fd::tally_votes(board.counts);
    bool leader = std::find(t.leaders.begin(), t.leaders.end(), m) != t.leaders.end();
    RoomVote v;
    v.log_index = index;
    v.stage = session->state().stage;
    v.beat = session->state().beat;
    v.counts = board.counts;
    v.played = m;
    v.overridden = !leader;              // fewer hands than the most, or nobody voted
    v.tie = leader && !t.decided();      // one of the tied answers
    push_history();
    if (!guarded("applying the room's answer", [&] { session->choose(m); })) {
        history.pop_back();
        return;
    }
    fill_snapshots(c, *session, index);
    consequence = c;
    votes.push_back(v);
    view = View::Consequence;
    autosave();
}

void Game::adjust_vote(int row, int delta) {
    if (row < 0 || row > 4) return;
    auto order = answer_order();
    int& n = board.counts[static_cast<std::size_t>(fd::mode_index(order[static_cast<std::size_t>(row)]))];
    n = std::clamp(n + delta, 0, 9999);
    board.tie = false;
    autosave();  // the hands counted so far survive a restart
}

}  // namespace fdg
