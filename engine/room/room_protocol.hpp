// The messages between a phone and the room server: JSON text over WebSocket.
// Parsing checks every field (unknown ones are an error) and says why a
// message is refused; building gives the server's replies as text.
//
// Phone -> server:
//   {"type":"join","code":"K7Q2","device":"<8-64 of A-Za-z0-9_->"}
//   {"type":"vote","decision":3,"answer":1}      answer: index into the decision's answers
//   {"type":"ping"}
// Server -> phone:
//   {"type":"state", ...}     the current decision (or none), the phone's own vote, the result
//   {"type":"ack","decision":3,"answer":1,"seq":17}
//   {"type":"tally","decision":3,"voted":12,"devices":25,"seq":17}   no split before the reveal
//   {"type":"error","code":"wrong_code","reason":"..."}   the phone words it by its code; "seconds" for locked_out
#pragma once
#include <string>

namespace fd::room {

struct ClientMessage {
    enum Kind { Join, Vote, Ping } kind = Ping;
    std::string code, device;  // join
    long long decision = 0;    // vote
    int answer = -1;           // vote
};

struct Parsed {
    bool ok = false;
    ClientMessage msg;
    std::string code;    // when not ok: "malformed", "unknown_field", "bad_field", "unknown_type"
    std::string reason;  // in words, for the phone's status line
};

Parsed parse_client_message(const std::string& text);

// {"type":"error","code":code,"reason":reason}, and "seconds" when over 0 (a lock-out's length)
std::string error_message(const std::string& code, const std::string& reason, int seconds = 0);

bool valid_device_token(const std::string& device);

}  // namespace fd::room
