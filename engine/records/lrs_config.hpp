// Where statements go and who the learner is to the LRS: read from
// $XDG_CONFIG_HOME/frontdoor/lrs.json, with FRONTDOOR_LRS_* environment variables
// over it. The password is only ever handed to the HTTP client: describe() leaves it out.
#pragma once
#include <string>

namespace fd {

// What statements carry until the organisation configures its own: statements queued
// before an LRS was configured are re-addressed to the configured values when sent
// (readdress_statement in xapi.hpp).
inline const char* const kDefaultHomePage = "https://frontdoor.invalid/people";
inline const char* const kDefaultActivityBase = "https://frontdoor.invalid/xapi";

struct LrsConfig {
    std::string endpoint;  // e.g. https://lrs.example.com/xAPI/ (statements go to endpoint + "statements")
    std::string username, password;
    // The organisation's account system, for learners without an email: actor.account.homePage.
    std::string account_home_page = kDefaultHomePage;
    // The IRI every activity id starts with.
    std::string activity_base = kDefaultActivityBase;
    int batch_size = 50;

    bool configured() const { return !endpoint.empty(); }
    std::string statements_url() const;
    std::string describe() const;  // endpoint and user, never the password
};

// Reads `dir`/lrs.json (a missing file is no LRS) then the environment:
// FRONTDOOR_LRS_ENDPOINT, FRONTDOOR_LRS_USERNAME, FRONTDOOR_LRS_PASSWORD,
// FRONTDOOR_LRS_HOME_PAGE, FRONTDOOR_LRS_ACTIVITY_BASE. Throws RecordsError for a damaged file.
LrsConfig read_lrs_config(const std::string& dir);
std::string lrs_config_path(const std::string& dir);

}  // namespace fd
