// The manager's report, computed from the records with a few grouped queries (no
// network): per player completion, time on task, best-fit share per encounter and
// over time, the latest profile on the assertiveness x cooperativeness plane,
// outcomes; per group the table, the spread of profiles and the hardest decisions.
// report_text.cpp writes it as text and CSV, report_html.cpp as one HTML file.
// Encounters are keyed by id; their titles are shown in the report's language (the
// interface's catalog, ui_text.hpp), else the English the records keep. Labels are
// marked for translation; the CSV's column names stay English ids.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "records_store.hpp"

namespace fd {

struct Share {
    int best = 0, total = 0;
    double value() const { return total ? double(best) / total : 0.0; }
};

struct PlayerReport {
    Player player;
    int attempts = 0, completed = 0;
    int encounters_finished = 0, encounters_total = 0;  // distinct encounters / the longest story's stages
    double seconds = 0;                                 // time on task
    Share best_fit;
    std::map<std::string, Share> by_encounter;
    std::vector<double> over_time;  // best-fit share of each attempt, oldest first
    bool has_profile = false;
    double assertiveness = 0, cooperativeness = 0;  // the latest finished attempt's profile
    Profile profile;  // that profile whole: how often each mode was chosen, its mean on the plane
    std::map<std::string, int> outcomes;             // outcome -> encounters ending so
    long long money = 0;
    int reputation = 0;

    double completion() const {
        return encounters_total ? std::min(1.0, double(encounters_finished) / encounters_total) : 0.0;
    }
};

struct HardDecision {
    std::string encounter, beat;
    Share best_fit;
};

struct RecordsReport {
    std::string generated_at;
    std::vector<PlayerReport> players;  // by name
    std::vector<std::string> encounters;  // every encounter with a decision, sorted
    std::vector<HardDecision> hardest;    // lowest best-fit share first
    std::map<std::string, Share> by_encounter;
    // The spread of the players' profiles: their mean and standard deviation on each axis.
    int profiles = 0;
    double mean_a = 0, mean_c = 0, sd_a = 0, sd_c = 0;
    std::map<std::string, std::string> titles;  // encounter id -> its title to show

    // The encounter's title to show (its id when none was recorded).
    const std::string& title(const std::string& encounter) const;
};

// With the interface's catalog in use (set_ui_catalog) the titles are in its language.
RecordsReport build_report(Db& db, std::size_t hardest_count = 10);
// Each title in `catalog`'s language where it has one ("<encounter id>.title"), else English.
void translate_titles(RecordsReport& r, const i18n::Catalog& catalog);

std::string report_text(const RecordsReport& r);
std::string report_csv(const RecordsReport& r);
std::string report_html(const RecordsReport& r);

}  // namespace fd
