// The room's rules: who may join (code, lock, removed devices, lock-out after
// wrong codes), one vote per device per decision that can change until the
// facilitator closes it, and the messages that tell a phone where things stand.
#include "room_state.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

namespace fd::room {

namespace {

Verdict refuse(const std::string& code, const std::string& reason, bool close = false) {
    return Verdict{false, code, reason, close};
}

// The seconds go in the message too, so the phone can say them in the workshop's language.
Verdict locked_out(int seconds) {
    Verdict v = refuse("locked_out", "Too many wrong room codes. Try again in " + std::to_string(seconds) + " s.", true);
    v.seconds = seconds;
    return v;
}

std::string normal_code(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string random_room_code() {
    static const char kLetters[] = "ACDEFHJKMNPRTUVWXY3479";  // no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B
    std::random_device rd;
    std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof kLetters) - 2);
    std::string code;
    for (int i = 0; i < 4; ++i) code += kLetters[pick(rd)];
    return code;
}

std::string short_id(const std::string& device) {
    std::string s = normal_code(device.substr(0, 6));
    return s;
}

bool same_code(const std::string& a, const std::string& b) { return normal_code(a) == normal_code(b); }

Room::Room(std::string code, int wrong_codes, int lockout_ms)
    : code_(code.empty() ? random_room_code() : normal_code(code)), wrong_codes_(wrong_codes), lockout_ms_(lockout_ms) {}

Verdict Room::join(const std::string& address, const std::string& code, const std::string& device, Clock::time_point now) {
    Lockout& l = lockouts_[address];
    if (l.until > now) {
        auto s = std::chrono::duration_cast<std::chrono::seconds>(l.until - now).count() + 1;
        return locked_out(static_cast<int>(s));
    }
    if (l.wrong >= wrong_codes_) l.wrong = 0;  // the lock-out is over
    if (!same_code(code, code_)) {
        if (++l.wrong >= wrong_codes_) {
            l.until = now + std::chrono::milliseconds(lockout_ms_);
            return locked_out((lockout_ms_ + 999) / 1000);
        }
        return refuse("wrong_code", "That is not this room's code. Check the code on the screen.");
    }
    if (lockouts_.size() > 10000) lockouts_.clear();  // a bound, whatever the network sends
    if (removed_.count(device)) return refuse("removed", "The facilitator removed this phone from the room.", true);
    if (locked_ && !known_.count(device))  // a phone that was in before the lock comes back (a dropped Wi-Fi)
        return refuse("room_locked", "The room is locked: the facilitator is not taking new phones.", true);
    return {};
}

Verdict Room::vote(const std::string& device, long long decision, int answer, long long& seq) {
    if (removed_.count(device)) return refuse("removed", "The facilitator removed this phone from the room.", true);
    if (decision != decision_.id || decision_.id == 0) return refuse("closed", "That question is over; voting on it is closed.");
    if (!open_) return refuse("closed", "Voting on this question is closed.");
    if (answer < 0 || answer >= static_cast<int>(decision_.answers.size()))
        return refuse("bad_field", "There is no answer " + std::to_string(answer + 1) + ".");
    votes_[device] = answer;
    seq = ++seq_;
    return {};
}

void Room::connected(const std::string& device) {
    ++connections_[device];
    if (known_.size() < 100000) known_.emplace(device, ++joins_);
}

void Room::disconnected(const std::string& device) {
    auto it = connections_.find(device);
    if (it != connections_.end() && --it->second <= 0) connections_.erase(it);
}

void Room::open(RoomDecision d) {
    if (d.id != decision_.id) {
        put_away();
        auto it = earlier_.find(d.id);
        if (it != earlier_.end()) {
            votes_ = std::move(it->second);
            earlier_.erase(it);
        }
    }
    decision_ = std::move(d);
    if (decision_.answers.size() > 5) decision_.answers.resize(5);
    open_ = true;
    revealed_ = false;
    result_ = {};
}

// The votes of the decision leaving the phones are kept by its id (a bounded
// number of decisions, oldest first out: a workshop has a few dozen).
void Room::put_away() {
    if (decision_.id != 0 && !votes_.empty()) earlier_[decision_.id] = std::move(votes_);
    votes_.clear();
    while (earlier_.size() > 1000) earlier_.erase(earlier_.begin());
}

void Room::close() { open_ = false; }

void Room::reveal(const RoomResult& r) {
    open_ = false;
    revealed_ = true;
    result_ = r;
}

void Room::clear() {
    put_away();
    decision_ = {};
    open_ = false;
    revealed_ = false;
}

std::string Room::remove(const std::string& id) {
    for (const auto& [device, n] : connections_)
        if (short_id(device) == id) {
            std::string token = device;
            removed_.insert(token);
            votes_.erase(token);
            for (auto& [id, votes] : earlier_) votes.erase(token);
            return token;
        }
    return "";
}

std::string Room::state_for(const std::string& device) const {
    nlohmann::json j{{"type", "state"}, {"decision", decision_.id}, {"open", open_}, {"locked", locked_}, {"lang", lang_}};
    if (decision_.id != 0) {
        j["title"] = decision_.title;
        j["line"] = decision_.line;
        nlohmann::json answers = nlohmann::json::array();
        for (const auto& a : decision_.answers) answers.push_back({{"label", a.label}, {"text", a.text}});
        j["answers"] = answers;
        auto it = votes_.find(device);
        j["your_vote"] = it == votes_.end() ? -1 : it->second;
    }
    if (revealed_) j["result"] = {{"counts", result_.counts}, {"played", result_.played}};
    return j.dump();
}

// Built under the server's lock up to 20 times a second: no snapshot, no JSON tree.
std::string Room::tally() const {
    int devices = static_cast<int>(connections_.size());
    for (const auto& [device, answer] : votes_)
        if (!connections_.count(device)) ++devices;
    char buf[128];
    int n = std::snprintf(buf, sizeof buf, R"({"type":"tally","decision":%lld,"voted":%d,"devices":%d,"seq":%lld})",
                          decision_.id, static_cast<int>(votes_.size()), devices, seq_);
    return std::string(buf, static_cast<std::size_t>(std::max(0, n)));
}

RoomSnapshot Room::snapshot() const {
    RoomSnapshot s;
    s.code = code_;
    s.locked = locked_;
    s.decision = decision_.id;
    s.open = open_;
    s.seq = seq_;
    for (const auto& [device, answer] : votes_) ++s.counts[static_cast<std::size_t>(answer)];
    s.voted = static_cast<int>(votes_.size());
    s.devices = static_cast<int>(connections_.size());
    for (const auto& [device, answer] : votes_)
        if (!connections_.count(device)) ++s.devices;
    std::vector<std::pair<long long, std::string>> in_order;
    for (const auto& [device, n] : connections_) {
        auto k = known_.find(device);
        in_order.push_back({k == known_.end() ? joins_ + 1 : k->second, device});
    }
    std::sort(in_order.begin(), in_order.end());
    for (const auto& [at, device] : in_order) s.device_ids.push_back(short_id(device));
    return s;
}

}  // namespace fd::room
