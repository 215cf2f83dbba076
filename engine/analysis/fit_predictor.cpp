// A naive Bayes model of the best mode given the situation attributes, trained on the
// story's own decisions; leave-one-out scoring and the debrief's feature pointers.
#include "fit_predictor.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "vocabulary.hpp"

namespace fd {
namespace {

const std::string kUnset = "(unset)";

std::string value_of(const std::map<std::string, std::string>& situation, const std::string& key) {
    auto it = situation.find(key);
    return it == situation.end() ? kUnset : it->second;
}

// Counts by mode, with a tie's weight split between its best modes.
struct Counts {
    std::array<double, 5> mode{};
    std::array<std::map<std::pair<std::string, std::string>, double>, 5> value;

    void add(const TaggedDecision& d) {
        if (d.best.empty()) return;
        double w = 1.0 / static_cast<double>(d.best.size());
        for (Mode m : d.best) {
            auto i = static_cast<std::size_t>(mode_index(m));
            mode[i] += w;
            for (const auto& key : kSituationKeys) value[i][{key, value_of(d.situation, key)}] += w;
        }
    }
    double of(std::size_t i, const std::string& key, const std::string& v) const {
        auto it = value[i].find({key, v});
        return it == value[i].end() ? 0 : it->second;
    }
};

// Laplace-smoothed P(key = v | mode i).
double likelihood(const Counts& c, std::size_t i, const std::string& key, const std::string& v) {
    double choices = static_cast<double>(situation_levels(key).size()) + 1;  // + unset
    return (c.of(i, key, v) + 1) / (c.mode[i] + choices);
}

Counts count_all(const std::vector<TaggedDecision>& training) {
    Counts c;
    for (const auto& d : training) c.add(d);
    return c;
}

Mode predict_with(const Counts& c, const std::map<std::string, std::string>& situation) {
    double total = 0;
    for (double n : c.mode) total += n;
    Mode best = Mode::Collaborate;
    double best_score = -1e300;
    for (Mode m : kAllModes) {
        auto i = static_cast<std::size_t>(mode_index(m));
        double score = std::log((c.mode[i] + 1) / (total + 5));
        for (const auto& key : kSituationKeys) score += std::log(likelihood(c, i, key, value_of(situation, key)));
        if (score > best_score + 1e-12) {
            best_score = score;
            best = m;
        }
    }
    return best;
}

// What Thomas's guidance says points to each mode: a feature of the moment is named in
// the debrief only when it is one of these and the campaign's own fits agree with it.
bool endorsed(Mode mode, const std::string& key, const std::string& value) {
    static const std::map<Mode, std::set<std::pair<std::string, std::string>>> reasons = {
        {Mode::Compete, {{"line", "firm"}, {"fault", "theirs"}, {"time", "low"}, {"importance_business", "high"}}},
        {Mode::Accommodate,
         {{"fault", "ours"}, {"importance_business", "low"}, {"importance_customer", "high"}, {"relationship", "high"}}},
        {Mode::Collaborate,
         {{"importance_customer", "high"}, {"importance_business", "high"}, {"time", "medium"}, {"time", "high"},
          {"complexity", "medium"}, {"complexity", "high"}, {"relationship", "high"}}},
        {Mode::Compromise,
         {{"time", "low"}, {"line", "flexible"}, {"fault", "shared"}, {"fault", "nobody"},
          {"importance_customer", "medium"}, {"importance_business", "medium"}}},
        {Mode::Avoid,
         {{"best_placed", "someone_else"}, {"importance_customer", "low"}, {"importance_customer", "medium"},
          {"importance_business", "low"}, {"stress", "high"}, {"time", "high"}}},
    };
    auto it = reasons.find(mode);
    return it != reasons.end() && it->second.count({key, value}) > 0;
}

}  // namespace

std::vector<Mode> best_modes(const Beat& decision) {
    std::vector<Mode> out;
    int top = decision.best_fit();
    for (Mode m : kAllModes)
        if (const Answer* a = decision.answer(m); a && a->fit == top) out.push_back(m);
    return out;
}

std::vector<TaggedDecision> tagged_decisions(const Story& story) {
    std::vector<TaggedDecision> out;
    std::set<const Encounter*> seen;
    for (const auto& st : story.stages) {
        if (!st.encounter || !seen.insert(st.encounter.get()).second) continue;
        for (const auto& b : st.encounter->beats)
            if (b.kind == BeatKind::Decision) out.push_back({st.id, b.id, b.situation.attributes, best_modes(b)});
    }
    return out;
}

Mode predict_mode(const std::vector<TaggedDecision>& training, const std::map<std::string, std::string>& situation) {
    return predict_with(count_all(training), situation);
}

PredictionScore leave_one_out(const std::vector<TaggedDecision>& decisions) {
    PredictionScore score;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        std::vector<TaggedDecision> others;
        for (std::size_t j = 0; j < decisions.size(); ++j)
            if (j != i) others.push_back(decisions[j]);
        Mode guess = predict_mode(others, decisions[i].situation);
        ++score.decisions;
        const auto& best = decisions[i].best;
        if (std::find(best.begin(), best.end(), guess) != best.end()) ++score.correct;
    }
    return score;
}

std::vector<FeaturePointer> features_pointing_to(const Story& story, const Beat& decision, Mode mode, std::size_t limit) {
    Counts c = count_all(tagged_decisions(story));
    auto i = static_cast<std::size_t>(mode_index(mode));
    double others_total = 0;
    for (std::size_t k = 0; k < 5; ++k)
        if (k != i) others_total += c.mode[k];
    std::vector<FeaturePointer> out;
    for (const auto& key : kSituationKeys) {
        auto it = decision.situation.attributes.find(key);
        if (it == decision.situation.attributes.end()) continue;
        double with = likelihood(c, i, key, it->second);
        double others = 0;
        for (std::size_t k = 0; k < 5; ++k)
            if (k != i) others += c.of(k, key, it->second);
        double without = (others + 1) / (others_total + static_cast<double>(situation_levels(key).size()) + 1);
        double w = std::log(with / without);
        if (endorsed(mode, key, it->second)) out.push_back({key, it->second, w});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.weight > b.weight; });
    // The reasons the campaign's fits agree with; when none do, the guidance's own reasons.
    bool any_agree = !out.empty() && out.front().weight > 0;
    if (any_agree) out.erase(std::remove_if(out.begin(), out.end(), [](const auto& p) { return p.weight <= 0; }), out.end());
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace fd
