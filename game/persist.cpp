// settings.json, the room's votes and the session plan beside the saves: read leniently, written atomically.
#include "persist.hpp"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "file_text.hpp"
#include "limits.hpp"
#include "save.hpp"

namespace fdg {

using nlohmann::json;

namespace {

std::string settings_file(const std::string& dir) { return dir + "/settings.json"; }
std::string votes_file(const std::string& dir) { return dir + "/facilitator_votes.json"; }
std::string plan_file(const std::string& dir) { return dir + "/facilitator_plan.json"; }

json read_json(const std::string& path) {
    fd::FileText f = fd::read_file(path, fd::kSaveSizeLimit.max);  // size checked before reading
    if (!f.ok) return nullptr;
    return json::parse(f.text, nullptr, false);  // discarded (invalid) on bad JSON
}

void write_json(const std::string& dir, const std::string& path, const json& j) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw fd::SaveError("cannot create the folder " + dir + ": " + ec.message());
    fd::write_file_atomically(path, j.dump(2) + "\n");
}

}  // namespace

Settings read_settings(const std::string& dir, const std::string& fallback_dir) {
    Settings s;
    std::error_code ec;
    bool moved = !fallback_dir.empty() && !std::filesystem::exists(settings_file(dir), ec);
    json j = read_json(settings_file(moved ? fallback_dir : dir));
    if (!j.is_object()) return s;
    if (j.contains("show_modes") && j["show_modes"].is_boolean()) s.show_modes = j["show_modes"];
    if (j.contains("intro_seen") && j["intro_seen"].is_boolean()) s.intro_seen = j["intro_seen"];
    if (j.contains("reduced_motion") && j["reduced_motion"].is_boolean()) s.reduced_motion = j["reduced_motion"];
    if (j.contains("dyslexic_font") && j["dyslexic_font"].is_boolean()) s.dyslexic_font = j["dyslexic_font"];
    if (j.contains("high_contrast") && j["high_contrast"].is_boolean()) s.high_contrast = j["high_contrast"];
    if (j.contains("self_voicing") && j["self_voicing"].is_boolean()) s.self_voicing = j["self_voicing"];
    if (j.contains("language") && j["language"].is_string()) s.language = j["language"].get<std::string>().substr(0, 16);
    if (j.contains("text_scale") && j["text_scale"].is_number()) {
        float f = j["text_scale"];
        if (f >= 0.5f && f <= 3.0f) s.text_scale = f;
    }
    if (j.contains("workshop_modes") && j["workshop_modes"].is_boolean()) s.workshop_modes = j["workshop_modes"];
    if (j.contains("teach_reveal") && j["teach_reveal"].is_boolean()) s.teach_reveal = j["teach_reveal"];
    if (j.contains("timer_seconds") && j["timer_seconds"].is_number_integer())
        s.timer_seconds = std::clamp(j["timer_seconds"].get<int>(), 10, 3600);
    if (j.contains("minutes_per_decision") && j["minutes_per_decision"].is_number_integer())
        s.minutes_per_decision = std::clamp(j["minutes_per_decision"].get<int>(), 1, 30);
    for (auto [key, into] : {std::pair<const char*, std::string*>{"player_name", &s.player_name},
                             {"player_contact", &s.player_contact}})
        if (j.contains(key) && j[key].is_string())
            *into = fd::clipped(j[key].get<std::string>(), fd::kPlayerNameLimit.max);
    return s;
}

void write_settings(const std::string& dir, const Settings& s) {
    write_json(dir, settings_file(dir), {{"show_modes", s.show_modes},
                                         {"text_scale", s.text_scale},
                                         {"workshop_modes", s.workshop_modes},
                                         {"teach_reveal", s.teach_reveal},
                                         {"timer_seconds", s.timer_seconds},
                                         {"minutes_per_decision", s.minutes_per_decision},
                                         {"intro_seen", s.intro_seen},
                                         {"reduced_motion", s.reduced_motion},
                                         {"dyslexic_font", s.dyslexic_font},
                                         {"high_contrast", s.high_contrast},
                                         {"self_voicing", s.self_voicing},
                                         {"player_name", s.player_name},
                                         {"player_contact", s.player_contact},
                                         {"language", s.language}});
}

SavedVotes read_votes(const std::string& dir, const std::string& script) {
    SavedVotes saved;
    std::vector<RoomVote>& out = saved.votes;
    json j = read_json(votes_file(dir));
    if (!j.is_object() || j.value("script", "") != script || !j["votes"].is_array()) return saved;
    if (j.contains("board") && j["board"].is_object()) {
        saved.where = j["board"].value("where", "");
        saved.board.counts = fd::vote_counts_from_json(j["board"].value("counts", json::object()));
    }
    out = fd::room_votes_from_json(j["votes"]);
    return saved;
}

void write_votes(const std::string& dir, const std::string& script, const SavedVotes& saved) {
    json arr = fd::room_votes_to_json(saved.votes);
    json board = {{"where", saved.where}, {"counts", fd::vote_counts_to_json(saved.board.counts)}};
    write_json(dir, votes_file(dir), {{"script", script}, {"votes", arr}, {"board", board}});
}

std::vector<std::string> read_plan(const std::string& dir, const std::string& script) {
    std::vector<std::string> out;
    json j = read_json(plan_file(dir));
    if (!j.is_object() || j.value("script", "") != script || !j["stages"].is_array()) return out;
    for (const json& id : j["stages"])
        if (id.is_string() && out.size() < 1000) out.push_back(id.get<std::string>());
    return out;
}

void write_plan(const std::string& dir, const std::string& script, const std::vector<std::string>& stages) {
    write_json(dir, plan_file(dir), {{"script", script}, {"stages", stages}});
}

}  // namespace fdg
