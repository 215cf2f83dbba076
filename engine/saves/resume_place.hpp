// Where a save resumes when the campaign has changed under it: a stage that is no
// longer in the campaign moves play to the nearest sound place, and the player is
// told so in words instead of finding themselves back at the start.
#pragma once
#include <string>

#include "state.hpp"
#include "story.hpp"

namespace fd {

// What moved, as ids and names for the layer that words it (game/resume_notice.hpp).
struct ResumeMove {
    enum class Kind {
        None,       // the save fits the campaign as it is
        PlaceGone,  // the beat `gone` is no longer in `encounter`: back to the nearest decision
        ToNext,     // the stage `gone` left the campaign: on at `resumed_at`, the next after `after`
        ToStart,    // the stage `gone` left and nothing finished remains: at the start, `resumed_at`
    };
    Kind kind = Kind::None;
    std::string gone;        // the beat's or stage's id, clipped
    std::string encounter;   // PlaceGone: the encounter's title
    std::string resumed_at;  // ToNext, ToStart: the title of the stage play resumes at
    std::string after;       // ToNext: the title of the last finished stage
    bool moved() const { return kind != Kind::None; }
};

// Moves `state` off a stage `story` no longer has: to the stage after the last
// finished one that still exists (by the campaign's `next`, else its order), else to
// the start. Returns what the player should be told (Kind::None when the save fits).
// A beat that is gone is only described: Session goes back to the nearest decision.
ResumeMove resume_place(const Story& story, SessionState& state);

}  // namespace fd
