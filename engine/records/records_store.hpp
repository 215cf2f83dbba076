// Writing and reading the learner records: players, attempts, each encounter's start
// and outcome, each decision, the profile at the end. The caller holds the transaction
// (see Recorder), so one move of play is one commit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "profile.hpp"
#include "records_db.hpp"

namespace fd {

struct Player {
    long long id = 0;
    std::string name, email, employee_id;
    std::string label() const;  // "Ana (ana@example.com)"
};

// Titles are the story's English (the source of a translation): records hold no text
// in the language played, only `language`, its code ("en" for English).
struct AttemptStart {
    std::string registration, story_id, story_title, at;
    bool is_campaign = false;
    int stages_total = 1;
    std::string language = "en";
};

struct EncounterStart {
    int seq = 0;
    std::string stage, encounter, title, at;
};

struct EncounterEnd {
    int seq = 0;
    std::string ending, outcome, at;
    long long money = 0;
    int reputation = 0;
    double seconds = 0;
};

struct DecisionRecord {
    int seq = 0;
    std::string stage, encounter, beat, mode, answer, at;
    int fit = 0, best_fit = 0;
    double seconds = 0;
    int trust_before = 0, trust_after = 0, wall_before = 0, wall_after = 0;
    std::string mood;              // the customer's, before the answer
    std::string situation = "{}";  // JSON: sector, place and the beat's attributes (English), kept once
};

struct AttemptSummary {
    long long id = 0;
    std::string registration, story_id, story_title, started_at, finished_at;
    bool completed = false;
    int stages_total = 0, encounters_finished = 0, decisions = 0, best_fit = 0;
    double seconds = 0;
};

// Where an unfinished attempt stopped: a game continued from its save goes on in it.
struct UnfinishedAttempt {
    long long id = 0;
    std::string registration;
    int decisions = 0, encounters = 0;
    bool encounter_open = false;  // the last encounter has no outcome yet
    EncounterStart last;          // that encounter
};

// A profile as the profiles table keeps it (counts as a JSON object by mode name).
Profile profile_from_row(const std::string& counts, int decisions, int best_fit_choices, double assertiveness,
                         double cooperativeness);

class RecordsStore {
public:
    explicit RecordsStore(Db& db) : db_(db) {}
    Db& db() { return db_; }

    // Finds the player with this name, email and employee id, or adds them.
    Player player(const std::string& name, const std::string& email = "", const std::string& employee_id = "");
    std::vector<Player> players();
    // The player's attempts, oldest first.
    std::vector<AttemptSummary> attempts_of(long long player_id);
    std::vector<DecisionRecord> decisions_of(long long attempt_id);
    // The player's latest unfinished attempt at this story, if any.
    std::optional<UnfinishedAttempt> unfinished_attempt(long long player_id, const std::string& story_id);
    // Removes the player and everything recorded of them, statements not yet sent
    // included; returns the number of attempts removed.
    int delete_player(long long player_id);

    long long start_attempt(long long player_id, const AttemptStart& a);
    void start_encounter(long long attempt_id, const EncounterStart& e);
    void finish_encounter(long long attempt_id, const EncounterEnd& e);
    void add_decision(long long attempt_id, const DecisionRecord& d);
    void finish_attempt(long long attempt_id, const std::string& at, double seconds, bool completed,
                        const Profile& profile, long long money = 0, int reputation = 0);
    // The profile recorded at the end of the attempt, if it has ended.
    std::optional<Profile> profile_of(long long attempt_id);
    std::optional<DecisionRecord> decision(long long attempt_id, int seq);

private:
    long long situation_id(const std::string& json);
    Db& db_;
};

}  // namespace fd
