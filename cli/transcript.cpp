// The terminal transcript of play, in the command line's language (cli_language.hpp):
// the labels are translated, money is written with the story's currency, and the
// script's own ids (outcome, mode, mood) stay as ids in English, where tools read them.
#include "transcript.hpp"

#include <iomanip>
#include <sstream>

#include "cli_language.hpp"
#include "situation_words.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

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

// In English the script's own word (an id: "collaborate", "won_back"); in another
// language the window's label for it (the same entries of po/LANG.po).
bool english() { return !cli_catalog(); }

}  // namespace

std::string mode_word(Mode m) {
    if (english()) return mode_name(m);
    switch (m) {
        case Mode::Avoid: return trc("mode", "Avoid");
        case Mode::Accommodate: return trc("mode", "Accommodate");
        case Mode::Compromise: return trc("mode", "Compromise");
        case Mode::Collaborate: return trc("mode", "Collaborate");
        case Mode::Compete: return trc("mode", "Compete");
    }
    return mode_name(m);
}

namespace {

std::string mood_word(const std::string& mood) {
    if (english()) return safe(mood);
    if (mood == "furious") return trc("mood", "Furious");
    if (mood == "angry") return trc("mood", "Angry");
    if (mood == "upset") return trc("mood", "Upset");
    if (mood == "wary") return trc("mood", "Wary");
    if (mood == "neutral") return trc("mood", "Neutral");
    if (mood == "calm") return trc("mood", "Calm");
    if (mood == "pleased") return trc("mood", "Pleased");
    if (mood == "delighted") return trc("mood", "Delighted");
    return safe(mood);
}

std::string outcome_word(const std::string& outcome) {
    if (english()) return safe(outcome);
    if (outcome == "won_back") return trc("outcome", "Won back");
    if (outcome == "kept") return trc("outcome", "Kept");
    if (outcome == "lost") return trc("outcome", "Lost");
    if (outcome == "escalated") return trc("outcome", "Escalated");
    if (outcome == "parted") return trc("outcome", "Parted on good terms");
    return safe(outcome);
}

// The encounter's currency, else the campaign's, else the locale's (as the window).
MoneyStyle money_style_of(const Session& s) {
    if (!s.finished() && !s.encounter().currency.empty()) return cli_money_style(s.encounter().currency);
    std::string own = s.story().currency;
    if (own.empty() && !s.story().stages.empty() && s.story().stages.front().encounter)
        own = s.story().stages.front().encounter->currency;
    return cli_money_style(own);
}

// "0.50" as the language writes a decimal ("0,50" in Spanish).
std::string decimal(double v) {
    std::ostringstream os;
    os << std::fixed << std::setprecision(2) << v;
    std::string text = os.str();
    // TRANSLATORS: the character between a number's whole part and its decimals: "." or ",".
    std::string sep = trc("decimal separator", ".");
    auto dot = text.find('.');
    if (dot != std::string::npos && sep != ".") text.replace(dot, 1, sep);
    return text;
}
}  // namespace

void print_stage_intro(std::ostream& out, const Session& s) {
    const Encounter& e = s.encounter();
    const auto& c = s.state().customer;
    out << "\n== " << safe(e.title) << " ==\n"
        << safe(e.place) << " (" << safe(e.sector) << ")\n"
        << safe(e.customer.name) << ", " << safe(e.customer.role) << "\n"
        << terminal_text(e.customer.life) << "\n"
        << format_text(tr("Mood {mood} · Trust {trust} · Wall {wall}"),
                       {{"mood", mood_word(c.mood)}, {"trust", std::to_string(c.trust)}, {"wall", std::to_string(c.wall)}})
        << "\n";
}

void print_change(std::ostream& out, const Snapshot& a, const Snapshot& b, const MoneyStyle& money) {
    std::string parts;
    auto add = [&](const std::string& p) { parts += (parts.empty() ? "" : " · ") + p; };
    auto from_to = [](const std::string& from, const std::string& to) {
        return std::vector<std::pair<std::string, std::string>>{{"from", from}, {"to", to}};
    };
    if (a.customer.trust != b.customer.trust)
        add(format_text(tr("Trust {from} → {to}"), from_to(std::to_string(a.customer.trust), std::to_string(b.customer.trust))));
    if (a.customer.wall != b.customer.wall)
        add(format_text(tr("Wall {from} → {to}"), from_to(std::to_string(a.customer.wall), std::to_string(b.customer.wall))));
    if (a.customer.mood != b.customer.mood)
        add(format_text(tr("Mood {from} → {to}"), from_to(mood_word(a.customer.mood), mood_word(b.customer.mood))));
    if (a.business.money != b.business.money)
        add(format_text(tr("Money {amount}"), {{"amount", format_money(b.business.money - a.business.money, money)}}));
    if (a.business.reputation != b.business.reputation)
        add(format_text(tr("Reputation {change}"), {{"change", signed_num(b.business.reputation - a.business.reputation)}}));
    if (!parts.empty()) out << "   (" << parts << ")\n";
}

void print_beat(std::ostream& out, const Session& s, bool show_modes) {
    const Beat& b = s.beat();
    if (b.kind == BeatKind::Narration) {
        out << "\n" << terminal_text(b.text) << "\n";
        const Event& ev = s.state().log.back();
        print_change(out, ev.before, ev.after, money_style_of(s));
        return;
    }
    if (b.kind != BeatKind::Decision) return;
    bool speech = !b.text.empty() && (b.text[0] == '"' || b.text.rfind("\u201c", 0) == 0);
    out << "\n" << (speech ? safe(first_name(s.encounter().customer.name)) + ": " : "") << terminal_text(b.text) << "\n";
    int i = 1;
    for (Mode m : kAllModes) {
        const Answer* a = b.answer(m);
        out << "  " << i++ << ". ";
        if (show_modes) out << "[" << mode_word(m) << "] ";
        out << terminal_text(a->says) << "\n";
    }
}

void print_choice(std::ostream& out, const Session& s, const Beat& decision, Mode m) {
    const Answer* a = decision.answer(m);
    out << format_text(tr("> You ({mode}): {says}"), {{"mode", mode_word(m)}, {"says", terminal_text(a->says)}}) << "\n";
    if (!a->reaction.empty()) out << "  " << terminal_text(a->reaction) << "\n";
    for (auto it = s.state().log.rbegin(); it != s.state().log.rend(); ++it)
        if (it->kind == EventKind::Decision) {
            print_change(out, it->before, it->after, money_style_of(s));
            break;
        }
}

void print_ending(std::ostream& out, const Session& s) {
    const Beat& b = s.beat();
    const StageResult& r = s.state().results.back();
    out << "\n" << terminal_text(b.text) << "\n\n"
        << format_text(tr("== Outcome: {outcome} ({ending}) =="), {{"outcome", outcome_word(r.outcome)}, {"ending", safe(b.id)}})
        << "\n"
        << format_text(tr("Trust {trust} · Wall {wall} · Mood {mood} · Money {money} · Reputation {reputation}"),
                       {{"trust", std::to_string(r.final.customer.trust)},
                        {"wall", std::to_string(r.final.customer.wall)},
                        {"mood", mood_word(r.final.customer.mood)},
                        {"money", format_money(r.final.business.money, money_style_of(s))},
                        {"reputation", signed_num(r.final.business.reputation)}})
        << "\n";
}

void print_debrief(std::ostream& out, const std::vector<DebriefItem>& items) {
    out << "\n" << tr("== Debrief ==") << "\n";
    int n = 1;
    for (const auto& d : items) {
        std::string said = terminal_text(shortened(d.customer_said, 72));
        const char* chose = d.chose_best() ? tr("You chose {mode} (fit {fit}/5, the best fit here)") : tr("You chose {mode} (fit {fit}/5)");
        out << n++ << ". " << said << "\n   "
            << format_text(chose, {{"mode", mode_word(d.chosen)}, {"fit", std::to_string(d.fit)}}) << "\n"
            << "   " << terminal_text(d.chosen_why) << "\n";
        if (!d.chose_best())
            out << "   "
                << format_text(tr("Best here: {mode} ({fit}/5). {why}"),
                               {{"mode", mode_word(d.best)}, {"fit", std::to_string(d.best_fit)}, {"why", terminal_text(d.best_why)}})
                << "\n";
        if (!d.situation.empty())
            out << "   " << format_text(tr("The moment: {situation}"), {{"situation", terminal_text(situation_text(d.situation))}}) << "\n";
    }
}

void print_profile(std::ostream& out, const Profile& p) {
    out << "\n" << tr("== Your conflict profile ==") << "\n";
    for (Mode m : kAllModes) out << "  " << std::left << std::setw(12) << mode_word(m) << p.count(m) << "\n";
    out << "  "
        << format_text(tr("Assertiveness {assertiveness} · Cooperativeness {cooperativeness}"),
                       {{"assertiveness", decimal(p.mean.assertiveness)}, {"cooperativeness", decimal(p.mean.cooperativeness)}})
        << "\n  "
        << format_text(tr("Best-fit choices {best}/{decisions}"),
                       {{"best", std::to_string(p.best_fit_choices)}, {"decisions", std::to_string(p.decisions)}})
        << "\n";
}

void print_campaign_summary(std::ostream& out, const Session& s) {
    const SessionState& st = s.state();
    MoneyStyle money = money_style_of(s);
    out << "\n" << tr("== Campaign summary ==") << "\n";
    for (const auto& r : st.results)
        out << "  " << std::left << std::setw(18) << safe(r.stage) << std::setw(10) << outcome_word(r.outcome) << " "
            << format_text(tr("trust {trust}, money {money}"),
                           {{"trust", std::to_string(r.final.customer.trust)}, {"money", format_money(r.final.business.money, money)}})
            << "\n";
    out << "  "
        << format_text(tr("Total money {money} · Reputation {reputation}"),
                       {{"money", format_money(st.totals.money, money)}, {"reputation", signed_num(st.totals.reputation)}})
        << "\n";
}

}  // namespace fd::cli
