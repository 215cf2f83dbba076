// The room itself, apart from the network: the code, the devices that joined,
// the decision on the phones and each device's vote on it, the lock, and the
// addresses locked out for wrong codes. Not thread-safe: the server guards it.
#pragma once
#include <array>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fd::room {

using Clock = std::chrono::steady_clock;

struct RoomAnswer {
    std::string label;  // the mode's label when the workshop shows them, else ""
    std::string text;   // the answer's full words
};

struct RoomDecision {
    long long id = 0;  // new for every decision the room votes on
    std::string title, line;  // the encounter, the customer's words
    std::vector<RoomAnswer> answers;  // in the order on the projector (at most 5)
};

struct RoomResult {
    std::array<int, 5> counts{};  // by answer index: the phones' votes and the hands added
    int played = -1;              // the answer played
};

struct RoomSnapshot {
    std::string code;
    bool locked = false;
    long long decision = 0;  // 0: none on the phones
    bool open = false;       // votes accepted
    std::array<int, 5> counts{};  // the phones' votes by answer index
    int voted = 0;                // devices that voted on the decision
    int devices = 0;              // devices connected now, or that voted on the decision
    std::vector<std::string> device_ids;  // short ids, for "remove one", in the order they joined
    long long seq = 0;            // votes accepted so far (any decision)
};

struct Verdict {
    bool ok = true;
    std::string code, reason;  // when not ok
    bool close = false;        // the connection should end
    int seconds = 0;           // locked_out: how long before trying again
};

class Room {
public:
    Room(std::string code, int wrong_codes, int lockout_ms);

    Verdict join(const std::string& address, const std::string& code, const std::string& device, Clock::time_point now);
    Verdict vote(const std::string& device, long long decision, int answer, long long& seq);
    void connected(const std::string& device);
    void disconnected(const std::string& device);

    // A decision opened again (the same id: the facilitator went back to it,
    // one step or many) is open for voting again with its votes as they were;
    // the votes of every decision the room saw are kept until clear_all().
    void open(RoomDecision d);
    void close();
    void reveal(const RoomResult& r);
    void clear();  // nothing on the phones (its votes are kept, as for open)
    void set_locked(bool on) { locked_ = on; }
    void set_lang(std::string lang) { lang_ = std::move(lang); }  // told to the phones in "state"
    std::string remove(const std::string& short_id);  // the removed device's token, or ""

    std::string state_for(const std::string& device) const;  // the "state" message for one phone
    std::string tally() const;                               // the "tally" message
    RoomSnapshot snapshot() const;
    const std::string& code() const { return code_; }
    bool removed(const std::string& device) const { return removed_.count(device) > 0; }

private:
    struct Lockout {
        int wrong = 0;
        Clock::time_point until{};
    };
    void put_away();  // the current decision's votes into earlier_
    std::string code_;
    int wrong_codes_, lockout_ms_;
    bool locked_ = false;
    std::string lang_ = "en";
    std::map<std::string, int> connections_;  // device -> open connections
    std::set<std::string> removed_;
    // Every device that joined (back in a locked room), with when it first did: the
    // projector lists phones in that order, so a phone's number stays as others join.
    std::map<std::string, long long> known_;
    long long joins_ = 0;
    std::map<std::string, Lockout> lockouts_;  // by address
    RoomDecision decision_;
    bool open_ = false;
    bool revealed_ = false;
    RoomResult result_;
    std::map<std::string, int> votes_;  // device -> answer, for decision_
    std::map<long long, std::map<std::string, int>> earlier_;  // the same, for decisions no longer on the phones
    long long seq_ = 0;
};

std::string random_room_code();   // 4 characters nobody misreads across a room
std::string short_id(const std::string& device);
bool same_code(const std::string& a, const std::string& b);  // ignores case and spaces

}  // namespace fd::room
