#include "explore.hpp"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <unordered_map>

#include "autoplay.hpp"
#include "file_text.hpp"
#include "read_names.hpp"
#include "loop_guard.hpp"
#include "state_graph.hpp"
#include "session.hpp"

namespace fd {

void Spread::add(double value, double paths) {
    if (weight == 0 || value < min) min = value;
    if (weight == 0 || value > max) max = value;
    sum += value * paths;
    weight += paths;
}

namespace {

// A path is a chain of links; `segment` splices in another chain (an encounter's own
// path, shared by every way into it) without copying it.
struct Link {
    Mode mode = Mode::Avoid;
    std::shared_ptr<const Link> parent;
    std::shared_ptr<const Link> segment;
};

struct Prefix {
    std::shared_ptr<const Link> path;
    double acc = 0;      // final trust of the encounters finished so far
    std::string ending;  // where the path finally ends (stage/ending)
};

// Paths merged into one state. Money and the running score differ between the
// merged paths (they are not part of what scripts can see), so they are spreads.
struct Node {
    SessionState state;
    double paths = 1;
    Spread money, score;
    Prefix best, worst;
    std::shared_ptr<const Link> first;  // the path that got here first: the fewest steps
};

void merge_spread(Spread& into, const Spread& from) {
    if (from.weight == 0) return;
    if (into.weight == 0) {
        into = from;
        return;
    }
    into.min = std::min(into.min, from.min);
    into.max = std::max(into.max, from.max);
    into.sum += from.sum;
    into.weight += from.weight;
}

void shift(Spread& s, double delta) {
    s.min += delta;
    s.max += delta;
    s.sum += delta * s.weight;
}

void append_flags(std::string& key, const Flags& flags) {
    for (const auto& [k, v] : flags) {
        key += k;
        key += '=';
        key += flag_to_string(v);
        key += ';';
    }
    key += '|';
}

// Who can still read a name: the campaign script, and every encounter not yet
// finished. A campaign that enters the same encounter twice is reported as a
// defect: merging could then have mixed up flags only that encounter reads.
class Readers {
public:
    explicit Readers(const Story& story)
        : campaign_(scan_read_names_in_file(story.file)),
          campaign_reads_local_(campaign_.everything || reads_encounter_state(story.file)) {
        for (const auto& st : story.stages) stages_.emplace(st.id, scan_read_names_in_file(st.encounter->file));
    }

    bool story_read(const SessionState& s, const std::string& name) const { return read(s, name, &ReadNames::story); }
    bool outcome_read(const SessionState& s, const std::string& name) const {
        return read(s, name, &ReadNames::outcomes);
    }
    const ReadNames& of_stage(const std::string& id) const { return stages_.at(id); }
    // Whether the campaign's routing looks at the customer, the business or local flags.
    bool campaign_reads_encounter_state() const { return campaign_reads_local_; }

private:
    bool read(const SessionState& s, const std::string& name, std::set<std::string> ReadNames::*which) const {
        if (campaign_.everything || (campaign_.*which).count(name)) return true;
        for (const auto& [id, names] : stages_) {
            bool may_come = id == s.stage || !s.outcomes.count(id);
            if (may_come && (names.everything || (names.*which).count(name))) return true;
        }
        return false;
    }
    static bool reads_encounter_state(const std::string& file) {
        static const std::regex local(R"(\.\s*(trust|wall|mood|money|reputation|flags)\b)");
        FileText source = read_file(file, kMaxScanBytes);
        return !source.ok || std::regex_search(source.text, local);
    }
    static constexpr std::size_t kMaxScanBytes = 16u << 20;
    ReadNames campaign_;
    bool campaign_reads_local_;  // computed once: the regex is costly and the answer never changes
    std::map<std::string, ReadNames> stages_;
};

// What an ended encounter passes on: the next encounter starts afresh, so only the
// ending and the campaign-wide state matter (unless the campaign script reads more).
std::string onward_key(const SessionState& s) {
    std::string key = s.stage + '|' + s.beat + '|' + std::to_string(s.rng) + '|';
    append_flags(key, s.story);
    for (const auto& [k, v] : s.outcomes) key += k + '=' + v + ';';
    return key;
}

// Everything a script or the engine can still act on; not the log or the totals.
std::string state_key(const SessionState& s, const Readers& readers) {
    if (s.finished) return "finished";
    std::string key = s.stage + '|' + s.beat + '|' + std::to_string(s.customer.trust) + ',' +
                      std::to_string(s.customer.wall) + ',' + s.customer.mood + ',' + std::to_string(s.business.money) +
                      ',' + std::to_string(s.business.reputation) + ',' + std::to_string(s.rng) + '|';
    append_flags(key, s.flags);
    for (const auto& [k, v] : s.story)
        if (readers.story_read(s, k)) key += k + '=' + flag_to_string(v) + ';';
    key += '|';
    for (const auto& [k, v] : s.outcomes)
        if (readers.outcome_read(s, k)) key += k + '=' + v + ';';
    return key;
}

void unroll_into(const Link* l, std::vector<Mode>& out) {
    std::vector<const Link*> chain;
    for (; l; l = l->parent.get()) chain.push_back(l);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->segment)
            unroll_into((*it)->segment.get(), out);
        else
            out.push_back((*it)->mode);
    }
}

std::vector<Mode> unroll(const std::shared_ptr<const Link>& link) {
    std::vector<Mode> out;
    unroll_into(link.get(), out);
    return out;
}

std::shared_ptr<const Link> extend(std::shared_ptr<const Link> prefix, const std::shared_ptr<const Link>& suffix) {
    if (!suffix) return prefix;
    return std::make_shared<const Link>(Link{Mode::Avoid, std::move(prefix), suffix});
}

// Adds an independent part to a spread: each of `a`'s paths continues along each of `b`'s.
Spread combine(const Spread& a, const Spread& b) {
    Spread c;
    c.min = a.min + b.min;
    c.max = a.max + b.max;
    c.sum = a.sum * b.weight + b.sum * a.weight;
    c.weight = a.weight * b.weight;
    return c;
}

void merge_into(Node& into, const Node& from) {
    into.paths += from.paths;
    merge_spread(into.money, from.money);
    merge_spread(into.score, from.score);
    if (from.best.acc > into.best.acc) into.best = from.best;
    if (from.worst.acc < into.worst.acc) into.worst = from.worst;
}

using Frontier = std::unordered_map<std::string, Node>;

// One distinct way an encounter can end, from one entry, with the paths to it.
struct Exit {
    Node node;  // money and score here count this encounter only; best/worst are its own choices
};

class Explorer {
public:
    Explorer(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, const ExploreOptions& opt)
        : story_(std::move(story)), host_(std::move(host)), opt_(opt), readers_(*story_) {}

    // Within an encounter, paths merge when they reach the same state at the same
    // step. Each encounter is explored once per combination of the campaign flags it
    // reads; every way into it then reuses those endings. Between encounters, paths
    // merge when they enter the next one with the same story so far.
    Exploration run() {
        std::optional<Session> first;
        try {
            first.emplace(story_, host_, 1, opt_.story);
        } catch (const ScriptError& e) {
            // Nothing can be played: report the error alone, not every beat as unreached.
            defect(e.file(), e.line(), e.code(), e.message());
            if (opt_.strategies) result_.strategies = single_mode_strategies(story_, host_);
            return std::move(result_);
        }
        Node root = fresh(first->state());
        root.state = strip(std::move(root.state), root);
        Frontier entries;
        entries.emplace(state_key(root.state, readers_), std::move(root));
        for (std::size_t stage = 0; !entries.empty(); ++stage) {
            if (stage > 4 * story_->stages.size() + 4) {
                defect(story_->file, 0, code::no_ending, "the campaign never ends (its stages route in a loop?)", nullptr, false);
                break;
            }
            Frontier next_entries;
            for (auto& [key, node] : entries) enter_stage(key, node, next_entries);
            entries = std::move(next_entries);
        }
        sort_endings();
        if (!result_.truncated) report_unreachable();
        if (opt_.strategies) result_.strategies = single_mode_strategies(story_, host_);
        return std::move(result_);
    }

private:
    static Node fresh(SessionState s) {
        Node n;
        n.money.add(0, 1);
        n.score.add(0, 1);
        n.state = std::move(s);
        return n;
    }

    // Clears what is not part of the state key, folding money and score into the node.
    SessionState strip(SessionState s, Node& node) {
        double score = 0;
        for (const auto& r : s.results) score += r.final.customer.trust;
        shift(node.money, static_cast<double>(s.totals.money));
        shift(node.score, score);
        node.best.acc += score;
        node.worst.acc += score;
        visited_.insert({s.stage, s.beat});
        s.log.clear();
        s.results.clear();
        s.totals = {};
        return s;
    }

    // What this encounter can see of the campaign so far: the key of its memo.
    SessionState local_view(const SessionState& s) const {
        const ReadNames& reads = readers_.of_stage(s.stage);
        SessionState local = s;
        if (reads.everything) return local;
        local.story.clear();
        local.outcomes.clear();
        for (const auto& [k, v] : s.story)
            if (reads.story.count(k)) local.story[k] = v;
        for (const auto& [k, v] : s.outcomes)
            if (reads.outcomes.count(k)) local.outcomes[k] = v;
        return local;
    }

    void enter_stage(const std::string& entry_key, const Node& entry, Frontier& next_entries) {
        if (entry.state.finished) {
            finish(entry);
            return;
        }
        if (entry.state.outcomes.count(entry.state.stage))
            defect(story_->file, story_->stage(entry.state.stage)->spot.line, code::encounter_played_twice, "encounter '" + entry.state.stage +
                                                 "' is played twice on some path; explore's counts may be off");
        SessionState local = local_view(entry.state);
        std::string memo_key = "@" + state_key(local, readers_);
        for (const auto& k : local.story) memo_key += k.first + '=' + flag_to_string(k.second) + ';';
        for (const auto& k : local.outcomes) memo_key += k.first + '=' + k.second + ';';
        auto it = memo_.find(memo_key);
        if (it == memo_.end()) {
            std::size_t before = result_.defects.size();
            it = memo_.emplace(memo_key, play_stage(std::move(local))).first;
            prefix_defect_paths(before, entry.first);
        }
        bool fresh_id = false;
        int from = stage_graph_.id(entry_key, fresh_id);
        for (const Exit& exit : it->second) leave_stage(entry, from, exit, next_entries);
    }

    // Defects found inside an encounter know only the answers given in it: the
    // campaign's answers up to the encounter come first.
    void prefix_defect_paths(std::size_t from, const std::shared_ptr<const Link>& entry_path) {
        std::vector<Mode> prefix = unroll(entry_path);
        if (prefix.empty()) return;
        for (std::size_t i = from; i < result_.defect_paths.size(); ++i)
            if (auto& p = result_.defect_paths[i]) p->insert(p->begin(), prefix.begin(), prefix.end());
    }

    // Every distinct ending state of one encounter from one entry.
    std::vector<Exit> play_stage(SessionState local) {
        std::vector<Exit> exits;
        Frontier frontier, ended;
        StateGraph graph;
        std::size_t beats = story_->stage(local.stage)->encounter->beats.size();
        Node start = fresh(std::move(local));
        frontier.emplace(state_key(start.state, readers_), std::move(start));
        for (int step = 0; !frontier.empty(); ++step) {
            if (step > opt_.max_steps) {
                report_endless(frontier);
                break;
            }
            if (opt_.max_states > 0 && result_.states > opt_.max_states) {
                result_.truncated = true;
                break;
            }
            Frontier next;
            // A path longer than the encounter has beats comes back to some beat: only then
            // can it loop, so only then are moves recorded (most encounters never get there).
            StateGraph* track = step > static_cast<int>(beats) ? &graph : nullptr;
            for (auto& [key, node] : frontier) expand(key, node, next, ended, track);
            result_.states += static_cast<long long>(next.size());
            frontier = std::move(next);
        }
        // Paths that end the same way for the rest of the campaign travel on together.
        Frontier grouped;
        for (auto& [key, node] : ended) {
            std::string exit_key = readers_.campaign_reads_encounter_state() ? key : onward_key(node.state);
            auto [it, fresh_key] = grouped.try_emplace(exit_key, node);
            if (!fresh_key) merge_into(it->second, node);
        }
        for (auto& [key, node] : grouped) exits.push_back({std::move(node)});
        return exits;
    }

    // Paths still going after max_steps: a loop the player can take again and again,
    // each time changing something (a counter, say). Reported at a beat the paths
    // still come round to, never at an ending, with the answers that get there.
    void report_endless(const Frontier& frontier) {
        const Node* at = nullptr;
        for (const auto& [key, node] : frontier) {
            const Beat* b = story_->stage(node.state.stage)->encounter->beat(node.state.beat);
            if (b && b->kind != BeatKind::Ending && (!at || key < state_key(at->state, readers_))) at = &node;
        }
        if (!at) return;
        const Encounter& e = *story_->stage(at->state.stage)->encounter;
        const Beat* b = e.beat(at->state.beat);
        defect(e.file, b ? b->spot.field("id") : e.spot.line, code::no_ending,
               "the player can go round a loop through beat '" + at->state.beat + "' without end (paths are still going after " +
                   std::to_string(opt_.max_steps) + " steps): make every way round the loop lead out of it in the end",
               at->first);
    }

    void expand(const std::string& key, const Node& node, Frontier& next, Frontier& ended, StateGraph* graph) {
        const Beat* here = story_->stage(node.state.stage)->encounter->beat(node.state.beat);
        if (here->kind == BeatKind::Ending) {
            auto [it, fresh_key] = ended.try_emplace(key, node);
            if (!fresh_key) merge_into(it->second, node);
            return;
        }
        bool fresh_id = false;
        Here from{graph, graph ? graph->id(key, fresh_id) : -1};
        if (here->kind == BeatKind::Decision) {
            for (Mode m : kAllModes) {
                ++result_.decision_steps;
                step(node, from, next, [m](Session& s) { s.choose(m); }, m);
            }
        } else {
            step(node, from, next, [](Session& s) { s.proceed(); }, std::nullopt);
        }
    }

    // The state after `move` from `from`; nothing when the move failed, which is then a
    // defect at the script's line (a loop is FD011, any other script error FD001).
    // `path`: the answers that reach the failing move (and make it, for a decision).
    template <class Move>
    std::optional<SessionState> try_move(const SessionState& from, Move move, std::shared_ptr<const Link> path) {
        try {
            Session s(story_, host_, from);
            move(s);
            return s.state();
        } catch (const StoryLoopError& e) {
            defect(e.file(), e.line(), code::no_ending, e.message(), path);
        } catch (const ScriptError& e) {
            defect(e.file(), e.line(), e.code(), e.message(), path);
        }
        return std::nullopt;
    }

    // The state a step starts from, in the encounter's move graph.
    struct Here {
        StateGraph* graph;  // null while paths are too short to loop
        int id;
    };

    template <class Move>
    void step(const Node& node, const Here& from, Frontier& next, Move move, std::optional<Mode> m) {
        if (!story_->is_campaign)
            result_.step_paths[node.state.stage + "/" + node.state.beat + (m ? "/" + std::string(mode_name(*m)) : "")] +=
                node.paths;
        std::optional<SessionState> moved =
            try_move(node.state, move, m ? std::make_shared<const Link>(Link{*m, node.first, nullptr}) : node.first);
        if (!moved) return;
        Node child = node;
        if (m) {
            child.best.path = std::make_shared<const Link>(Link{*m, node.best.path, nullptr});
            child.worst.path = std::make_shared<const Link>(Link{*m, node.worst.path, nullptr});
            child.first = std::make_shared<const Link>(Link{*m, node.first, nullptr});
        }
        child.state = strip(std::move(*moved), child);
        std::string key = state_key(child.state, readers_);
        bool fresh_id = false;
        if (from.graph && from.graph->link_closes_loop(from.id, from.graph->id(key, fresh_id))) {
            // Round and round with nothing changed: reported, and not walked again.
            ScriptError e = story_loop_error(*story_, child.state);
            defect(e.file(), e.line(), code::no_ending, e.message(), child.first);
            return;
        }
        auto [it, fresh_key] = next.try_emplace(std::move(key), std::move(child));
        if (!fresh_key) merge_into(it->second, child);
    }

    // Continues every path that entered with `entry` through one of the encounter's exits.
    void leave_stage(const Node& entry, int entry_id, const Exit& exit, Frontier& next_entries) {
        const SessionState& end = exit.node.state;
        SessionState full = end;
        full.story = entry.state.story;
        for (const auto& [k, v] : end.story) full.story[k] = v;
        full.outcomes = entry.state.outcomes;
        for (const auto& [k, v] : end.outcomes) full.outcomes[k] = v;
        double paths = entry.paths * exit.node.paths;
        std::shared_ptr<const Link> first = extend(entry.first, exit.node.first);
        record_ending(end, exit.node.score, entry.paths, first);

        Node child;
        child.paths = paths;
        child.money = combine(entry.money, exit.node.money);
        child.score = combine(entry.score, exit.node.score);
        child.best = {extend(entry.best.path, exit.node.best.path), entry.best.acc + exit.node.best.acc, {}};
        child.worst = {extend(entry.worst.path, exit.node.worst.path), entry.worst.acc + exit.node.worst.acc, {}};
        child.first = first;
        std::optional<SessionState> moved = try_move(full, [](Session& s) { s.proceed(); }, first);
        if (!moved) return;
        child.state = strip(std::move(*moved), child);
        if (child.state.finished) child.best.ending = child.worst.ending = end.stage + "/" + end.beat;
        std::string key = state_key(child.state, readers_);
        bool fresh_id = false;
        if (!child.state.finished && stage_graph_.link_closes_loop(entry_id, stage_graph_.id(key, fresh_id))) {
            StoryLoopError e = campaign_loop_error(*story_, *story_->stage(end.stage), child.state.stage);
            defect(e.file(), e.line(), code::no_ending, e.message(), first);
            return;
        }
        auto [it, fresh_key] = next_entries.try_emplace(std::move(key), std::move(child));
        if (!fresh_key) merge_into(it->second, child);
    }

    // `trust` spreads over the exit's own paths; each of the entry's paths takes each of them.
    void record_ending(const SessionState& end, const Spread& trust, double entry_paths,
                       const std::shared_ptr<const Link>& path) {
        Spread scaled = trust;
        scaled.sum *= entry_paths;
        scaled.weight *= entry_paths;
        std::vector<Mode> choices = unroll(path);
        for (auto& e : result_.endings)
            if (e.stage == end.stage && e.ending == end.beat) {
                e.paths += scaled.weight;
                merge_spread(e.trust, scaled);
                if (choices.size() < e.shortest.size()) e.shortest = std::move(choices);
                return;
            }
        const Beat* b = story_->stage(end.stage)->encounter->beat(end.beat);
        result_.endings.push_back({end.stage, end.beat, b ? b->outcome : "", scaled.weight, scaled, std::move(choices)});
    }

    void finish(const Node& node) {
        result_.paths += node.paths;
        double stages = static_cast<double>(story_->is_campaign ? story_->stages.size() : 1);
        Spread per_encounter = node.score;
        per_encounter.min /= stages;
        per_encounter.max /= stages;
        per_encounter.sum /= stages;
        merge_spread(result_.trust, per_encounter);
        merge_spread(result_.money, node.money);
        if (!result_.best || node.best.acc / stages > result_.best->score)
            result_.best = PathSummary{unroll(node.best.path), node.best.acc / stages, node.best.ending};
        if (!result_.worst || node.worst.acc / stages < result_.worst->score)
            result_.worst = PathSummary{unroll(node.worst.path), node.worst.acc / stages, node.worst.ending};
    }

    // In campaign order, then in the order the encounter's script lists its beats.
    void sort_endings() {
        auto rank = [&](const EndingCount& e) {
            int stage = 0;
            for (std::size_t i = 0; i < story_->stages.size(); ++i)
                if (story_->stages[i].id == e.stage) stage = static_cast<int>(i);
            return std::pair{stage, story_->stages[static_cast<std::size_t>(stage)].encounter->beat_index(e.ending)};
        };
        std::sort(result_.endings.begin(), result_.endings.end(),
                  [&](const EndingCount& a, const EndingCount& b) { return rank(a) < rank(b); });
    }

    void report_unreachable() {
        for (const auto& st : story_->stages)
            for (const auto& b : st.encounter->beats)
                if (!visited_.count({st.id, b.id}) && b.kind != BeatKind::Route) {
                    result_.unreachable.push_back({st.id, b.id});
                    defect(st.encounter->file, b.spot.field("id"), code::unreachable_beat,
                           std::string(beat_kind_name(b.kind)) + " '" + b.id + "' is never reached on any path",
                           nullptr, false);
                }
    }

    // `path`: the answers that reach it (null for the empty path), or no path at all when
    // `reached` is false (a beat never reached).
    void defect(const std::string& file, int line, const std::string& code, const std::string& msg,
                const std::shared_ptr<const Link>& path = nullptr, bool reached = true) {
        for (const auto& d : result_.defects)
            if (d.file == file && d.line == line && d.message == msg) return;
        result_.defects.push_back({file, line, Severity::Error, code, msg});
        result_.defect_paths.push_back(reached ? std::optional<std::vector<Mode>>(unroll(path)) : std::nullopt);
    }

    std::shared_ptr<const Story> story_;
    std::shared_ptr<ScriptHost> host_;
    ExploreOptions opt_;
    Readers readers_;
    Exploration result_;
    std::map<std::string, std::vector<Exit>> memo_;
    StateGraph stage_graph_;  // campaign entries: which lead to which, to find a campaign going round
    std::set<std::pair<std::string, std::string>> visited_;
};

}  // namespace

std::vector<StrategyResult> single_mode_strategies(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host) {
    std::vector<StrategyResult> out;
    for (Mode m : kAllModes) {
        StrategyResult r;
        r.mode = m;
        try {
            Session s(story, host, 1);
            autoplay(s, [m](const Session&) { return m; });
            r.results = s.state().results;
        } catch (const ScriptError& e) {
            r.error = e.what();
        }
        out.push_back(std::move(r));
    }
    return out;
}

Exploration explore(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, const ExploreOptions& options) {
    Exploration x = Explorer(std::move(story), std::move(host), options).run();
    x.story = options.story;
    return x;
}

std::string run_command(const std::string& file, const std::vector<Mode>& choices, const Flags& story) {
    std::string cmd = "frontdoor run " + file;
    if (!choices.empty()) {
        cmd += " --choose ";
        for (std::size_t i = 0; i < choices.size(); ++i) cmd += (i ? "," : "") + std::string(mode_name(choices[i]));
    }
    std::string flags;
    for (const auto& [k, v] : story) {
        std::string value = flag_to_string(v);
        flags += (flags.empty() ? "" : ",") + k + (value == "true" ? "" : "=" + value);
    }
    if (!flags.empty()) cmd += " --story " + flags;
    return cmd;
}

void credit_campaign(Exploration& alone, const Story& encounter, std::shared_ptr<const Story> campaign,
                     std::shared_ptr<ScriptHost> campaign_host) {
    if (alone.unreachable.empty() || !campaign || encounter.stages.size() != 1) return;
    const std::string& file = encounter.stages.front().encounter->file;
    std::error_code ec;
    const Stage* there = nullptr;
    for (const auto& st : campaign->stages)
        if (std::filesystem::equivalent(st.encounter->file, file, ec)) there = &st;
    if (!there) return;
    Exploration whole = explore(campaign, campaign_host);
    std::set<std::string> unreached_there;
    for (const auto& [stage, beat] : whole.unreachable)
        if (stage == there->id) unreached_there.insert(beat);
    const Encounter& e = *encounter.stages.front().encounter;
    std::vector<std::pair<std::string, std::string>> still;
    for (const auto& item : alone.unreachable) {
        if (unreached_there.count(item.second)) {
            still.push_back(item);
            continue;
        }
        alone.campaign_only.push_back(item);
        const Beat* b = e.beat(item.second);
        int line = b ? b->spot.field("id") : 0;
        for (std::size_t i = alone.defects.size(); i-- > 0;) {
            const Diagnostic& x = alone.defects[i];
            if (x.code != code::unreachable_beat.id || x.line != line) continue;
            alone.defects.erase(alone.defects.begin() + static_cast<std::ptrdiff_t>(i));
            alone.defect_paths.erase(alone.defect_paths.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    alone.unreachable = std::move(still);
}

}  // namespace fd
