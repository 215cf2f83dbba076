// An encounter as loaded from its script: immutable data plus handles on the
// script's functions (effects, route conditions), which the story's ScriptHost keeps.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mode.hpp"
#include "script_ref.hpp"
#include "values.hpp"

namespace fd {

// Where a thing is written, for messages: the line of each field we may complain about.
struct SourceSpot {
    int line = 0;
    std::map<std::string, int> fields;
    int field(const std::string& name) const {
        auto it = fields.find(name);
        return it == fields.end() ? line : it->second;
    }
};

struct Effects {
    int trust = 0;
    int wall = 0;
    int money = 0;
    int reputation = 0;
    std::optional<std::string> mood;
    Flags flags;
    Flags story;
    ScriptRef function;  // none: a table of plain values
    bool is_function() const { return function.valid(); }
};

struct Answer {
    Mode mode = Mode::Avoid;
    std::string id;  // "<decision>.<mode>"
    std::string says;
    std::string reaction;
    Effects effects;
    std::string next;
    int fit = 0;
    std::string why;
    SourceSpot spot;
};

struct Situation {
    std::map<std::string, std::string> attributes;  // e.g. stress -> high, in file order of kSituationKeys
};

struct RouteCase {
    ScriptRef condition;
    std::string next;
    SourceSpot spot;
};

enum class BeatKind { Narration, Decision, Route, Ending };
const char* beat_kind_name(BeatKind k);

struct Beat {
    BeatKind kind = BeatKind::Narration;
    std::string id;
    std::string text;  // narration/ending text, or what the customer says at a decision
    std::string next;  // narration
    Effects effects;   // narration, ending
    Situation situation;
    std::string prompt;
    std::vector<Answer> answers;  // decision, in the order written
    std::vector<RouteCase> cases;
    std::string otherwise;
    std::string outcome;  // ending
    SourceSpot spot;

    const Answer* answer(Mode m) const;
    const Answer* best_answer() const;  // highest fit; ties go to the first written
    int best_fit() const;
};

// How the customer looks, from the script's `look = { ... }` (words from
// vocabulary.hpp's look_values). An empty word, or no glasses value, means the
// script left it out: the portrait then takes it from the customer's name.
struct Look {
    std::string skin, hair, hair_style, age, headwear;
    std::optional<bool> glasses;
    bool given() const {
        return !skin.empty() || !hair.empty() || !hair_style.empty() || !age.empty() || !headwear.empty() ||
               glasses.has_value();
    }
};

struct Customer {
    std::string name, role, life, mood;
    Look look;
    int trust = 50;
    int wall = 0;
    int value = 0;
};

struct Encounter {
    std::string file;
    std::string id, title, sector, place;
    Customer customer;
    std::string start;
    std::string currency;  // ISO 4217 code, "" = the campaign's, else the locale's
    std::vector<Beat> beats;
    SourceSpot spot;
    SourceSpot customer_spot, setting_spot;  // lines of the customer's and the setting's fields
    // The optional `flags = { name = "what it means" }`: with it, lint treats any
    // other flag name as a mistake (FD022).
    bool declares_flags = false;
    std::map<std::string, std::string> declared_flags;

    const Beat* beat(const std::string& id) const;
    int beat_index(const std::string& id) const;
};

}  // namespace fd
