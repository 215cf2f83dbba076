// The window's records link of records_link.hpp.
#include "records_link.hpp"

#include <filesystem>

#include "outbox.hpp"
#include "ui_text.hpp"

namespace fdg {

RecordsLink::RecordsLink(std::string db_path, std::string config_dir)
    : db_path_(std::move(db_path)), config_dir_(std::move(config_dir)) {}

RecordsLink::~RecordsLink() {
    recorder_.reset();
    if (sender_) sender_->stop();
}

bool RecordsLink::open() {
    if (db_) return true;
    try {
        config_ = fd::read_lrs_config(config_dir_);
        db_ = std::make_unique<fd::Db>(db_path_);
        status_.lrs = config_.configured();
        status_.lrs_name = config_.describe();
        if (config_.configured()) {
            fd::LrsConfig c = config_;
            sender_ = std::make_unique<fd::SenderThread>(db_path_, c.batch_size, [c] { return fd::make_http_transport(c); }, c);
        }
        return true;
    } catch (const fd::RecordsError& e) {
        status_.last_error = fd::format_text(fd::tr("Records are not being kept: {error}"), {{"error", e.what()}});
        db_.reset();
        return false;
    }
}

void RecordsLink::begin(const fd::Session& s, const std::string& name, const std::string& contact, bool resume) {
    recorder_.reset();
    if (!open()) return;
    bool email = contact.find('@') != std::string::npos;
    try {
        fd::Player p = fd::RecordsStore(*db_).player(name, email ? contact : "", email ? "" : contact);
        recorder_ = std::make_unique<fd::Recorder>(*db_, p, config_, s, fd::system_seconds, resume);
        if (sender_) recorder_->on_queued([this] { sender_->wake(); });
    } catch (const fd::RecordsError& e) {
        status_.last_error = fd::format_text(fd::tr("Records are not being kept: {error}"), {{"error", e.what()}});
    }
}

std::string RecordsLink::remembered_contact(const std::string& name) {
    std::error_code ec;
    if (!db_ && !std::filesystem::exists(db_path_, ec)) return "";
    if (!open()) return "";
    try {
        fd::Stmt s(*db_,
                   "SELECT p.email, p.employee_id FROM players p JOIN attempts a ON a.player_id=p.id "
                   "WHERE p.name=?1 ORDER BY a.started_at DESC, a.id DESC LIMIT 1");
        s.bind(1, name);
        if (s.step()) return !s.text(0).empty() ? s.text(0) : s.text(1);
    } catch (const fd::RecordsError& e) {
        status_.last_error = e.what();
    }
    return "";
}

void RecordsLink::observe(const fd::Session& s) {
    if (!recorder_) return;
    try {
        recorder_->observe(s);
    } catch (const fd::RecordsError& e) {
        status_.last_error = fd::format_text(fd::tr("This move was not recorded: {error}"), {{"error", e.what()}});
    }
}

void RecordsLink::read_status() {
    fd::Outbox box(*db_);
    fd::OutboxCounts c = box.counts();
    status_.waiting = c.waiting;
    status_.rejected = c.rejected;
    if (!c.last_error.empty()) status_.last_error = c.last_error;
    else if (c.waiting == 0) status_.last_error.clear();
    status_.rejections.clear();
    for (const auto& r : box.rejected()) status_.rejections.push_back(r.statement_id + ": " + r.last_error);
}

void RecordsLink::refresh(double now) {
    if (!db_ || now - last_refresh_ < 2.0) return;
    last_refresh_ = now;
    try {
        read_status();
    } catch (const fd::RecordsError& e) {
        status_.last_error = e.what();
    }
}

void RecordsLink::send_now() {
    if (!open()) return;
    try {
        fd::Outbox(*db_).make_all_due();
    } catch (const fd::RecordsError& e) {
        status_.last_error = e.what();
    }
    if (sender_) sender_->wake();
    last_refresh_ = -10;
}

void RecordsLink::load_report() {
    if (!open()) return;
    try {
        report_ = fd::build_report(*db_);
        read_status();
    } catch (const fd::RecordsError& e) {
        status_.last_error = e.what();
    }
}

void RecordsLink::delete_request(long long player_id, bool confirmed) {
    if (!confirmed || armed_ != player_id) {
        armed_ = player_id;
        return;
    }
    armed_ = 0;
    delete_player(player_id);
}

bool RecordsLink::delete_player(long long player_id) {
    if (!open()) return false;
    try {
        recorder_.reset();  // the attempt being recorded may be among them
        fd::RecordsStore(*db_).delete_player(player_id);
        load_report();
        return true;
    } catch (const fd::RecordsError& e) {
        status_.last_error = e.what();
        return false;
    }
}

void RecordsLink::select_identity(const std::string& name, const std::string& contact) {
    for (const auto& p : report_.players)
        if (p.player.name == name && (p.player.email == contact || p.player.employee_id == contact)) {
            selected_ = p.player.id;
            return;
        }
}

const fd::PlayerReport* RecordsLink::selected() const {
    for (const auto& p : report_.players)
        if (p.player.id == selected_) return &p;
    return report_.players.empty() ? nullptr : &report_.players.front();
}

}  // namespace fdg
