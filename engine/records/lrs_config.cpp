// Reads the LRS configuration file and environment of lrs_config.hpp.
#include "lrs_config.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

#include "file_text.hpp"
#include "records_db.hpp"

namespace fd {

std::string LrsConfig::statements_url() const {
    std::string e = endpoint;
    if (!e.empty() && e.back() != '/') e += '/';
    return e + "statements";
}

std::string LrsConfig::describe() const {
    if (!configured()) return "no LRS configured: records stay on this machine";
    return "LRS " + endpoint + (username.empty() ? "" : " as " + username);
}

std::string lrs_config_path(const std::string& dir) { return dir + "/lrs.json"; }

namespace {

void from_env(const char* name, std::string& into) {
    const char* v = std::getenv(name);
    if (v && *v) into = v;
}

void read_file_into(const std::string& path, LrsConfig& c) {
    if (!std::filesystem::exists(path)) return;
    FileText f = read_file(path, 64 * 1024);
    if (!f.ok) throw RecordsError(path + ": " + f.error);
    nlohmann::json j = nlohmann::json::parse(f.text, nullptr, false);
    if (!j.is_object()) throw RecordsError(path + ":1: not a JSON object");
    auto str = [&](const char* key, std::string& into) {
        if (!j.contains(key)) return;
        if (!j[key].is_string()) throw RecordsError(path + ": '" + key + "' must be a string");
        into = j[key].get<std::string>();
    };
    str("endpoint", c.endpoint);
    str("username", c.username);
    str("password", c.password);
    str("account_home_page", c.account_home_page);
    str("activity_base", c.activity_base);
    // "language" (read before schema 3) is left alone: names are the story's English, keyed "en".
    if (j.contains("batch_size") && j["batch_size"].is_number_integer())
        c.batch_size = std::max(1, std::min(500, j["batch_size"].get<int>()));
}

}  // namespace

LrsConfig read_lrs_config(const std::string& dir) {
    LrsConfig c;
    read_file_into(lrs_config_path(dir), c);
    from_env("FRONTDOOR_LRS_ENDPOINT", c.endpoint);
    from_env("FRONTDOOR_LRS_USERNAME", c.username);
    from_env("FRONTDOOR_LRS_PASSWORD", c.password);
    from_env("FRONTDOOR_LRS_HOME_PAGE", c.account_home_page);
    from_env("FRONTDOOR_LRS_ACTIVITY_BASE", c.activity_base);
    while (!c.activity_base.empty() && c.activity_base.back() == '/') c.activity_base.pop_back();
    return c;
}

}  // namespace fd
