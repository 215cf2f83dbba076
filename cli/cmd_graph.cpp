// frontdoor graph PATH [--format dot|svg] [--output FILE]: a Graphviz graph of an encounter,
// its legend and labels in the command line's language and the story's text translated
// as `run` shows it; node ids and route conditions stay as the script writes them.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "args.hpp"
#include "cli_language.hpp"
#include "explore.hpp"
#include "file_text.hpp"
#include "load_or_report.hpp"
#include "commands.hpp"
#include "story.hpp"
#include "terminal_text.hpp"
#include "translate_story.hpp"
#include "transcript.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

const char* mode_colour(Mode m) {
    switch (m) {
        case Mode::Avoid: return "#7f7f7f";
        case Mode::Accommodate: return "#2e8b57";
        case Mode::Compromise: return "#d08c00";
        case Mode::Collaborate: return "#1f6fd1";
        case Mode::Compete: return "#c0392b";
    }
    return "black";
}

// Cuts at a character boundary, so a name like "Zoë" is never split mid-letter.
std::string utf8_prefix(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n) + "...";
}

std::string quote(const std::string& s, std::size_t max = 60) {
    std::string t = terminal_text(utf8_prefix(s, max));  // escapes controls; quoting keeps them visible
    std::string out = "\"";
    for (char c : t) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string node_id(const std::string& stage, const std::string& beat) { return quote(stage + "/" + beat, 200); }

// What the picture marks beyond the script itself: path counts from explore, beats on
// a loop, beats the start never leads to, and the source of route conditions.
struct Marks {
    std::map<std::string, double> step_paths;     // Exploration::step_paths
    std::set<std::string> looping, unreachable;   // "stage/beat"
    std::vector<std::string> source;              // the current encounter's lines
};

std::vector<std::string> lines_of(const std::string& file) {
    std::vector<std::string> lines;
    FileText f = read_file(file, 16u << 20);
    std::istringstream in(f.ok ? f.text : std::string());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string trimmed(const std::string& s) {
    auto a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t,");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// A route case's condition as written: `return X end` gives X, else the line after `when =`.
std::string condition_text(const std::vector<std::string>& source, int line) {
    if (line <= 0 || static_cast<std::size_t>(line) > source.size()) return "";
    const std::string& l = source[static_cast<std::size_t>(line) - 1];
    auto ret = l.find("return ");
    if (ret != std::string::npos) {
        auto end = l.find(" end", ret);
        return trimmed(l.substr(ret + 7, end == std::string::npos ? std::string::npos : end - ret - 7));
    }
    auto when = l.find("when");
    return when == std::string::npos ? "" : trimmed(l.substr(when));
}

// "scripts/encounters/x.lua:42", and a file:// link for SVG viewers.
std::string where(const std::string& file, int line) { return file + ":" + std::to_string(line); }
std::string link_attrs(const std::string& file, int line) {
    std::error_code ec;
    std::string abs = std::filesystem::absolute(file, ec).string();
    return ", tooltip=" + quote(where(file, line), 400) + ", URL=" + quote("file://" + abs, 400);
}

std::string count_label(const Marks& m, const std::string& key) {
    auto it = m.step_paths.find(key);
    if (it == m.step_paths.end()) return "";
    char buf[48];
    std::snprintf(buf, sizeof buf, it->second < 1e6 ? "%.0f" : "%.2g", it->second);
    long n = it->second < 1e9 ? static_cast<long>(it->second) : 1000000000L;
    return "\n" + format_text(trn("{n} path", "{n} paths", n), {{"n", buf}});
}

void beat_node(std::ostream& out, const std::string& stage, const Beat& b, const std::string& file, const Marks& marks) {
    out << "    " << node_id(stage, b.id) << " [";
    switch (b.kind) {
        case BeatKind::Narration: out << "shape=note, label=" << quote(b.id + "\n" + utf8_prefix(b.text, 40)); break;
        case BeatKind::Decision: out << "shape=box, style=\"rounded,bold\", label=" << quote(b.id + "\n" + utf8_prefix(b.text, 40)); break;
        case BeatKind::Route: out << "shape=diamond, label=" << quote(b.id); break;
        case BeatKind::Ending:
            out << "shape=doubleoctagon, style=filled, fillcolor=" << (b.outcome == "lost" ? "\"#f4c7c3\"" : b.outcome == "escalated" || b.outcome == "parted" ? "\"#fde9b8\"" : "\"#c9e7c9\"")
                << ", label=" << quote(b.id + "\n(" + b.outcome + ")");
            break;
    }
    std::string key = stage + "/" + b.id;
    if (marks.looping.count(key)) out << ", color=\"#8e44ad\", penwidth=3, xlabel=" << quote(trc("graph", "loop"));
    if (marks.unreachable.count(key)) out << ", color=\"#c0392b\", style=dashed, xlabel=" << quote(trc("graph", "never reached"));
    out << link_attrs(file, b.spot.field("id")) << "];\n";
}

void beat_edges(std::ostream& out, const std::string& stage, const Beat& b, const std::string& file, const Marks& marks) {
    std::string from = node_id(stage, b.id);
    std::string here = stage + "/" + b.id;
    if (b.kind == BeatKind::Narration)
        out << "    " << from << " -> " << node_id(stage, b.next) << " [label=" << quote(count_label(marks, here), 200)
            << link_attrs(file, b.spot.field("next")) << "];\n";
    for (const auto& a : b.answers)
        out << "    " << from << " -> " << node_id(stage, a.next) << " [color=\"" << mode_colour(a.mode) << "\", fontcolor=\""
            << mode_colour(a.mode) << "\", penwidth=" << (0.5 + a.fit * 0.6)
            << ", label="
            << quote(format_text(tr("{mode} fit {fit}"), {{"mode", mode_word(a.mode)}, {"fit", std::to_string(a.fit)}}) +
                         count_label(marks, here + "/" + mode_name(a.mode)),
                     200)
            << (a.fit == b.best_fit() ? ", style=bold" : "") << link_attrs(file, a.spot.line) << "];\n";
    for (std::size_t i = 0; i < b.cases.size(); ++i) {
        std::string cond = condition_text(marks.source, b.cases[i].spot.field("when"));
        out << "    " << from << " -> " << node_id(stage, b.cases[i].next) << " [style=dashed, label="
            << quote(cond.empty() ? format_text(tr("case {n}"), {{"n", std::to_string(i + 1)}})
                                  : format_text(tr("if {condition}"), {{"condition", cond}}),
                     60)
            << link_attrs(file, b.cases[i].spot.field("when")) << "];\n";
    }
    if (b.kind == BeatKind::Route)
        out << "    " << from << " -> " << node_id(stage, b.otherwise) << " [style=dashed, label=" << quote(trc("graph", "otherwise"))
            << link_attrs(file, b.spot.field("otherwise")) << "];\n";
}

// The beats of `e` on a loop (one leads back to itself) and those the start never leads to.
void find_loops_and_unreached(const std::string& stage, const Encounter& e, Marks& marks) {
    std::map<std::string, std::vector<std::string>> next;
    for (const auto& b : e.beats) {
        if (b.kind == BeatKind::Narration) next[b.id].push_back(b.next);
        for (const auto& a : b.answers) next[b.id].push_back(a.next);
        for (const auto& c : b.cases) next[b.id].push_back(c.next);
        if (b.kind == BeatKind::Route) next[b.id].push_back(b.otherwise);
    }
    auto reach = [&](const std::string& from) {
        std::set<std::string> seen;
        std::vector<std::string> pending = next[from];
        while (!pending.empty()) {
            std::string id = pending.back();
            pending.pop_back();
            if (seen.insert(id).second)
                for (const auto& n : next[id]) pending.push_back(n);
        }
        return seen;
    };
    std::set<std::string> from_start = reach(e.start);
    from_start.insert(e.start);
    for (const auto& b : e.beats) {
        if (reach(b.id).count(b.id)) marks.looping.insert(stage + "/" + b.id);
        if (!from_start.count(b.id)) marks.unreachable.insert(stage + "/" + b.id);
    }
}

std::string dot_for(const Story& story, Marks marks) {
    std::ostringstream out;
    out << "digraph " << quote(story.id, 200) << " {\n"
        << "  rankdir=LR; node [fontname=\"DejaVu Sans\", fontsize=10]; edge [fontname=\"DejaVu Sans\", fontsize=9];\n"
        << "  label="
        // TRANSLATORS: the graph's legend: each mode's name (as the game names it) and its colour.
        << quote(format_text(tr("{title} (avoid grey, accommodate green, compromise amber, collaborate blue, compete red; thicker = "
                                "better fit)"),
                             {{"title", story.title}}),
                 200)
        << "; labelloc=t;\n";
    for (const auto& st : story.stages) {
        out << "  subgraph " << quote("cluster_" + st.id, 200) << " {\n    label=" << quote(st.encounter->title, 200) << ";\n";
        const std::string& file = st.encounter->file;
        marks.source = lines_of(file);
        find_loops_and_unreached(st.id, *st.encounter, marks);
        for (const auto& b : st.encounter->beats) beat_node(out, st.id, b, file, marks);
        for (const auto& b : st.encounter->beats) beat_edges(out, st.id, b, file, marks);
        out << "  }\n";
    }
    if (story.is_campaign)
        for (const auto& st : story.stages)
            if (!st.next.empty())
                out << "  " << node_id(st.id, st.encounter->start) << " -> " << node_id(st.next, story.stage(st.next)->encounter->start)
                    << " [style=dotted, constraint=false, label=" << quote(trc("graph", "next")) << "];\n";
    out << "}\n";
    return out.str();
}

// The story's texts in the command line's language (the same ids, files and lines).
std::shared_ptr<const Story> shown(const std::shared_ptr<const Story>& story) {
    auto catalog = cli_catalog();
    return catalog ? i18n::translate_story(*story, *catalog).story : story;
}

bool have_dot() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

}  // namespace

int cmd_graph(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"format", true}, {"output", true}, {"no-paths", false}});
    if (args.has("help")) {
        std::cout << tr("usage: frontdoor graph PATH [--format dot|svg] [--output FILE]\n"
                     "Writes a Graphviz graph of an encounter (or a campaign): one colour per mode, the\n"
                     "designer's fit on each answer (thicker is better, bold is the best fit), endings\n"
                     "coloured by outcome; route edges show their condition; loops are purple, beats never\n"
                     "reached red and dashed; every node and edge links to its FILE:LINE (SVG tooltips).\n"
                     "For an encounter, each step shows how many paths take it (from explore; --no-paths\n"
                     "leaves them out). svg needs Graphviz's dot (apt-get install graphviz).\n"
                     "Default: dot to standard output.\n");
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError(tr("graph needs exactly one script: frontdoor graph PATH"));
    std::string format = args.get("format", "dot");
    if (format != "dot" && format != "svg")
        throw UsageError(format_text(tr("--format must be dot or svg, not '{format}'"), {{"format", format}}));
    std::shared_ptr<ScriptHost> host;
    auto story = load_or_report(args.positional()[0], &host);
    if (!story) return 1;
    Marks marks;
    if (!story->is_campaign && !args.has("no-paths")) {
        ExploreOptions opt;
        opt.strategies = false;
        marks.step_paths = explore(story, host, opt).step_paths;
    }
    std::string dot = dot_for(*shown(story), std::move(marks));
    std::string output = args.get("output");
    if (format == "dot") {
        if (output.empty()) {
            std::cout << dot;
        } else if (!(std::ofstream(output) << dot)) {
            std::cerr << format_text(tr("cannot write {path}"), {{"path", output}}) << "\n";
            return 1;
        }
        return 0;
    }
    if (!have_dot()) {
        std::cerr << tr("frontdoor graph: making SVG needs Graphviz's 'dot', which is not installed.\n"
                        "Install it with: sudo apt-get install graphviz   (or use --format dot)\n");
        return 1;
    }
    std::string cmd = "dot -Tsvg" + (output.empty() ? std::string() : " -o '" + output + "'");
    FILE* pipe = ::popen(cmd.c_str(), "w");
    if (!pipe) {
        std::cerr << tr("cannot run dot") << "\n";
        return 1;
    }
    std::fwrite(dot.data(), 1, dot.size(), pipe);
    int status = ::pclose(pipe);
    if (status != 0) {
        std::cerr << format_text(tr("dot failed (exit status {status})"), {{"status", std::to_string(status)}}) << "\n";
        return 1;
    }
    return 0;
}

}  // namespace fd::cli
