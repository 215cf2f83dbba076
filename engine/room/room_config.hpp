// The room server's settings: where it listens, the room code, and the limits
// that keep a room of phones (or a hostile client) from hurting the game.
#pragma once
#include <cstddef>
#include <map>
#include <string>

namespace fd::room {

// The phone page's words in the workshop's language: the game fills this from its
// catalog (game/room_link_text.cpp); the page falls back to its own English for a
// key that is missing. Keys are those of TEXT_EN in assets/phone/phone.js, plus
// the "room full" and "not found" pages' (full_*, nothere_*).
struct PhoneText {
    std::string lang = "en";                  // the page's lang attribute
    std::map<std::string, std::string> text;  // key -> words; "{n}"-style placeholders
};

constexpr unsigned short kDefaultPort = 8470;  // documented in the README for firewalls

struct RoomConfig {
    std::string address = "127.0.0.1";  // the LAN address to listen on (see lan_address.hpp)
    unsigned short port = kDefaultPort;  // 0: any free port (tests)
    std::string code;                    // the room code; empty: a random one
    std::string assets_dir;              // holds phone/index.html, phone/phone.css, phone/phone.js
    std::size_t max_connections = 1000;  // beyond this, "room full"
    std::size_t max_message = 1024;      // bytes in one WebSocket message
    int messages_per_second = 20;        // per connection; more are dropped with a warning
    int wrong_codes = 10;                // wrong room codes from one address before the lock-out
    int lockout_ms = 60'000;             // how long that address is locked out
    int handshake_ms = 10'000;           // to send a whole HTTP request or WebSocket upgrade
    int idle_ms = 30'000;                // a WebSocket with no traffic (pings answered count) is closed
    int tally_ms = 50;                   // tallies to phones are coalesced: at most one per this
    PhoneText phone_text;                // empty: the page's English
};

}  // namespace fd::room
