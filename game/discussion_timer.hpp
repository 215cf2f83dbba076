// The facilitator's discussion timer: counts down from a set time (2 minutes
// unless the settings say otherwise); one key starts and pauses it, another
// resets it. Times are the game's clock (virtual in screenshot mode), so it
// is exact in tests and costs nothing while paused.
#pragma once

namespace fdg {

struct DiscussionTimer {
    double total = 120;    // seconds it counts down from
    bool running = false;
    double started = 0;    // when it last started (game clock)
    double used = 0;       // seconds counted before that

    double elapsed(double now) const { return used + (running ? now - started : 0); }
    double left(double now) const { return total - elapsed(now); }  // below 0 once over time
    bool touched() const { return running || used > 0; }
    void toggle(double now) {
        if (running) used += now - started;
        else started = now;
        running = !running;
    }
    void reset() {
        running = false;
        used = 0;
    }
};

}  // namespace fdg
