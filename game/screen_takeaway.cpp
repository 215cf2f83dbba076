// The summary's takeaway for one player (fd::make_takeaway): the mode used
// most where another fitted, the mode missed most where it fitted, and two or
// three moments from the campaign that show it. Every word of it is here.
#include <imgui.h>

#include "debrief.hpp"
#include "screens.hpp"
#include "takeaway.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

std::string times(int n) {
    if (n == 1) return fd::tr("once");
    if (n == 2) return fd::tr("twice");
    return fd::format_text(fd::trn("{n} time", "{n} times", n), {{"n", std::to_string(n)}});
}

std::string clipped_quote(const std::string& s, std::size_t max_chars) {
    std::string q = s;
    if (q.size() > max_chars) {
        std::size_t cut = q.rfind(' ', max_chars);
        q = q.substr(0, cut == std::string::npos ? max_chars : cut) + "\u2026";
    }
    return q;
}

// The mode that fitted at a moment, preferring the one the takeaway names.
fd::Mode fitted_mode(const fd::Takeaway& t, const fd::DebriefItem& d, int& fit, std::string& why) {
    fd::Mode m = d.best;
    fit = d.best_fit;
    why = d.best_why;
    for (const auto& a : d.answers)
        if (a.best && t.under_used && a.mode == *t.under_used) {
            m = a.mode;
            fit = a.fit;
            why = a.why;
        }
    return m;
}

void moment(Ui& ui, const fd::Takeaway& t, const fd::DebriefItem& d, float w) {
    int fit = 0;
    std::string why;
    fd::Mode fitted = fitted_mode(t, d, fit, why);
    std::string where = d.encounter_title.empty() ? capitalised(d.stage) : d.encounter_title;
    text(ui.fonts.bold, color::kText, where + ": " + clipped_quote(d.customer_said, 90), w);
    text(ui.fonts.body, mode_color(d.chosen),
         fd::format_text(fd::tr("You chose {mode} (fit {fit}/5); {fitted} fitted ({best}/5)."),
                         {{"mode", mode_label(d.chosen)}, {"fit", std::to_string(d.fit)}, {"fitted", mode_label(fitted)},
                          {"best", std::to_string(fit)}}), w);
    if (!why.empty()) text(ui.fonts.small, color::kMuted, why, w);
}

}  // namespace

void takeaway_section(const Game& g, Ui& ui, float w) {
    fd::Takeaway t = fd::make_takeaway(fd::build_debrief(g.session()->story(), g.session()->state().log));
    text(ui.fonts.heading, color::kText, fd::tr("Your takeaway"), w);
    if (t.decisions == 0) {
        text(ui.fonts.body, color::kMuted, fd::tr("There were no decisions to look back on."), w);
        return;
    }
    if (!t.over_used && !t.under_used) {
        text(ui.fonts.body, color::kText, fd::tr("You matched the moment at every decision: each time you chose an answer that fitted best."), w);
        return;
    }
    if (t.over_used) {
        const fd::ModeUse& u = t.use(*t.over_used);
        text(ui.fonts.bold, mode_color(*t.over_used),
             fd::format_text(fd::tr("You reached for {mode} more than the moments called for."), {{"mode", mode_label(*t.over_used)}}), w);
        text(ui.fonts.body, color::kText,
             fd::format_text(fd::tr("You chose it {chosen}, and {misused} another mode fitted better."),
                             {{"chosen", times(u.chosen)}, {"misused", times(u.misused())}}) + " " +
                 (u.fitted ? fd::format_text(fd::tr("It was the best fit {fitted} in the campaign."), {{"fitted", times(u.fitted)}})
                           : std::string(fd::tr("It was never the best fit in the campaign."))),
             w);
    }
    if (t.under_used) {
        const fd::ModeUse& u = t.use(*t.under_used);
        text(ui.fonts.bold, mode_color(*t.under_used),
             fd::format_text(fd::tr("You used {mode} less than the moments called for."), {{"mode", mode_label(*t.under_used)}}), w);
        text(ui.fonts.body, color::kText,
             fd::format_text(fd::tr("It was the best fit {fitted} in the campaign; you chose it {chosen}."),
                             {{"fitted", times(u.fitted)}, {"chosen", u.chosen ? times(u.chosen) : std::string(fd::tr("not once"))}}) +
                 " " +
                 capitalised(fd::format_text(fd::tr("{missed} you answered with something that fitted less well."),
                                             {{"missed", times(t.under_missed)}})),
             w);
    }
    if (!t.moments.empty()) {
        ImGui::Dummy(ImVec2(0, ui.u(4)));
        text(ui.fonts.small, color::kMuted, fd::tr("Moments to think about again"), w);
        for (const auto& d : t.moments) {
            moment(ui, t, d, w);
            ImGui::Dummy(ImVec2(0, ui.u(4)));
        }
    }
}

}  // namespace fdg
