// The room server against real clients on loopback (Beast's own WebSocket and
// plain TCP): joining, voting, and every kind of bad input the issue names.
// No timing thresholds: waits are bounded loops that only guard against hangs.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <nlohmann/json.hpp>

#include "file_text.hpp"
#include "lan_address.hpp"
#include "room_protocol.hpp"
#include "room_server.hpp"

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using nlohmann::json;
using namespace fd::room;

namespace {

RoomConfig test_config() {
    RoomConfig c;
    c.address = "127.0.0.1";
    c.port = 0;
    c.code = "K7Q2";
    c.assets_dir = std::string(FD_SOURCE_DIR) + "/assets";
    return c;
}

RoomDecision decision(long long id) {
    RoomDecision d;
    d.id = id;
    d.title = "The Wrong Size";
    d.line = "These shoes are the wrong size!";
    for (const char* t : {"Sorry.", "Let me see.", "Half back?", "Let's find one.", "Rules are rules."}) d.answers.push_back({"", t});
    return d;
}

// Waits (bounded: about 20 s at most, a guard against hangs only) until `ok()`.
template <class F>
bool eventually(F ok) {
    for (int i = 0; i < 2000; ++i) {
        if (ok()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return ok();
}

// One phone: a Beast WebSocket client whose every operation has a 20 s backstop.
struct Phone {
    net::io_context ioc;
    websocket::stream<beast::tcp_stream> ws{ioc};
    beast::error_code closed;  // why the last read failed

    explicit Phone(unsigned short port) {
        auto& s = beast::get_lowest_layer(ws);
        s.expires_after(std::chrono::seconds(20));
        s.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
        ws.handshake("127.0.0.1", "/ws");
    }
    void send(const std::string& text) {
        beast::get_lowest_layer(ws).expires_after(std::chrono::seconds(20));
        ws.text(true);
        ws.write(net::buffer(text));
    }
    // The next message, or null when the server closed the connection.
    json read() {
        beast::flat_buffer b;
        bool done = false;
        beast::get_lowest_layer(ws).expires_after(std::chrono::seconds(20));
        ws.async_read(b, [&](beast::error_code ec, std::size_t) {
            closed = ec;
            done = true;
        });
        ioc.restart();
        ioc.run();
        if (closed || !done) return nullptr;
        return json::parse(beast::buffers_to_string(b.data()));
    }
    // The next message of `type`, skipping others (tallies, pongs); bounded.
    json read_type(const std::string& type) {
        for (int i = 0; i < 200; ++i) {
            json m = read();
            if (m.is_null() || m["type"] == type) return m;
        }
        return nullptr;
    }
    json join(const std::string& code = "K7Q2", const std::string& device = "device-0001") {
        send(json{{"type", "join"}, {"code", code}, {"device", device}}.dump());
        for (int i = 0; i < 200; ++i) {  // the answer to the join, past any tally
            json m = read();
            if (m.is_null() || m["type"] == "state" || m["type"] == "error") return m;
        }
        return nullptr;
    }
};

struct LiveRoom {
    RoomServer server;
    explicit LiveRoom(RoomConfig c = test_config()) : server(std::move(c)) { server.start(); }
    unsigned short port() { return server.port(); }
};

// The raw reply to an HTTP GET, as text.
std::string http_get(unsigned short port, const std::string& target) {
    net::io_context ioc;
    beast::tcp_stream s(ioc);
    s.expires_after(std::chrono::seconds(20));
    s.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    http::request<http::empty_body> req(http::verb::get, target, 11);
    req.set(http::field::host, "127.0.0.1");
    http::write(s, req);
    beast::flat_buffer b;
    http::response<http::string_body> res;
    http::read(s, b, res);
    return std::to_string(res.result_int()) + " " + res.body();
}

// Reads from a raw socket until the server closes it; true when it did.
bool server_closes(tcp::socket& s) {
    char buf[256];
    for (int i = 0; i < 1000; ++i) {
        beast::error_code ec;
        s.read_some(net::buffer(buf), ec);
        if (ec) return ec == net::error::eof || ec == net::error::connection_reset;
    }
    return false;
}

}  // namespace

TEST_CASE("A phone that joins with the code gets the open question, and its vote is acknowledged and counted", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    Phone p(room.port());
    json state = p.join();
    REQUIRE(state["type"] == "state");
    CHECK(state["decision"] == 1);
    CHECK(state["open"] == true);
    CHECK(state["answers"].size() == 5);
    CHECK(state["answers"][3]["text"] == "Let's find one.");
    CHECK(state["your_vote"] == -1);
    p.send(R"({"type":"vote","decision":1,"answer":3})");
    json ack = p.read_type("ack");
    CHECK(ack["answer"] == 3);
    json tally = p.read_type("tally");
    CHECK(tally["voted"] == 1);
    CHECK_FALSE(tally.contains("counts"));  // no split before the reveal
    RoomSnapshot s = room.server.snapshot();
    CHECK(s.counts[3] == 1);
    CHECK(s.voted == 1);
    CHECK(s.devices == 1);
}

TEST_CASE("A changed vote replaces the earlier one: one vote per device per question, kept across a reconnect", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(2));
    {
        Phone p(room.port());
        p.join("k7q2", "device-abcdef");  // the code in any case
        p.send(R"({"type":"vote","decision":2,"answer":0})");
        p.read_type("ack");
        p.send(R"({"type":"vote","decision":2,"answer":4})");
        CHECK(p.read_type("ack")["answer"] == 4);
    }
    Phone again(room.port());
    json state = again.join("K7Q2", "device-abcdef");
    CHECK(state["your_vote"] == 4);
    RoomSnapshot s = room.server.snapshot();
    CHECK(s.voted == 1);
    CHECK(s.counts[4] == 1);
    CHECK(s.counts[0] == 0);
}

TEST_CASE("The game is told at once when a phone votes: the wake callback and a Voted event", "[room]") {
    RoomServer server(test_config());
    std::atomic<int> wakes{0};
    server.on_change([&] { ++wakes; });
    server.start();
    server.open_vote(decision(3));
    Phone p(server.port());
    p.join();
    p.send(R"({"type":"vote","decision":3,"answer":1})");
    p.read_type("ack");
    CHECK(wakes.load() >= 1);
    bool voted = false;
    REQUIRE(eventually([&] {
        for (const RoomEvent& e : server.take_events()) voted = voted || (e.kind == RoomEvent::Voted && e.answer == 1);
        return voted;
    }));
}

TEST_CASE("A wrong room code gets a clear message, and that phone cannot vote", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    Phone p(room.port());
    json err = p.join("ZZZZ");
    CHECK(err["type"] == "error");
    CHECK(err["code"] == "wrong_code");
    CHECK(err["reason"].get<std::string>().find("code") != std::string::npos);
    p.send(R"({"type":"vote","decision":1,"answer":1})");
    CHECK(p.read()["code"] == "not_joined");
    CHECK(room.server.snapshot().voted == 0);
}

TEST_CASE("Ten wrong codes from one address lock it out for a time, even with the right code", "[room]") {
    LiveRoom room;
    Phone p(room.port());
    for (int i = 0; i < 9; ++i) REQUIRE(p.join("WXYZ")["code"] == "wrong_code");
    json tenth = p.join("WXYZ");
    CHECK(tenth["code"] == "locked_out");
    CHECK(p.read_type("error").is_null());  // and the connection is closed
    Phone q(room.port());
    json right = q.join("K7Q2");
    CHECK(right["code"] == "locked_out");
    CHECK(right["reason"].get<std::string>().find("Try again in") != std::string::npos);
}

TEST_CASE("A message over 1 KB is refused with a reason and the connection closed", "[room]") {
    LiveRoom room;
    Phone p(room.port());
    p.join();
    p.send(R"({"type":"ping","pad":")" + std::string(1100, 'x') + "\"}");
    json err = p.read_type("error");
    CHECK(err["code"] == "too_big");
    CHECK(p.read_type("error").is_null());
    CHECK(p.ws.reason().code == websocket::close_code::too_big);
    // Far over the limit, Beast refuses it before it is read whole.
    Phone q(room.port());
    q.join();
    beast::error_code ec;  // the server may close while this is still being written
    q.ws.write(net::buffer(std::string(100000, 'x')), ec);
    CHECK(q.read().is_null());
}

TEST_CASE("Malformed JSON and unknown fields are refused with a reason, and the connection is kept", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    Phone p(room.port());
    p.join();
    p.send("{not json");
    json a = p.read_type("error");
    CHECK(a["code"] == "malformed");
    p.send(R"({"type":"vote","decision":1,"answer":2,"weight":100})");
    json b = p.read_type("error");
    CHECK(b["code"] == "unknown_field");
    CHECK(b["reason"].get<std::string>().find("weight") != std::string::npos);
    p.send(R"({"type":"vote","decision":1,"answer":7})");
    CHECK(p.read_type("error")["code"] == "bad_field");
    p.send(R"({"type":"ping"})");
    CHECK(p.read_type("pong")["type"] == "pong");  // still connected
    CHECK(room.server.snapshot().voted == 0);
}

TEST_CASE("A vote for a closed or past question is refused with a reason", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(5));
    Phone p(room.port());
    p.join();
    room.server.close_vote();
    CHECK(p.read_type("state")["open"] == false);
    p.send(R"({"type":"vote","decision":5,"answer":1})");
    CHECK(p.read_type("error")["code"] == "closed");
    room.server.open_vote(decision(6));
    p.send(R"({"type":"vote","decision":5,"answer":1})");
    CHECK(p.read_type("error")["code"] == "closed");
    CHECK(room.server.snapshot().voted == 0);
}

TEST_CASE("After the reveal every phone is told what the room chose", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(8));
    Phone p(room.port());
    p.join();
    RoomResult r;
    r.counts = {1, 0, 4, 2, 0};
    r.played = 2;
    room.server.reveal(r);
    json s = p.read_type("state");
    CHECK(s["open"] == false);
    CHECK(s["result"]["played"] == 2);
    CHECK(s["result"]["counts"][2] == 4);
}

TEST_CASE("More than 20 messages a second from one connection are throttled, and the extra ones ignored", "[room]") {
    LiveRoom room;
    Phone p(room.port());
    p.join();
    // 200 pings sent back to back: only if sending them took over 9 s could none be throttled.
    for (int i = 0; i < 200; ++i) p.send(R"({"type":"ping"})");
    int pongs = 0, throttled = 0;
    for (int i = 0; i < 200 && pongs < 200 && throttled == 0; ++i) {
        json m = p.read();
        if (m.is_null()) break;
        if (m["type"] == "pong") ++pongs;
        if (m.value("code", "") == "throttled") ++throttled;
    }
    CHECK(throttled >= 1);
    CHECK(pongs < 200);
}

TEST_CASE("Beyond the connection cap a phone gets a clear room-full page", "[room]") {
    RoomConfig c = test_config();
    c.max_connections = 3;
    LiveRoom room(c);
    Phone a(room.port()), b(room.port()), d(room.port());
    REQUIRE(eventually([&] { return room.server.connections() == 3; }));
    std::string reply = http_get(room.port(), "/");
    CHECK(reply.rfind("503 ", 0) == 0);
    CHECK(reply.find("room is full") != std::string::npos);
}

TEST_CASE("The phone page is served from the assets, and anything else is not found", "[room]") {
    LiveRoom room;
    std::string page = http_get(room.port(), "/");
    CHECK(page.rfind("200 ", 0) == 0);
    CHECK(page.find("aria-live") != std::string::npos);
    CHECK(http_get(room.port(), "/phone.js").rfind("200 ", 0) == 0);
    CHECK(http_get(room.port(), "/../../etc/passwd").rfind("404 ", 0) == 0);
}

TEST_CASE("A connection that sends nothing, or half a request, is closed after the handshake time", "[room]") {
    RoomConfig c = test_config();
    c.handshake_ms = 300;
    LiveRoom room(c);
    net::io_context ioc;
    tcp::socket idle(ioc), half(ioc);
    idle.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), room.port()));
    half.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), room.port()));
    net::write(half, net::buffer(std::string("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")));
    CHECK(server_closes(idle));
    CHECK(server_closes(half));
    CHECK(eventually([&] { return room.server.connections() == 0; }));
}

TEST_CASE("A phone that stops answering is dropped after the idle time", "[room]") {
    RoomConfig c = test_config();
    c.idle_ms = 300;
    LiveRoom room(c);
    Phone p(room.port());
    p.join();
    CHECK(room.server.snapshot().devices == 1);
    // The client reads nothing from here on, so it answers no ping.
    CHECK(eventually([&] { return room.server.connections() == 0; }));
    CHECK(room.server.snapshot().devices == 0);
}

TEST_CASE("A client that disappears mid-message costs nothing, and the others still vote", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    {
        net::io_context ioc;
        tcp::socket s(ioc);
        s.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), room.port()));
        std::string upgrade =
            "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        net::write(s, net::buffer(upgrade));
        char buf[512];
        s.read_some(net::buffer(buf));
        // A masked text frame that says 500 bytes follow; 3 are sent, then the client is gone.
        const unsigned char frame[] = {0x81, 0xFE, 0x01, 0xF4, 1, 2, 3, 4, 'a', 'b', 'c'};
        net::write(s, net::buffer(frame, sizeof frame));
        REQUIRE(eventually([&] { return room.server.connections() == 1; }));
    }
    CHECK(eventually([&] { return room.server.connections() == 0; }));
    Phone p(room.port());
    p.join();
    p.send(R"({"type":"vote","decision":1,"answer":2})");
    CHECK(p.read_type("ack")["answer"] == 2);
}

TEST_CASE("A locked room takes no new phones, and a removed phone cannot come back", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    Phone a(room.port());
    a.join("K7Q2", "phone-aaaaaa");
    room.server.set_locked(true);
    Phone b(room.port());
    CHECK(b.join("K7Q2", "phone-bbbbbb")["code"] == "room_locked");
    Phone a2(room.port());
    CHECK(a2.join("K7Q2", "phone-aaaaaa")["type"] == "state");  // a phone already in may reconnect
    REQUIRE(room.server.remove_device(short_id("phone-aaaaaa")));
    CHECK(a.read_type("error")["code"] == "removed");
    Phone a3(room.port());
    CHECK(a3.join("K7Q2", "phone-aaaaaa")["code"] == "removed");
}

TEST_CASE("A phone in the room before it was locked comes back after its Wi-Fi dropped", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    {
        Phone a(room.port());
        a.join("K7Q2", "phone-aaaaaa");
        room.server.set_locked(true);
    }  // its connection is gone, and it had not voted yet
    REQUIRE(eventually([&] { return room.server.snapshot().devices == 0; }));
    Phone again(room.port());
    CHECK(again.join("K7Q2", "phone-aaaaaa")["type"] == "state");
    Phone stranger(room.port());
    CHECK(stranger.join("K7Q2", "phone-bbbbbb")["code"] == "room_locked");
}

TEST_CASE("Room messages are parsed strictly: a type, known fields, answers 0 to 4, device tokens", "[room]") {
    CHECK(parse_client_message(R"({"type":"join","code":"AB","device":"12345678"})").ok);
    CHECK_FALSE(parse_client_message(R"({"type":"join","code":"AB","device":"1234"})").ok);
    CHECK_FALSE(parse_client_message(R"({"type":"join","code":"AB","device":"12345678<script>"})").ok);
    CHECK(parse_client_message(R"([1,2])").code == "malformed");
    CHECK(parse_client_message(R"({"type":"vote","decision":1,"answer":-1})").code == "bad_field");
    CHECK(parse_client_message(R"({"type":"vote","decision":"1","answer":1})").code == "bad_field");
    CHECK(parse_client_message(R"({"type":"dance"})").code == "unknown_type");
}

TEST_CASE("The room listens on a private LAN address by default, never on all interfaces", "[room]") {
    std::vector<LanAddress> all = {{"lo", "127.0.0.1", false, true},
                                   {"docker0", "8.8.4.4", false, false},
                                   {"wlan0", "192.168.1.23", true, false}};
    CHECK(default_room_address(all) == "192.168.1.23");
    CHECK(default_room_address({{"lo", "127.0.0.1", false, true}}) == "127.0.0.1");
    CHECK(is_private_ipv4("10.1.2.3"));
    CHECK(is_private_ipv4("172.20.0.1"));
    CHECK_FALSE(is_private_ipv4("172.32.0.1"));
    CHECK_FALSE(is_private_ipv4("0.0.0.0"));
    for (const LanAddress& a : lan_addresses()) CHECK(a.address != "0.0.0.0");
}

TEST_CASE("Going back to a question reopens it with its votes, and a new question starts empty", "[room]") {
    LiveRoom room;
    room.server.open_vote(decision(1));
    Phone p(room.port());
    p.join();
    p.send(R"({"type":"vote","decision":1,"answer":2})");
    p.read_type("ack");
    room.server.close_vote();
    room.server.open_vote(decision(1));
    CHECK(room.server.snapshot().voted == 1);
    CHECK(p.read_type("state")["your_vote"] == 2);
    room.server.open_vote(decision(2));
    CHECK(room.server.snapshot().voted == 0);
}

TEST_CASE("Going back several questions and forward again keeps every phone's vote on every question", "[room]") {
    LiveRoom room;
    Phone a(room.port()), b(room.port());
    a.join("K7Q2", "device-000a");
    b.join("K7Q2", "device-000b");
    // Three questions, each voted on by both phones.
    for (long long id = 1; id <= 3; ++id) {
        room.server.open_vote(decision(id));
        a.read_type("state");
        b.read_type("state");
        a.send(json{{"type", "vote"}, {"decision", id}, {"answer", static_cast<int>(id)}}.dump());
        b.send(json{{"type", "vote"}, {"decision", id}, {"answer", 4}}.dump());
        a.read_type("ack");
        b.read_type("ack");
        room.server.reveal({});
    }
    // Back two questions (PageUp, PageUp): the first is open again with both votes.
    room.server.open_vote(decision(2));
    room.server.open_vote(decision(1));
    RoomSnapshot s = room.server.snapshot();
    CHECK(s.open);
    CHECK(s.voted == 2);
    CHECK(s.counts[1] == 1);
    CHECK(s.counts[4] == 1);
    json st = a.read_type("state");
    for (int i = 0; i < 10 && st["decision"] != 1; ++i) st = a.read_type("state");  // the reveals and question 2 first
    CHECK(st["your_vote"] == 1);
    // A phone changes its mind on the question it went back to; forward again, the others are as they were.
    a.send(R"({"type":"vote","decision":1,"answer":0})");
    a.read_type("ack");
    room.server.open_vote(decision(2));
    CHECK(room.server.snapshot().counts[2] == 1);
    room.server.open_vote(decision(3));
    CHECK(room.server.snapshot().counts[3] == 1);
    CHECK(room.server.snapshot().voted == 2);
    room.server.open_vote(decision(1));
    CHECK(room.server.snapshot().counts[0] == 1);
    CHECK(room.server.snapshot().counts[1] == 0);
}

TEST_CASE("The phone page is under 50 KB and loads nothing from anywhere else", "[room]") {
    std::size_t total = 0;
    for (const char* name : {"index.html", "phone.css", "phone.js"}) {
        fd::FileText f = fd::read_file(std::string(FD_SOURCE_DIR) + "/assets/phone/" + name, 1 << 20);
        REQUIRE(f.ok);
        total += f.text.size();
        INFO(name);
        CHECK(f.text.find("http://") == std::string::npos);
        CHECK(f.text.find("https://") == std::string::npos);
        CHECK(f.text.find("//cdn") == std::string::npos);
    }
    CHECK(total < 50 * 1024);
}

TEST_CASE("The phone page comes in the workshop's language: its lang, its words, and the room-full page", "[room]") {
    RoomConfig c = test_config();
    c.max_connections = 1;
    c.phone_text.lang = "es_ES.UTF-8";
    c.phone_text.text = {{"join", "Entrar"}, {"full_heading", "La sala est\u00e1 llena"}, {"ask", "</script><b>"}};
    LiveRoom room(c);
    std::string page = http_get(room.port(), "/");
    CHECK(page.find("<html lang=\"es-ES\">") != std::string::npos);
    CHECK(page.find("\"join\":\"Entrar\"") != std::string::npos);
    CHECK(page.find("</script><b>") == std::string::npos);  // words cannot end the script that holds them
    REQUIRE(eventually([&] { return room.server.connections() == 0; }));  // the page's connection is gone
    Phone a(room.port());
    CHECK(a.join()["lang"] == "es-ES");  // the phones are told the language
    REQUIRE(eventually([&] { return room.server.connections() == 1; }));
    CHECK(http_get(room.port(), "/").find("La sala est\u00e1 llena") != std::string::npos);
}

TEST_CASE("A changed workshop language reaches new pages and the phones already in the room", "[room]") {
    LiveRoom room;
    Phone a(room.port());
    CHECK(a.join()["lang"] == "en");
    PhoneText es;
    es.lang = "es";
    es.text = {{"join", "Entrar"}};
    room.server.set_phone_text(es);
    CHECK(a.read_type("state")["lang"] == "es");
    std::string page = http_get(room.port(), "/");
    CHECK(page.find("<html lang=\"es\">") != std::string::npos);
    CHECK(page.find("Entrar") != std::string::npos);
}

TEST_CASE("A lock-out says how many seconds it lasts, so the phone can say it in any language", "[room]") {
    RoomConfig c = test_config();
    c.wrong_codes = 2;
    LiveRoom room(c);
    Phone p(room.port());
    REQUIRE(p.join("WXYZ")["code"] == "wrong_code");
    json locked = p.join("WXYZ");
    CHECK(locked["code"] == "locked_out");
    CHECK(locked["seconds"] == 60);
}

TEST_CASE("The projector lists phones in the order they joined, so a phone's number stays as others join", "[room]") {
    Room r("K7Q2", 10, 60000);
    for (const char* device : {"zzzz-0001", "aaaa-0002", "mmmm-0003"}) {
        REQUIRE(r.join("10.0.0.2", "K7Q2", device, Clock::now()).ok);
        r.connected(device);
    }
    CHECK(r.snapshot().device_ids == std::vector<std::string>{"ZZZZ-0", "AAAA-0", "MMMM-0"});
    CHECK(short_id("zzzz-0001") == "ZZZZ-0");  // what the phone shows as "This phone: ..."
}
