// The room server: HTTP (the phone page) and WebSocket (votes) on one I/O
// thread of its own (Boost.Beast on Asio). The game thread calls the methods
// below; none of them waits on the network. What happens in the room reaches
// the game as events (take_events) and a snapshot, and `on_change` is called
// from the I/O thread when there is something new, so the game can wake at
// once (the window pushes an SDL event from it; this library knows no SDL).
#pragma once
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "room_config.hpp"
#include "room_state.hpp"

namespace fd::room {

struct RoomError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct RoomEvent {
    enum Kind { Joined, Left, Voted } kind = Joined;
    long long decision = 0;
    int answer = -1;  // Voted
};

class RoomServer {
public:
    explicit RoomServer(RoomConfig config);
    ~RoomServer();  // stops the thread and closes every connection
    RoomServer(const RoomServer&) = delete;
    RoomServer& operator=(const RoomServer&) = delete;

    void on_change(std::function<void()> wake);  // before start(); called on the I/O thread
    void start();                                // binds and starts the thread; throws RoomError
    void stop();

    unsigned short port() const;   // the bound port (after start)
    std::string url() const;       // http://address:port/#CODE
    std::string code() const;
    std::size_t connections() const;  // open sockets, for tests and the bench

    void open_vote(RoomDecision d);
    void close_vote();
    void reveal(const RoomResult& r);
    void clear();
    void set_locked(bool on);
    // The phone page's words (the workshop's language changed): new pages get them, and open
    // phones on another language reload (their state says the language).
    void set_phone_text(const PhoneText& t);
    bool remove_device(const std::string& short_id);

    RoomSnapshot snapshot() const;
    std::vector<RoomEvent> take_events();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd::room
