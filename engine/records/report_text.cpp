// The manager's report as terminal text (labels in the interface's language) and as CSV
// (one row per player; the column names stay English ids, for spreadsheets and scripts).
#include <cstdio>
#include <sstream>

#include "report.hpp"
#include "ui_text.hpp"

namespace fd {
namespace {

std::string pct(double v) {
    char b[16];
    std::snprintf(b, sizeof b, "%.0f%%", v * 100);
    return b;
}

std::string minutes(double s) {
    char b[16];
    std::snprintf(b, sizeof b, "%.1f", s / 60);
    return b;
}

std::string num(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.3f", v);
    return b;
}

// RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is
// prefixed with ' so a spreadsheet does not run a name as a formula.
std::string csv_field(std::string v) {
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
    if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string outcomes_text(const PlayerReport& p) {
    std::string out;
    for (const auto& [o, n] : p.outcomes) out += (out.empty() ? "" : " ") + o + ":" + std::to_string(n);
    return out;
}

}  // namespace

std::string report_text(const RecordsReport& r) {
    std::ostringstream out;
    auto n = static_cast<long>(r.players.size());
    out << format_text(trn("Front Door records: {n} player", "Front Door records: {n} players", n),
                       {{"n", std::to_string(n)}})
        << "\n\n";
    char line[512];
    std::snprintf(line, sizeof line, "%-28s %8s %9s %9s %9s %13s  %s\n", tr("player"), tr("attempts"), tr("complete"),
                  tr("minutes"), tr("best fit"), tr("profile (a,c)"), tr("outcomes"));
    out << line;
    for (const auto& p : r.players) {
        std::string prof = p.has_profile ? num(p.assertiveness) + "," + num(p.cooperativeness) : "-";
        std::snprintf(line, sizeof line, "%-28s %8d %9s %9s %9s %13s  %s\n", p.player.label().substr(0, 28).c_str(),
                      p.attempts, pct(p.completion()).c_str(), minutes(p.seconds).c_str(),
                      pct(p.best_fit.value()).c_str(), prof.c_str(), outcomes_text(p).c_str());
        out << line;
    }
    if (r.profiles)
        out << "\n"
            << format_text(trn("Profile of {n} player: assertiveness {a} +/- {sd_a}, cooperativeness {c} +/- {sd_c}",
                               "Profiles of {n} players: assertiveness {a} +/- {sd_a}, cooperativeness {c} +/- {sd_c}",
                               r.profiles),
                           {{"n", std::to_string(r.profiles)}, {"a", num(r.mean_a)}, {"sd_a", num(r.sd_a)},
                            {"c", num(r.mean_c)}, {"sd_c", num(r.sd_c)}})
            << "\n";
    out << "\n" << tr("Best-fit share by encounter:") << "\n";
    for (const auto& [enc, sh] : r.by_encounter)
        out << "  "
            << format_text(trn("{encounter}: {share} of {n} decision", "{encounter}: {share} of {n} decisions", sh.total),
                           {{"encounter", r.title(enc)}, {"share", pct(sh.value())}, {"n", std::to_string(sh.total)}})
            << "\n";
    out << "\n" << tr("Hardest decisions (lowest share of best-fit answers):") << "\n";
    for (const auto& h : r.hardest)
        out << "  "
            << format_text(tr("{encounter} / {decision}: {share} of {n}"),
                           {{"encounter", r.title(h.encounter)}, {"decision", h.beat}, {"share", pct(h.best_fit.value())},
                            {"n", std::to_string(h.best_fit.total)}})
            << "\n";
    return out.str();
}

std::string report_csv(const RecordsReport& r) {
    std::ostringstream out;
    out << "name,email,employee_id,attempts,completed_attempts,completion,minutes_on_task,decisions,best_fit_share,"
           "assertiveness,cooperativeness,money,reputation,outcomes";
    for (const auto& e : r.encounters) out << "," << csv_field("best_fit_" + e);
    out << "\r\n";
    for (const auto& p : r.players) {
        out << csv_field(p.player.name) << "," << csv_field(p.player.email) << "," << csv_field(p.player.employee_id)
            << "," << p.attempts << "," << p.completed << "," << num(p.completion()) << "," << minutes(p.seconds)
            << "," << p.best_fit.total << "," << num(p.best_fit.value()) << ","
            << (p.has_profile ? num(p.assertiveness) : "") << "," << (p.has_profile ? num(p.cooperativeness) : "")
            << "," << p.money << "," << p.reputation << "," << csv_field(outcomes_text(p));
        for (const auto& e : r.encounters) {
            auto it = p.by_encounter.find(e);
            out << "," << (it == p.by_encounter.end() ? "" : num(it->second.value()));
        }
        out << "\r\n";
    }
    return out.str();
}

}  // namespace fd
