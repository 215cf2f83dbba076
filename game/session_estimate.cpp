// A workshop's time estimate for an encounter (see session_estimate.hpp).
#include "session_estimate.hpp"

#include "autoplay.hpp"
#include "script_error.hpp"
#include "session.hpp"
#include "ui_text.hpp"

namespace fdg {

int decisions_on_best_path(const std::shared_ptr<const fd::Story>& story, const std::shared_ptr<fd::ScriptHost>& host) {
    if (!story) return 0;
    try {
        fd::Session s(story, host, 1);
        fd::autoplay(s, [](const fd::Session& at) -> std::optional<fd::Mode> {
            const fd::Answer* best = at.beat().best_answer();
            return best ? std::optional<fd::Mode>(best->mode) : std::nullopt;
        });
        int n = 0;
        for (const auto& ev : s.state().log) n += ev.kind == fd::EventKind::Decision ? 1 : 0;
        return n;
    } catch (const fd::ScriptError&) {
        return 0;  // the script has an error: no estimate
    }
}

std::string estimate_text(int decisions, int minutes_per_decision) {
    return fd::format_text(fd::trn("{n} decision, about {minutes} min", "{n} decisions, about {minutes} min", decisions),
                           {{"n", std::to_string(decisions)}, {"minutes", std::to_string(decisions * minutes_per_decision)}});
}

}  // namespace fdg
