// What a workshop did, gathered for the handout: the encounters played, each
// decision with every answer's words, fit, the designer's why and the room's
// hands, the answer played, where the room split, and the room's profile.
// Built from a save and its votes; the HTML and CSV writers only format it.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "room_profile.hpp"
#include "room_votes.hpp"
#include "save.hpp"
#include "story.hpp"

namespace fd {

struct ReportAnswer {
    Mode mode = Mode::Avoid;
    std::string says, why;
    int fit = 0;
    int hands = 0;
};

struct ReportDecision {
    std::string stage, encounter, beat;
    int number = 0;  // within its encounter, from 1
    std::string customer_said, prompt;
    std::vector<ReportAnswer> answers;  // as written in the script
    Mode played = Mode::Avoid;
    Mode best = Mode::Avoid;
    int total_hands = 0;
    bool voted = false;      // the room's hands were counted
    bool split = false;      // no answer had more than half the hands
    bool overridden = false, tie = false;
};

struct ReportEncounter {
    std::string stage, title, outcome;  // outcome "" while unfinished
};

struct WorkshopReport {
    std::string group, story_title;
    bool finished = false;
    std::vector<ReportEncounter> encounters;
    std::vector<ReportDecision> decisions;
    RoomProfile profile;
};

// Decisions come from the save's log; votes are matched to them by log index
// (and stage and beat, so votes of another play-through are never mixed in).
WorkshopReport build_workshop_report(const Story& story, const SaveGame& save, const std::vector<RoomVoteRecord>& votes);

// "avoid" -> "Avoid"
std::string mode_title(Mode m);

}  // namespace fd
