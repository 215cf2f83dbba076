// Builds the xAPI statements of xapi.hpp.
#include "xapi.hpp"

#include <algorithm>

#include "records_time.hpp"
#include "uuid.hpp"

namespace fd {
namespace {

using json = nlohmann::json;
const char* const kVerbs = "http://adlnet.gov/expapi/verbs/";
const char* const kTypes = "http://adlnet.gov/expapi/activities/";

// Every name is English (the story's source text), whatever language was played.
json lang(const XapiContext&, const std::string& text) { return {{"en", text}}; }

json verb(const XapiContext& c, const std::string& name) {
    return {{"id", kVerbs + name}, {"display", lang(c, name)}};
}

std::string ext(const XapiContext& c, const std::string& name) { return c.config.activity_base + "/ext/" + name; }

std::string campaign_iri(const XapiContext& c) { return c.config.activity_base + "/campaign/" + c.story_id; }
std::string encounter_iri(const XapiContext& c, const std::string& encounter) {
    return c.config.activity_base + "/encounter/" + encounter;
}

json activity(const XapiContext& c, const std::string& iri, const std::string& type, const std::string& name) {
    return {{"objectType", "Activity"},
            {"id", iri},
            {"definition", {{"type", kTypes + type}, {"name", lang(c, name)}}}};
}

json context(const XapiContext& c, const json& parents) {
    json ctx = {{"registration", c.registration}, {"platform", "Front Door"}, {"language", c.language}};
    if (!parents.empty()) ctx["contextActivities"] = {{"parent", parents}};
    return ctx;
}

json statement(const XapiContext& c, const std::string& key, const std::string& verb_name, json object,
               json ctx, const std::string& at) {
    return {{"id", statement_id(c.registration, key)},
            {"actor", xapi_actor(c.config, c.player)},
            {"verb", verb(c, verb_name)},
            {"object", std::move(object)},
            {"context", std::move(ctx)},
            {"timestamp", at},
            {"version", "1.0.3"}};
}

json parents_of_encounter(const XapiContext& c) {
    if (!c.is_campaign) return json::array();
    return json::array({{{"objectType", "Activity"}, {"id", campaign_iri(c)}}});
}

json profile_json(const Profile& p) {
    json counts = json::object();
    for (Mode m : kAllModes) counts[mode_name(m)] = p.count(m);
    return {{"counts", counts},
            {"decisions", p.decisions},
            {"best_fit_share", p.best_fit_share()},
            {"assertiveness", p.mean.assertiveness},
            {"cooperativeness", p.mean.cooperativeness}};
}

}  // namespace

json xapi_actor(const LrsConfig& config, const Player& player) {
    json a = {{"objectType", "Agent"}, {"name", player.name}};
    if (!player.email.empty())
        a["mbox"] = "mailto:" + player.email;
    else
        a["account"] = {{"homePage", config.account_home_page},
                        {"name", player.employee_id.empty() ? player.name : player.employee_id}};
    return a;
}

std::string statement_id(const std::string& registration, const std::string& event_key) {
    return uuid_v5(kFrontDoorUuidNamespace, registration + "/" + event_key);
}

std::string event_key(const std::string& kind, int seq) {
    if (kind == "decision") return "decision/" + std::to_string(seq);
    auto slash = kind.find('/');
    if (kind.compare(0, slash, "encounter") == 0 && slash != std::string::npos)
        return "encounter/" + std::to_string(seq) + kind.substr(slash);
    return kind;
}

json campaign_initialized(const XapiContext& c, const std::string& at) {
    return statement(c, event_key("campaign/initialized", 0), "initialized",
                     activity(c, campaign_iri(c), "course", c.story_title), context(c, json::array()), at);
}

json campaign_completed(const XapiContext& c, const std::string& at, double seconds, bool completed,
                        const Profile& profile, long long money, int reputation) {
    json s = statement(c, event_key("campaign/completed", 0), "completed", activity(c, campaign_iri(c), "course", c.story_title),
                       context(c, json::array()), at);
    s["result"] = {{"completion", completed},
                   {"duration", iso_duration(seconds)},
                   {"extensions",
                    {{ext(c, "profile"), profile_json(profile)}, {ext(c, "money"), money},
                     {ext(c, "reputation"), reputation}}}};
    return s;
}

json encounter_initialized(const XapiContext& c, const EncounterStart& e) {
    return statement(c, event_key("encounter/initialized", e.seq), "initialized",
                     activity(c, encounter_iri(c, e.encounter), "simulation", e.title), context(c, parents_of_encounter(c)),
                     e.at);
}

json encounter_completed(const XapiContext& c, const EncounterStart& s, const EncounterEnd& e, const Profile* profile) {
    json st = statement(c, event_key("encounter/completed", e.seq), "completed",
                        activity(c, encounter_iri(c, s.encounter), "simulation", s.title),
                        context(c, parents_of_encounter(c)), e.at);
    json exts = {{ext(c, "outcome"), e.outcome}, {ext(c, "ending"), e.ending}, {ext(c, "money"), e.money},
                 {ext(c, "reputation"), e.reputation}};
    if (profile) exts[ext(c, "profile")] = profile_json(*profile);
    st["result"] = {{"completion", true}, {"duration", iso_duration(e.seconds)}, {"extensions", exts}};
    return st;
}

json decision_answered(const XapiContext& c, const DecisionRecord& d, const json& situation) {
    json choices = json::array();
    for (Mode m : kAllModes) choices.push_back({{"id", mode_name(m)}, {"description", lang(c, mode_name(m))}});
    json object = activity(c, encounter_iri(c, d.encounter) + "/decision/" + d.beat, "cmi.interaction",
                           d.encounter + " / " + d.beat);
    object["definition"]["interactionType"] = "choice";
    object["definition"]["choices"] = choices;
    json parents = json::array({{{"objectType", "Activity"}, {"id", encounter_iri(c, d.encounter)}}});
    json st = statement(c, event_key("decision", d.seq), "answered", object, context(c, parents), d.at);
    if (c.is_campaign) st["context"]["contextActivities"]["grouping"] = parents_of_encounter(c);
    double scaled = std::clamp(d.fit / 5.0, 0.0, 1.0);
    st["result"] = {{"response", d.mode},
                    {"success", d.fit >= d.best_fit},
                    {"duration", iso_duration(d.seconds)},
                    {"score", {{"scaled", scaled}, {"raw", d.fit}, {"min", 0}, {"max", 5}}},
                    {"extensions",
                     {{ext(c, "answer"), d.answer}, {ext(c, "best-fit"), d.best_fit},
                      {ext(c, "trust-before"), d.trust_before}, {ext(c, "trust-after"), d.trust_after},
                      {ext(c, "wall-before"), d.wall_before}, {ext(c, "wall-after"), d.wall_after},
                      {ext(c, "situation"), situation}}}};
    return st;
}

namespace {

std::string rebased(const std::string& text, const std::string& from, const std::string& to) {
    bool ours = text.size() > from.size() && text.compare(0, from.size(), from) == 0 && text[from.size()] == '/';
    return ours ? to + text.substr(from.size()) : text;
}

// Every string value and object key under `j` that starts with the default base.
void rebase_all(json& j, const std::string& to) {
    const std::string from = kDefaultActivityBase;
    if (j.is_string()) {
        j = rebased(j.get<std::string>(), from, to);
    } else if (j.is_array()) {
        for (json& item : j) rebase_all(item, to);
    } else if (j.is_object()) {
        json out = json::object();
        for (auto& [key, value] : j.items()) {
            rebase_all(value, to);
            out[rebased(key, from, to)] = std::move(value);
        }
        j = std::move(out);
    }
}

}  // namespace

bool readdresses(const LrsConfig& to) {
    return to.activity_base != kDefaultActivityBase || to.account_home_page != kDefaultHomePage;
}

void readdress_statement(json& statement, const LrsConfig& to) {
    if (to.activity_base != kDefaultActivityBase) rebase_all(statement, to.activity_base);
    json* account = statement.contains("actor") ? &statement["actor"] : nullptr;
    if (account && account->is_object() && account->contains("account")) {
        json& home = (*account)["account"]["homePage"];
        if (home.is_string() && home.get<std::string>() == kDefaultHomePage) home = to.account_home_page;
    }
}

}  // namespace fd
