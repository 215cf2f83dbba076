// xAPI 1.0.3 statements for a play-through. Each statement's id is a UUID v5 of the
// attempt's registration and the event, so building or sending it twice changes nothing.
//   campaign   initialized / completed (result: completion, duration, totals, the profile)
//   encounter  initialized / completed (result: outcome, money, reputation, duration)
//   decision   answered (object <base>/encounter/<id>/decision/<beat>; response = the mode;
//              score.scaled = fit / 5; trust and wall before and after, the situation)
// A lone encounter has no campaign statements; its completed statement carries the profile.
// Names are the story's English (language maps keyed "en"); context.language is the
// language the attempt was played in. Statements are built from the records when sent
// (statement_builder.hpp); the outbox keeps only which event each one is.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

#include "lrs_config.hpp"
#include "profile.hpp"
#include "records_store.hpp"

namespace fd {

struct XapiContext {
    LrsConfig config;
    Player player;
    std::string registration, story_id, story_title;
    bool is_campaign = false;
    std::string language = "en";  // played in (RFC 5646: "es", "pt-BR")
};

// mbox from the email; else an account (the organisation's home page + employee id or name).
nlohmann::json xapi_actor(const LrsConfig& config, const Player& player);
std::string statement_id(const std::string& registration, const std::string& event_key);
// The event key of an outbox row: "campaign/initialized", "encounter/3/completed",
// "decision/12" from its kind ("campaign/initialized", "encounter/completed", "decision")
// and seq.
std::string event_key(const std::string& kind, int seq);

nlohmann::json campaign_initialized(const XapiContext& c, const std::string& at);
nlohmann::json campaign_completed(const XapiContext& c, const std::string& at, double seconds, bool completed,
                                  const Profile& profile, long long money, int reputation);
nlohmann::json encounter_initialized(const XapiContext& c, const EncounterStart& e);
// `profile` is given for a lone encounter (the end of the play-through).
nlohmann::json encounter_completed(const XapiContext& c, const EncounterStart& s, const EncounterEnd& e,
                                   const Profile* profile);
// A statement built before the organisation configured its LRS, addressed to `to`: the
// default activity base (in ids and extension keys) becomes to.activity_base and the
// default account home page to.account_home_page. Its id, and everything else, stay.
void readdress_statement(nlohmann::json& statement, const LrsConfig& to);
// Whether readdress_statement would change anything for `to`.
bool readdresses(const LrsConfig& to);

nlohmann::json decision_answered(const XapiContext& c, const DecisionRecord& d, const nlohmann::json& situation);

}  // namespace fd
