// An encounter as loaded from its script: plain data plus references to the
// script's Lua functions (effects, route conditions), which stay in its sandbox.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mode.hpp"
#include "values.hpp"

namespace fd {

class LuaSandbox;

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
    int function_ref = -2;  // LUA_NOREF: a table of plain values
    bool is_function() const { return function_ref != -2; }
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
    int condition_ref = -2;
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

struct Customer {
    std::string name, role, life, mood;
    int trust = 50;
    int wall = 0;
    int value = 0;
};

struct Encounter {
    std::string file;
    std::string id, title, sector, place;
    Customer customer;
    std::string start;
    std::vector<Beat> beats;
    SourceSpot spot;
    std::shared_ptr<LuaSandbox> sandbox;

    const Beat* beat(const std::string& id) const;
    int beat_index(const std::string& id) const;
};

}  // namespace fd
