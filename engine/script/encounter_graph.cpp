// Graph checks: every target exists, every beat can be reached from the start,
// and an ending can be reached from every beat.
#include <map>
#include <set>
#include <vector>

#include "encounter_loader.hpp"

namespace fd {

using code::N_;
namespace {

struct Edge {
    std::string target;
    int line;
    Detail where;
};

// "answer 'first_ask.listen'": a constructor's word and an id.
Detail named(const std::string& kind, const std::string& id) {
    return say(N_("{kind} '{id}'"), {{"kind", code_word(kind)}, {"id", id}});
}

std::vector<Edge> edges_of(const Beat& b) {
    std::vector<Edge> out;
    switch (b.kind) {
        case BeatKind::Narration: out.push_back({b.next, b.spot.field("next"), named("narration", b.id)}); break;
        case BeatKind::Decision:
            for (const auto& a : b.answers) out.push_back({a.next, a.spot.field("next"), named("answer", a.id)});
            break;
        case BeatKind::Route:
            for (const auto& c : b.cases) out.push_back({c.next, c.spot.field("next"), named("route", b.id)});
            out.push_back({b.otherwise, b.spot.field("otherwise"), named("route", b.id)});
            break;
        case BeatKind::Ending: break;
    }
    return out;
}

std::vector<std::string> beat_ids(const Encounter& e) {
    std::vector<std::string> ids;
    for (const auto& b : e.beats) ids.push_back(b.id);
    return ids;
}

}  // namespace

void check_encounter_graph(const Encounter& e, Diagnostics& out) {
    auto ids = beat_ids(e);
    auto missing = [&](const std::string& target, int line, const Detail& what) {
        out.push_back({e.file, line, Severity::Error, code::unknown_beat,
                       say(N_("{what} goes to '{target}', which is not a beat here{hint}"),
                           {{"what", what}, {"target", target}, {"hint", did_you_mean_hint(target, ids)}})});
    };
    if (!e.beat(e.start)) missing(e.start, e.spot.field("start"), say(N_("the encounter's start")));

    std::map<std::string, std::vector<std::string>> forward, backward;
    for (const auto& b : e.beats)
        for (const auto& edge : edges_of(b)) {
            if (!e.beat(edge.target)) {
                // An empty target is a missing field, which the loader has reported already.
                if (!edge.target.empty()) missing(edge.target, edge.line, edge.where);
                continue;
            }
            forward[b.id].push_back(edge.target);
            backward[edge.target].push_back(b.id);
        }

    auto flood = [](std::vector<std::string> todo, std::map<std::string, std::vector<std::string>>& graph) {
        std::set<std::string> seen(todo.begin(), todo.end());
        while (!todo.empty()) {
            std::string id = todo.back();
            todo.pop_back();
            for (const auto& next : graph[id])
                if (seen.insert(next).second) todo.push_back(next);
        }
        return seen;
    };
    std::set<std::string> reached = e.beat(e.start) ? flood({e.start}, forward) : std::set<std::string>{};
    std::vector<std::string> endings;
    for (const auto& b : e.beats)
        if (b.kind == BeatKind::Ending) endings.push_back(b.id);
    if (endings.empty())
        out.push_back({e.file, e.spot.field("beats"), Severity::Error, code::no_ending, say(N_("the encounter has no ending beat"))});
    std::set<std::string> can_end = flood(endings, backward);

    for (const auto& b : e.beats) {
        if (!reached.count(b.id) && e.beat(e.start))
            out.push_back({e.file, b.spot.field("id"), Severity::Warning, code::unreachable_beat,
                           say(N_("{beat} is never reached from the start"), {{"beat", named(beat_kind_name(b.kind), b.id)}})});
        if (!can_end.count(b.id) && !endings.empty())
            out.push_back({e.file, b.spot.field("id"), Severity::Error, code::no_ending,
                           say(N_("{beat} can never reach an ending (a loop with no way out?)"), {{"beat", named(beat_kind_name(b.kind), b.id)}})});
    }
}

}  // namespace fd
