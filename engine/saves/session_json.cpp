#include "session_json.hpp"

#include "profile.hpp"
#include "save.hpp"

namespace fd {

nlohmann::json session_report(const Session& s) {
    const SessionState& st = s.state();
    nlohmann::json j = state_to_json(st);
    nlohmann::json out;
    out["story"] = s.story().id;
    out["finished"] = st.finished;
    out["stage"] = st.stage;
    out["beat"] = st.beat;
    std::string outcome, ending;
    if (!st.results.empty()) {
        outcome = st.results.back().outcome;
        ending = st.results.back().ending;
    }
    out["outcome"] = outcome;
    out["ending"] = ending;
    out["customer"] = j["customer"];
    out["business"] = j["business"];
    out["flags"] = j["flags"];
    out["story_flags"] = j["story"];
    out["outcomes"] = j["outcomes"];
    out["totals"] = j["totals"];
    out["results"] = j["results"];
    out["log"] = j["log"];
    Profile p = compute_profile(st.log);
    nlohmann::json counts = nlohmann::json::object();
    for (Mode m : kAllModes) counts[mode_name(m)] = p.count(m);
    out["profile"] = {{"counts", counts},
                      {"decisions", p.decisions},
                      {"assertiveness", p.mean.assertiveness},
                      {"cooperativeness", p.mean.cooperativeness},
                      {"best_fit_share", p.best_fit_share()}};
    return out;
}

}  // namespace fd
