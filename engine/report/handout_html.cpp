// The workshop handout in HTML (see handout_html.hpp): a cover with the
// room's profile on the plane and where it split, then one block per
// decision with the votes as bars and every answer's fit and why.
#include "handout_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "html_text.hpp"

namespace fd {

namespace {

std::string esc(const std::string& s) { return html_escape(s); }

// Colours that print on white paper (darker than the window's).
const char* ink(Mode m) {
    switch (m) {
        case Mode::Avoid: return "#6b7180";
        case Mode::Accommodate: return "#2e9a55";
        case Mode::Compromise: return "#c78a10";
        case Mode::Collaborate: return "#1f6fc4";
        case Mode::Compete: return "#cf3b2b";
    }
    return "#000";
}

// "won_back" -> "Won back"
std::string outcome_words(std::string s) {
    for (char& c : s) c = c == '_' ? ' ' : c;
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string num(double v) {
    char b[32];
    snprintf(b, sizeof b, "%.1f", v);
    return b;
}

const char* kStyle = R"(
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 182mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 0.4mm solid #999; }
h3 { font-size: 11.5pt; margin: 0 0 1mm; }
.sub { color: #555; margin: 0 0 4mm; }
.cover { display: flex; gap: 8mm; align-items: flex-start; }
.cover svg { flex: none; }
table { border-collapse: collapse; }
td, th { padding: 0.6mm 2mm; text-align: left; vertical-align: top; }
.decision { break-inside: avoid; page-break-inside: avoid; border: 0.3mm solid #bbb; border-radius: 2mm; padding: 3mm; margin: 0 0 4mm; }
.said { font-style: italic; margin: 0 0 2mm; }
.answers td { border-top: 0.2mm solid #ddd; }
.played { font-weight: bold; }
.tag { display: inline-block; border-radius: 1mm; padding: 0 1.5mm; font-size: 8.5pt; color: #fff; }
.split { background: #8a4fbf; }
.best { background: #2e7d32; }
.play { background: #333; }
.prompt { color: #333; margin: 2mm 0 0; }
.encounter { break-before: page; page-break-before: always; }
.encounter:first-of-type { break-before: auto; page-break-before: auto; }
@media screen { body { padding: 8mm; } }
)";

// The plane: a circle per mode, its area growing with the hands; the legend beside it names them.
std::string plane_svg(const RoomProfile& p) {
    const double side = 240, pad = 28;
    int most = 1;
    for (int n : p.hands) most = std::max(most, n);
    std::string s = "<svg xmlns='http://www.w3.org/2000/svg' width='" + num(side + pad) + "' height='" + num(side + pad) +
                    "' viewBox='0 0 " + num(side + pad) + " " + num(side + pad) + "' role='img' aria-label='The room on the plane'>";
    s += "<rect x='" + num(pad) + "' y='0' width='" + num(side) + "' height='" + num(side) + "' fill='#f4f5f8' stroke='#888'/>";
    s += "<line x1='" + num(pad + side / 2) + "' y1='0' x2='" + num(pad + side / 2) + "' y2='" + num(side) + "' stroke='#ccc'/>";
    s += "<line x1='" + num(pad) + "' y1='" + num(side / 2) + "' x2='" + num(pad + side) + "' y2='" + num(side / 2) + "' stroke='#ccc'/>";
    s += "<text x='" + num(pad + side / 2) + "' y='" + num(side + 18) + "' font-size='11' text-anchor='middle'>Assertiveness &#8594;</text>";
    s += "<text transform='translate(14," + num(side / 2) + ") rotate(-90)' font-size='11' text-anchor='middle'>Cooperativeness &#8594;</text>";
    for (Mode m : kAllModes) {
        PlanePoint q = mode_position(m);
        double cx = pad + q.assertiveness * side, cy = side - q.cooperativeness * side;
        // At most 0.09 of the side, so no circle leaves the frame (modes sit 0.1 from the edges).
        double r = 4 + (side * 0.09 - 4) * std::sqrt(static_cast<double>(p.hands_for(m)) / most);
        s += "<circle cx='" + num(cx) + "' cy='" + num(cy) + "' r='" + num(r) + "' fill='" + ink(m) + "' fill-opacity='" +
             (p.hands_for(m) ? "0.85" : "0.15") + "'/>";
    }
    if (p.decisions > 0) {
        double x = pad + p.mean.assertiveness * side, y = side - p.mean.cooperativeness * side;
        s += "<circle cx='" + num(x) + "' cy='" + num(y) + "' r='6' fill='#fff' stroke='#000' stroke-width='2'/>";
    }
    return s + "</svg>";
}

std::string legend(const RoomProfile& p) {
    std::string s = "<table><tr><th>Mode</th><th>Hands</th><th>Played</th></tr>";
    for (Mode m : kAllModes)
        s += "<tr><td style='color:" + std::string(ink(m)) + "'>&#9679; " + mode_title(m) + "</td><td>" +
             std::to_string(p.hands_for(m)) + "</td><td>" + std::to_string(p.played_for(m)) + "</td></tr>";
    s += "</table><p>&#9675; the room's mean position, from all " + std::to_string(p.total_hands) + " hands.</p>";
    s += "<p>The room split (no answer above half the hands) at " + std::to_string(p.splits) + " of " +
         std::to_string(p.decisions) + " decisions.</p>";
    return s;
}

// Bars of the hands per answer, the played one outlined.
std::string bars_svg(const ReportDecision& d) {
    const double w = 300, row = 18, label = 92;
    int most = 1;
    for (const auto& a : d.answers) most = std::max(most, a.hands);
    double h = row * static_cast<double>(d.answers.size()) + 2;
    std::string s = "<svg xmlns='http://www.w3.org/2000/svg' width='" + num(w) + "' height='" + num(h) + "' viewBox='0 0 " +
                    num(w) + " " + num(h) + "' role='img' aria-label='Votes per answer'>";
    double y = 1;
    for (const auto& a : d.answers) {
        double bw = (w - label - 40) * a.hands / most;
        s += "<text x='0' y='" + num(y + 13) + "' font-size='11' fill='" + ink(a.mode) + "'>" + mode_title(a.mode) + "</text>";
        s += "<rect x='" + num(label) + "' y='" + num(y + 2) + "' width='" + num(w - label - 40) + "' height='" + num(row - 5) +
             "' fill='#eee'/>";
        s += "<rect x='" + num(label) + "' y='" + num(y + 2) + "' width='" + num(bw) + "' height='" + num(row - 5) + "' fill='" +
             ink(a.mode) + "'" + (a.mode == d.played ? " stroke='#000' stroke-width='1.5'" : "") + "/>";
        s += "<text x='" + num(w - 34) + "' y='" + num(y + 13) + "' font-size='11'>" + std::to_string(a.hands) + "</text>";
        y += row;
    }
    return s + "</svg>";
}

std::string decision_html(const ReportDecision& d) {
    std::string s = "<div class='decision'><h3>Decision " + std::to_string(d.number) + "</h3>";
    s += "<p class='said'>" + esc(d.customer_said) + "</p>";  // the script's words keep their own quotes
    s += "<p>Played: <b style='color:" + std::string(ink(d.played)) + "'>" + mode_title(d.played) + "</b>";
    if (d.overridden) s += " (the facilitator's pick)";
    else if (d.tie) s += " (after a tie)";
    s += " &#183; " + std::to_string(d.total_hands) + " hands";
    if (d.split) s += " <span class='tag split'>the room split</span>";
    if (!d.voted) s += " &#183; no votes were entered";
    s += "</p>" + bars_svg(d);
    s += "<table class='answers'><tr><th>Answer</th><th>Fit</th><th>Why</th></tr>";
    for (const auto& a : d.answers) {
        s += std::string("<tr") + (a.mode == d.played ? " class='played'" : "") + "><td style='color:" + ink(a.mode) + "'>" +
             mode_title(a.mode) + (a.mode == d.best ? " <span class='tag best'>best</span>" : "") +
             (a.mode == d.played ? " <span class='tag play'>played</span>" : "") + "<br><span style='color:#111;font-weight:normal'>" +
             esc(a.says) + "</span></td><td>" + std::to_string(a.fit) + "/5</td><td>" + esc(a.why) + "</td></tr>";
    }
    s += "</table>";
    if (!d.prompt.empty()) s += "<p class='prompt'>Discussion: " + esc(d.prompt) + "</p>";
    return s + "</div>";
}

}  // namespace

std::string handout_html(const WorkshopReport& r) {
    std::string s = "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>" + esc(r.story_title) +
                    " \u2014 workshop handout</title><style>" + kStyle + "</style></head><body>";
    s += "<h1>" + esc(r.story_title) + "</h1><p class='sub'>" + esc(r.group) + " \u00b7 " +
         std::to_string(r.decisions.size()) + " decisions" + (r.finished ? "" : " \u00b7 the session was not finished") + "</p>";
    s += "<h2>The encounters played</h2><ol>";
    for (const auto& e : r.encounters)
        s += "<li>" + esc(e.title) + (e.outcome.empty() ? "" : " \u2014 " + esc(outcome_words(e.outcome))) + "</li>";
    s += "</ol><h2>The room's profile</h2><div class='cover'>" + plane_svg(r.profile) + "<div>" + legend(r.profile) + "</div></div>";
    std::string stage;
    for (const auto& d : r.decisions) {
        if (d.stage != stage) {
            if (!stage.empty()) s += "</section>";
            stage = d.stage;
            s += "<section class='encounter'><h2>" + esc(d.encounter) + "</h2>";
        }
        s += decision_html(d);
    }
    if (!stage.empty()) s += "</section>";
    return s + "</body></html>\n";
}

}  // namespace fd
