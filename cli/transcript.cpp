#include "transcript.hpp"

#include <iomanip>

#include "terminal_text.hpp"

namespace fd::cli {

namespace {
std::string signed_num(long long v) { return (v > 0 ? "+" : "") + std::to_string(v); }

std::string first_name(const std::string& name) {
    auto sp = name.find(' ');
    return sp == std::string::npos ? name : name.substr(0, sp);
}

// A name or id from a script, on one line.
std::string safe(const std::string& text) { return terminal_text(text, Newlines::Escape); }

// At most `max` bytes, cut at a word and never inside a UTF-8 character.
std::string shortened(const std::string& text, std::size_t max) {
    if (text.size() <= max) return text;
    std::size_t cut = text.rfind(' ', max - 3);
    if (cut == std::string::npos || cut < max / 2) cut = max - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "...";
}
}  // namespace

void print_stage_intro(std::ostream& out, const Session& s) {
    const Encounter& e = s.encounter();
    const auto& c = s.state().customer;
    out << "\n== " << safe(e.title) << " ==\n"
        << safe(e.place) << " (" << safe(e.sector) << ")\n"
        << safe(e.customer.name) << ", " << safe(e.customer.role) << "\n"
        << terminal_text(e.customer.life) << "\n"
        << "Mood " << safe(c.mood) << " · Trust " << c.trust << " · Wall " << c.wall << "\n";
}

void print_change(std::ostream& out, const Snapshot& a, const Snapshot& b) {
    std::string parts;
    auto add = [&](const std::string& p) { parts += (parts.empty() ? "" : " · ") + p; };
    if (a.customer.trust != b.customer.trust)
        add("Trust " + std::to_string(a.customer.trust) + " → " + std::to_string(b.customer.trust));
    if (a.customer.wall != b.customer.wall)
        add("Wall " + std::to_string(a.customer.wall) + " → " + std::to_string(b.customer.wall));
    if (a.customer.mood != b.customer.mood) add("Mood " + safe(a.customer.mood) + " → " + safe(b.customer.mood));
    if (a.business.money != b.business.money) add("Money " + signed_num(b.business.money - a.business.money));
    if (a.business.reputation != b.business.reputation)
        add("Reputation " + signed_num(b.business.reputation - a.business.reputation));
    if (!parts.empty()) out << "   (" << parts << ")\n";
}

void print_beat(std::ostream& out, const Session& s, bool show_modes) {
    const Beat& b = s.beat();
    if (b.kind == BeatKind::Narration) {
        out << "\n" << terminal_text(b.text) << "\n";
        const Event& ev = s.state().log.back();
        print_change(out, ev.before, ev.after);
        return;
    }
    if (b.kind != BeatKind::Decision) return;
    bool speech = !b.text.empty() && (b.text[0] == '"' || b.text.rfind("\u201c", 0) == 0);
    out << "\n" << (speech ? safe(first_name(s.encounter().customer.name)) + ": " : "") << terminal_text(b.text) << "\n";
    int i = 1;
    for (Mode m : kAllModes) {
        const Answer* a = b.answer(m);
        out << "  " << i++ << ". ";
        if (show_modes) out << "[" << mode_name(m) << "] ";
        out << terminal_text(a->says) << "\n";
    }
}

void print_choice(std::ostream& out, const Session& s, const Beat& decision, Mode m) {
    const Answer* a = decision.answer(m);
    out << "> You (" << mode_name(m) << "): " << terminal_text(a->says) << "\n";
    if (!a->reaction.empty()) out << "  " << terminal_text(a->reaction) << "\n";
    for (auto it = s.state().log.rbegin(); it != s.state().log.rend(); ++it)
        if (it->kind == EventKind::Decision) {
            print_change(out, it->before, it->after);
            break;
        }
}

void print_ending(std::ostream& out, const Session& s) {
    const Beat& b = s.beat();
    const StageResult& r = s.state().results.back();
    out << "\n" << terminal_text(b.text) << "\n\n== Outcome: " << safe(r.outcome) << " (" << safe(b.id) << ") ==\n"
        << "Trust " << r.final.customer.trust << " · Wall " << r.final.customer.wall << " · Mood "
        << safe(r.final.customer.mood) << " · Money " << signed_num(r.final.business.money) << " · Reputation "
        << signed_num(r.final.business.reputation) << "\n";
}

void print_debrief(std::ostream& out, const std::vector<DebriefItem>& items) {
    out << "\n== Debrief ==\n";
    int n = 1;
    for (const auto& d : items) {
        std::string said = terminal_text(shortened(d.customer_said, 72));
        out << n++ << ". " << said << "\n   You chose " << mode_name(d.chosen) << " (fit " << d.fit << "/5"
            << (d.chose_best() ? ", the best fit here" : "") << ")\n"
            << "   " << terminal_text(d.chosen_why) << "\n";
        if (!d.chose_best())
            out << "   Best here: " << mode_name(d.best) << " (" << d.best_fit << "/5). " << terminal_text(d.best_why) << "\n";
        if (!d.situation.empty()) out << "   The moment: " << terminal_text(situation_text(d.situation)) << "\n";
    }
}

void print_profile(std::ostream& out, const Profile& p) {
    out << "\n== Your conflict profile ==\n";
    for (Mode m : kAllModes) out << "  " << std::left << std::setw(12) << mode_name(m) << p.count(m) << "\n";
    out << std::fixed << std::setprecision(2) << "  Assertiveness " << p.mean.assertiveness << " · Cooperativeness "
        << p.mean.cooperativeness << "\n"
        << "  Best-fit choices " << p.best_fit_choices << "/" << p.decisions << "\n";
    out.unsetf(std::ios::fixed);
}

void print_campaign_summary(std::ostream& out, const Session& s) {
    const SessionState& st = s.state();
    out << "\n== Campaign summary ==\n";
    for (const auto& r : st.results)
        out << "  " << std::left << std::setw(18) << safe(r.stage) << std::setw(10) << safe(r.outcome) << " trust "
            << r.final.customer.trust << ", money " << signed_num(r.final.business.money) << "\n";
    out << "  Total money " << signed_num(st.totals.money) << " · Reputation " << signed_num(st.totals.reputation)
        << "\n";
}

}  // namespace fd::cli
