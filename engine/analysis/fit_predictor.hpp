// How well a decision's situation attributes predict its best mode: a small naive
// Bayes model over every tagged decision of a story, its leave-one-out accuracy
// (what `frontdoor balance` reports) and, for the debrief, which attributes of one
// moment pointed to the mode that fitted best.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "story.hpp"

namespace fd {

struct TaggedDecision {
    std::string stage, beat;
    std::map<std::string, std::string> situation;
    std::vector<Mode> best;  // every mode with the highest fit (ties count for each)
};

// Every decision of every encounter the story plays, each encounter once.
std::vector<TaggedDecision> tagged_decisions(const Story& story);

// The modes with the highest fit at a decision beat, in kAllModes order.
std::vector<Mode> best_modes(const Beat& decision);

// The mode the model trained on `training` expects for `situation`.
Mode predict_mode(const std::vector<TaggedDecision>& training, const std::map<std::string, std::string>& situation);

struct PredictionScore {
    int decisions = 0;
    int correct = 0;  // the prediction was one of the best modes
    double share() const { return decisions ? static_cast<double>(correct) / decisions : 0; }
};

// Each decision predicted by a model trained on all the others.
PredictionScore leave_one_out(const std::vector<TaggedDecision>& decisions);

struct FeaturePointer {
    std::string key, value;  // a situation attribute and its level here
    double weight = 0;       // how much more often this value goes with the mode (log odds)
};

// The attributes of `decision` that point to `mode`: those Thomas's guidance names as
// reasons for the mode (a firm line for compete, our fault for accommodate, ...) and that,
// across `story`, go with `mode` more often than with the other modes, strongest first
// (at most `limit`). When the story's fits agree with none of them, the guidance's reasons
// present here, with weight <= 0. Empty for an untagged decision.
std::vector<FeaturePointer> features_pointing_to(const Story& story, const Beat& decision, Mode mode, std::size_t limit = 3);

}  // namespace fd
