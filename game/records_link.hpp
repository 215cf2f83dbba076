// The window's link to the learner records (engine/records): opens the records file
// beside the saves the first time a game starts, records the session after every
// move, runs the background sender when an LRS is configured, and keeps what the
// screens show (statements waiting, the last reason the LRS gave, the report).
// A records problem never stops the game: it is kept as text and shown.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "lrs_config.hpp"
#include "recorder.hpp"
#include "report.hpp"
#include "sender.hpp"

namespace fdg {

struct RecordsStatus {
    int waiting = 0, rejected = 0;
    bool lrs = false;        // an LRS is configured
    std::string lrs_name;    // its endpoint (never the credentials)
    std::string last_error;  // why statements are waiting, or a records problem
    std::vector<std::string> rejections;  // "statement id: the LRS's reason"
};

class RecordsLink {
public:
    RecordsLink(std::string db_path, std::string config_dir);
    ~RecordsLink();

    // A new attempt for this player; `contact` is an email (with an @) or an employee id.
    void begin(const fd::Session& s, const std::string& name, const std::string& contact, bool resume = false);
    void observe(const fd::Session& s);
    // The email or employee id `name` last played with here ("" when none): a game
    // continued from its save goes on under the same player.
    std::string remembered_contact(const std::string& name);
    void end() { recorder_.reset(); }
    void refresh(double now);  // re-reads the counts at most every 2 s
    void send_now();
    void load_report();        // the Records screen's table
    bool delete_player(long long player_id);
    // The Records screen's Delete: the first press arms it, the second (confirmed) deletes.
    void delete_request(long long player_id, bool confirmed);
    long long armed_delete() const { return armed_; }
    // Whose charts the Records screen shows: chosen there, else the player named on the
    // title screen (name and email or employee id), else the first.
    void select(long long player_id) { selected_ = player_id; }
    void select_identity(const std::string& name, const std::string& contact);
    const fd::PlayerReport* selected() const;

    const RecordsStatus& status() const { return status_; }
    const fd::RecordsReport& report() const { return report_; }
    const std::string& db_path() const { return db_path_; }

private:
    bool open();
    void read_status();
    std::string db_path_, config_dir_;
    fd::LrsConfig config_;
    std::unique_ptr<fd::Db> db_;
    std::unique_ptr<fd::Recorder> recorder_;
    std::unique_ptr<fd::SenderThread> sender_;
    RecordsStatus status_;
    fd::RecordsReport report_;
    double last_refresh_ = -10;
    long long armed_ = 0;
    long long selected_ = 0;
};

}  // namespace fdg
