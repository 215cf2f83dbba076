// frontdoor graph PATH [--format dot|svg] [--output FILE]: a Graphviz graph of an encounter.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "args.hpp"
#include "load_or_report.hpp"
#include "commands.hpp"
#include "story.hpp"
#include "terminal_text.hpp"

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

void beat_node(std::ostream& out, const std::string& stage, const Beat& b) {
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
    out << "];\n";
}

void beat_edges(std::ostream& out, const std::string& stage, const Beat& b) {
    std::string from = node_id(stage, b.id);
    if (b.kind == BeatKind::Narration) out << "    " << from << " -> " << node_id(stage, b.next) << ";\n";
    for (const auto& a : b.answers)
        out << "    " << from << " -> " << node_id(stage, a.next) << " [color=\"" << mode_colour(a.mode) << "\", fontcolor=\""
            << mode_colour(a.mode) << "\", penwidth=" << (0.5 + a.fit * 0.6) << ", label=" << quote(std::string(mode_name(a.mode)) + " fit " + std::to_string(a.fit))
            << (a.fit == b.best_fit() ? ", style=bold" : "") << "];\n";
    for (std::size_t i = 0; i < b.cases.size(); ++i)
        out << "    " << from << " -> " << node_id(stage, b.cases[i].next) << " [style=dashed, label=\"case " << i + 1 << "\"];\n";
    if (b.kind == BeatKind::Route) out << "    " << from << " -> " << node_id(stage, b.otherwise) << " [style=dashed, label=\"otherwise\"];\n";
}

std::string dot_for(const Story& story) {
    std::ostringstream out;
    out << "digraph " << quote(story.id, 200) << " {\n"
        << "  rankdir=LR; node [fontname=\"DejaVu Sans\", fontsize=10]; edge [fontname=\"DejaVu Sans\", fontsize=9];\n"
        << "  label=" << quote(story.title + " (avoid grey, accommodate green, compromise amber, collaborate blue, compete red; thicker = better fit)", 200)
        << "; labelloc=t;\n";
    for (const auto& st : story.stages) {
        out << "  subgraph " << quote("cluster_" + st.id, 200) << " {\n    label=" << quote(st.encounter->title, 200) << ";\n";
        for (const auto& b : st.encounter->beats) beat_node(out, st.id, b);
        for (const auto& b : st.encounter->beats) beat_edges(out, st.id, b);
        out << "  }\n";
    }
    if (story.is_campaign)
        for (const auto& st : story.stages)
            if (!st.next.empty())
                out << "  " << node_id(st.id, st.encounter->start) << " -> " << node_id(st.next, story.stage(st.next)->encounter->start)
                    << " [style=dotted, constraint=false, label=\"next\"];\n";
    out << "}\n";
    return out.str();
}

bool have_dot() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

}  // namespace

int cmd_graph(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"format", true}, {"output", true}});
    if (args.has("help")) {
        std::cout << "usage: frontdoor graph PATH [--format dot|svg] [--output FILE]\n"
                     "Writes a Graphviz graph of an encounter (or a campaign): one colour per mode, the\n"
                     "designer's fit on each answer (thicker is better, bold is the best fit), endings\n"
                     "coloured by outcome. svg needs Graphviz's dot (apt-get install graphviz).\n"
                     "Default: dot to standard output.\n";
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError("graph needs exactly one script: frontdoor graph PATH");
    std::string format = args.get("format", "dot");
    if (format != "dot" && format != "svg") throw UsageError("--format must be dot or svg, not '" + format + "'");
    auto story = load_or_report(args.positional()[0]);
    if (!story) return 1;
    std::string dot = dot_for(*story);
    std::string output = args.get("output");
    if (format == "dot") {
        if (output.empty()) {
            std::cout << dot;
        } else if (!(std::ofstream(output) << dot)) {
            std::cerr << "cannot write " << output << "\n";
            return 1;
        }
        return 0;
    }
    if (!have_dot()) {
        std::cerr << "frontdoor graph: making SVG needs Graphviz's 'dot', which is not installed.\n"
                     "Install it with: sudo apt-get install graphviz   (or use --format dot)\n";
        return 1;
    }
    std::string cmd = "dot -Tsvg" + (output.empty() ? std::string() : " -o '" + output + "'");
    FILE* pipe = ::popen(cmd.c_str(), "w");
    if (!pipe) {
        std::cerr << "cannot run dot\n";
        return 1;
    }
    std::fwrite(dot.data(), 1, dot.size(), pipe);
    int status = ::pclose(pipe);
    if (status != 0) {
        std::cerr << "dot failed (exit status " << status << ")\n";
        return 1;
    }
    return 0;
}

}  // namespace fd::cli
