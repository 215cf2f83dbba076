// The manager's report as one self-contained HTML file: inline CSS and inline SVG
// charts (the profiles on the assertiveness x cooperativeness plane, best-fit share by
// encounter, each player's share over time), no script and nothing fetched. Headings and
// labels in the interface's language (ui_text.hpp), encounters by their titles.
#include <cstdio>
#include <sstream>

#include "report.hpp"
#include "html_text.hpp"
#include "ui_text.hpp"

namespace fd {
namespace {

std::string esc(const std::string& s) { return html_escape(s); }

std::string f(double v, const char* fmt = "%.1f") {
    char b[32];
    std::snprintf(b, sizeof b, fmt, v);
    return b;
}
std::string pct(double v) { return f(v * 100, "%.0f") + "%"; }

const char* const kStyle = R"css(
body{font-family:system-ui,sans-serif;margin:24px;color:#1d2330;background:#fff}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px}
p.meta{color:#555;margin:0 0 16px} table{border-collapse:collapse;font-size:13px}
th,td{border-bottom:1px solid #dde;padding:4px 8px;text-align:left} th{background:#f2f4f8}
td.n{text-align:right;font-variant-numeric:tabular-nums} .charts{display:flex;gap:32px;flex-wrap:wrap}
svg text{font-size:11px;fill:#333} th.v{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}
)css";

// Every player's latest profile as a dot on the plane; the corners name the modes.
std::string plane_svg(const RecordsReport& r) {
    const int size = 320, pad = 36, inner = size - 2 * pad;
    std::ostringstream o;
    o << "<svg role=\"img\" aria-label=\"" << esc(tr("profiles on the assertiveness by cooperativeness plane"))
      << "\" width=\"" << size
      << "\" height=\"" << size << "\" viewBox=\"0 0 " << size << " " << size << "\">";
    o << "<rect x=\"" << pad << "\" y=\"" << pad << "\" width=\"" << inner << "\" height=\"" << inner
      << "\" fill=\"#f7f8fb\" stroke=\"#99a\"/>";
    o << "<text x=\"" << size / 2 << "\" y=\"" << size - 8 << "\" text-anchor=\"middle\">" << esc(tr("assertiveness")) << "</text>";
    o << "<text x=\"12\" y=\"" << size / 2 << "\" transform=\"rotate(-90 12 " << size / 2
      << ")\" text-anchor=\"middle\">" << esc(tr("cooperativeness")) << "</text>";
    const char* corners[5][3] = {{N_("avoiding"), "0.1", "0.1"}, {N_("accommodating"), "0.1", "0.9"},
                                 {N_("compromising"), "0.5", "0.5"}, {N_("collaborating"), "0.9", "0.9"},
                                 {N_("competing"), "0.9", "0.1"}};
    for (auto& c : corners) {
        double x = pad + std::stod(c[1]) * inner, y = pad + (1 - std::stod(c[2])) * inner;
        o << "<text x=\"" << f(x) << "\" y=\"" << f(y) << "\" text-anchor=\"middle\" fill=\"#889\">" << esc(tr(c[0]))
          << "</text>";
    }
    for (const auto& p : r.players) {
        if (!p.has_profile) continue;
        double x = pad + p.assertiveness * inner, y = pad + (1 - p.cooperativeness) * inner;
        o << "<circle cx=\"" << f(x) << "\" cy=\"" << f(y) << "\" r=\"4\" fill=\"#2b6cb0\" fill-opacity=\"0.45\"><title>"
          << esc(p.player.label()) << "</title></circle>";
    }
    o << "</svg>";
    return o.str();
}

std::string encounter_bars_svg(const RecordsReport& r) {
    const int row = 22, label = 150, bar = 240;
    int height = row * static_cast<int>(r.by_encounter.size()) + 10;
    std::ostringstream o;
    o << "<svg role=\"img\" aria-label=\"" << esc(tr("best-fit share by encounter")) << "\" width=\"" << label + bar + 50
      << "\" height=\""
      << height << "\">";
    int y = 4;
    for (const auto& [enc, sh] : r.by_encounter) {
        o << "<text x=\"0\" y=\"" << y + 14 << "\">" << esc(r.title(enc)) << "</text>";
        o << "<rect x=\"" << label << "\" y=\"" << y + 3 << "\" width=\"" << bar << "\" height=\"14\" fill=\"#eef\"/>";
        o << "<rect x=\"" << label << "\" y=\"" << y + 3 << "\" width=\"" << f(sh.value() * bar)
          << "\" height=\"14\" fill=\"#38a169\"/>";
        o << "<text x=\"" << label + bar + 6 << "\" y=\"" << y + 14 << "\">" << pct(sh.value()) << "</text>";
        y += row;
    }
    o << "</svg>";
    return o.str();
}

std::string sparkline(const std::vector<double>& v) {
    if (v.empty()) return "";
    const int w = 90, h = 18;
    std::ostringstream o;
    o << "<svg width=\"" << w << "\" height=\"" << h << "\" aria-label=\"" << esc(tr("best-fit share over time")) << "\">";
    o << "<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"1.5\" points=\"";
    for (std::size_t i = 0; i < v.size(); ++i) {
        double x = v.size() == 1 ? w / 2.0 : 2 + double(i) * (w - 4) / double(v.size() - 1);
        o << f(x) << "," << f(h - 2 - v[i] * (h - 4)) << " ";
    }
    o << "\"/>";
    double last_x = v.size() == 1 ? w / 2.0 : w - 2.0;
    o << "<circle cx=\"" << f(last_x) << "\" cy=\"" << f(h - 2 - v.back() * (h - 4)) << "\" r=\"2.5\" fill=\"#2b6cb0\"/>";
    o << "</svg>";
    return o.str();
}

// A player's best-fit share in one encounter, shaded by the share; empty when not played.
std::string encounter_cell(const PlayerReport& p, const std::string& encounter) {
    auto it = p.by_encounter.find(encounter);
    if (it == p.by_encounter.end()) return "<td></td>";
    double v = it->second.value();
    return "<td class=n style=\"background:rgba(56,161,105," + f(0.1 + 0.6 * v, "%.2f") + ")\">" + pct(v) + "</td>";
}

std::string players_table(const RecordsReport& r) {
    std::ostringstream o;
    o << "<table><tr>";
    for (const char* head : {tr("player"), tr("attempts"), tr("completion"), tr("minutes"), tr("best fit"), tr("over time")})
        o << "<th>" << esc(head) << "</th>";
    for (const auto& e : r.encounters) o << "<th class=v>" << esc(r.title(e)) << "</th>";
    for (const char* head : {tr("assertive"), tr("cooperative"), tr("outcomes")}) o << "<th>" << esc(head) << "</th>";
    o << "</tr>";
    for (const auto& p : r.players) {
        std::string outcomes;
        for (const auto& [k, n] : p.outcomes) outcomes += (outcomes.empty() ? "" : ", ") + esc(k) + " " + std::to_string(n);
        o << "<tr><td>" << esc(p.player.label()) << "</td><td class=n>" << p.attempts << "</td><td class=n>"
          << pct(p.completion()) << "</td><td class=n>" << f(p.seconds / 60) << "</td><td class=n>"
          << pct(p.best_fit.value()) << "</td><td>" << sparkline(p.over_time) << "</td>";
        for (const auto& e : r.encounters) o << encounter_cell(p, e);
        o << "<td class=n>"
          << (p.has_profile ? f(p.assertiveness, "%.2f") : "") << "</td><td class=n>"
          << (p.has_profile ? f(p.cooperativeness, "%.2f") : "") << "</td><td>" << outcomes << "</td></tr>";
    }
    o << "</table>";
    return o.str();
}

std::string hardest_table(const RecordsReport& r) {
    std::ostringstream o;
    o << "<table><tr>";
    for (const char* head : {tr("encounter"), tr("decision"), tr("best-fit share"), tr("answers")})
        o << "<th>" << esc(head) << "</th>";
    o << "</tr>";
    for (const auto& h : r.hardest)
        o << "<tr><td>" << esc(r.title(h.encounter)) << "</td><td>" << esc(h.beat) << "</td><td class=n>"
          << pct(h.best_fit.value()) << "</td><td class=n>" << h.best_fit.total << "</td></tr>";
    o << "</table>";
    return o.str();
}

}  // namespace

std::string report_html(const RecordsReport& r) {
    const i18n::Catalog* catalog = ui_catalog();
    std::string lang = catalog && !catalog->language().empty() ? catalog->language() : "en";
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"" << esc(lang) << "\"><head><meta charset=\"utf-8\"><title>"
      << esc(tr("Front Door records")) << "</title><style>" << kStyle << "</style></head><body>";
    o << "<h1>" << esc(tr("Front Door records")) << "</h1><p class=\"meta\">"
      << esc(format_text(trn("{n} player, generated {time}", "{n} players, generated {time}",
                             static_cast<long>(r.players.size())),
                         {{"n", std::to_string(r.players.size())}, {"time", r.generated_at}}))
      << "</p>";
    o << "<div class=\"charts\"><div><h2>" << esc(tr("Profiles")) << "</h2>" << plane_svg(r) << "<p class=\"meta\">"
      << esc(format_text(tr("mean {a} ± {sd_a} assertive, {c} ± {sd_c} cooperative"),
                         {{"a", f(r.mean_a, "%.2f")}, {"sd_a", f(r.sd_a, "%.2f")}, {"c", f(r.mean_c, "%.2f")},
                          {"sd_c", f(r.sd_c, "%.2f")}}))
      << "</p></div><div><h2>" << esc(tr("Best-fit share by encounter")) << "</h2>" << encounter_bars_svg(r)
      << "</div></div>";
    o << "<h2>" << esc(tr("Hardest decisions")) << "</h2>" << hardest_table(r);
    o << "<h2>" << esc(tr("Players")) << "</h2>" << players_table(r);
    o << "</body></html>\n";
    return o.str();
}

}  // namespace fd
