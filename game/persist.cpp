// settings.json and the room's votes beside the saves: read leniently, written atomically.
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
    if (j.contains("reduced_motion") && j["reduced_motion"].is_boolean()) s.reduced_motion = j["reduced_motion"];
    if (j.contains("dyslexic_font") && j["dyslexic_font"].is_boolean()) s.dyslexic_font = j["dyslexic_font"];
    if (j.contains("high_contrast") && j["high_contrast"].is_boolean()) s.high_contrast = j["high_contrast"];
    if (j.contains("text_scale") && j["text_scale"].is_number()) {
        float f = j["text_scale"];
        if (f >= 0.5f && f <= 3.0f) s.text_scale = f;
    }
    return s;
}

void write_settings(const std::string& dir, const Settings& s) {
    write_json(dir, settings_file(dir), {{"show_modes", s.show_modes}, {"text_scale", s.text_scale}, {"reduced_motion", s.reduced_motion},
                                                      {"dyslexic_font", s.dyslexic_font}, {"high_contrast", s.high_contrast}});
}

namespace {

json counts_json(const std::array<int, 5>& counts) {
    json out = json::object();
    for (fd::Mode m : fd::kAllModes) out[fd::mode_name(m)] = counts[static_cast<std::size_t>(fd::mode_index(m))];
    return out;
}

std::array<int, 5> counts_from(const json& j) {
    std::array<int, 5> out{};
    if (!j.is_object()) return out;
    for (fd::Mode m : fd::kAllModes) {
        const auto& v = j.value(fd::mode_name(m), json(0));
        if (v.is_number_integer()) out[static_cast<std::size_t>(fd::mode_index(m))] = std::max(0, v.get<int>());
    }
    return out;
}

}  // namespace

SavedVotes read_votes(const std::string& dir, const std::string& script) {
    SavedVotes saved;
    std::vector<RoomVote>& out = saved.votes;
    json j = read_json(votes_file(dir));
    if (!j.is_object() || j.value("script", "") != script || !j["votes"].is_array()) return saved;
    if (j.contains("board") && j["board"].is_object()) {
        saved.where = j["board"].value("where", "");
        saved.board.counts = counts_from(j["board"].value("counts", json::object()));
    }
    for (const auto& v : j["votes"]) {
        try {
            RoomVote r;
            r.log_index = v.at("log_index").get<std::size_t>();
            r.stage = v.at("stage").get<std::string>();
            r.beat = v.at("beat").get<std::string>();
            auto played = fd::parse_mode(v.at("played").get<std::string>());
            if (!played) continue;
            r.played = *played;
            r.overridden = v.value("overridden", false);
            r.tie = v.value("tie", false);
            r.counts = counts_from(v.at("counts"));
            out.push_back(std::move(r));
        } catch (const json::exception&) {
            // A hand-edited or damaged entry: skip it, keep the rest.
        }
    }
    return saved;
}

void write_votes(const std::string& dir, const std::string& script, const SavedVotes& saved) {
    json arr = json::array();
    for (const auto& r : saved.votes)
        arr.push_back({{"log_index", r.log_index},
                       {"stage", r.stage},
                       {"beat", r.beat},
                       {"counts", counts_json(r.counts)},
                       {"played", fd::mode_name(r.played)},
                       {"overridden", r.overridden},
                       {"tie", r.tie}});
    json board = {{"where", saved.where}, {"counts", counts_json(saved.board.counts)}};
    write_json(dir, votes_file(dir), {{"script", script}, {"votes", arr}, {"board", board}});
}

}  // namespace fdg
