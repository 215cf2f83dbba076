// The room server on Boost.Beast: an acceptor, HTTP sessions that serve the
// phone page (or "room full"), and WebSocket sessions that join and vote. All
// of it runs on one I/O thread; the Room (room_state.hpp) is shared with the
// game thread under a mutex held only for a few map operations.
#include "room_server.hpp"

#include <atomic>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <nlohmann/json.hpp>

#include "file_text.hpp"
#include "phone_page.hpp"
#include "room_protocol.hpp"

namespace fd::room {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using ms = std::chrono::milliseconds;

namespace {

struct Asset {
    std::string body, type;
};

// Something the server can shut at once when it stops.
struct Closable {
    virtual ~Closable() = default;
    virtual void shut() = 0;
};

class WsSession;

}  // namespace

struct RoomServer::Impl {
    RoomConfig cfg;
    std::map<std::string, Asset> assets;  // by URL path

    mutable std::mutex mu;  // guards room, events, wake, the pages below
    Room room;
    // The pages in the workshop's language (set_phone_text): built once, shared with each reply.
    std::string index_html;  // as read from the assets
    std::shared_ptr<const std::string> index_page, full_page, nothere_page;
    std::vector<RoomEvent> events;
    std::function<void()> wake;
    std::atomic<bool> wake_pending{false};
    std::atomic<std::size_t> sockets{0};

    // I/O thread only.
    std::unordered_set<Closable*> open;
    std::unordered_set<WsSession*> joined;
    std::vector<WsSession*> voted;  // since the last tally: they get the next one first
    unsigned long tally_round = 0;
    bool tally_scheduled = false;
    Clock::time_point last_tally{};

    net::io_context ioc{1};
    tcp::acceptor acceptor{ioc};
    net::steady_timer tally_timer{ioc};
    std::thread thread;
    unsigned short bound_port = 0;
    bool running = false;

    explicit Impl(RoomConfig c) : cfg(std::move(c)), room(cfg.code, cfg.wrong_codes, cfg.lockout_ms) {}

    void event(RoomEvent e) {
        std::function<void()> w;
        {
            std::lock_guard<std::mutex> lock(mu);
            if (events.size() < 10000) events.push_back(e);
            if (!wake_pending.exchange(true)) w = wake;
        }
        if (w) w();
    }
    void set_text(const PhoneText& t) {
        auto index = std::make_shared<const std::string>(localized_index(index_html, t));
        auto full = std::make_shared<const std::string>(room_full_page(t));
        auto nothere = std::make_shared<const std::string>(not_found_page(t));
        std::lock_guard<std::mutex> lock(mu);
        index_page = std::move(index);
        full_page = std::move(full);
        nothere_page = std::move(nothere);
        room.set_lang(page_lang(t.lang));
    }
    std::shared_ptr<const std::string> page(std::shared_ptr<const std::string> Impl::*which) {
        std::lock_guard<std::mutex> lock(mu);
        return this->*which;
    }
    void accept();
    void broadcast_state();
    void schedule_tally();
    void broadcast_tally();
};

namespace {

using Impl = RoomServer::Impl;

// The acknowledgement, the message sent most: formatted straight into its buffer.
std::shared_ptr<const std::string> ack_text(long long decision, int answer, long long seq) {
    char buf[96];
    int n = std::snprintf(buf, sizeof buf, R"({"type":"ack","decision":%lld,"answer":%d,"seq":%lld})", decision, answer, seq);
    return std::make_shared<const std::string>(buf, static_cast<std::size_t>(std::max(0, n)));
}

class WsSession : public std::enable_shared_from_this<WsSession>, public Closable {
public:
    WsSession(tcp::socket&& s, Impl& impl, std::string address)
        : ws_(std::move(s)), impl_(impl), address_(std::move(address)),
          tokens_(impl.cfg.messages_per_second), refill_(Clock::now()) {
        ++impl_.sockets;
        impl_.open.insert(this);
    }
    ~WsSession() override {
        impl_.open.erase(this);
        impl_.joined.erase(this);
        --impl_.sockets;
        if (!joined_) return;
        {
            std::lock_guard<std::mutex> lock(impl_.mu);
            impl_.room.disconnected(device_);
        }
        impl_.event({RoomEvent::Left});
        impl_.schedule_tally();
    }
    void shut() override {
        beast::error_code ec;
        beast::get_lowest_layer(ws_).socket().close(ec);
    }

    void start(http::request<http::string_body> req) {
        beast::get_lowest_layer(ws_).expires_never();
        websocket::stream_base::timeout t;
        t.handshake_timeout = ms(impl_.cfg.handshake_ms);
        t.idle_timeout = ms(impl_.cfg.idle_ms);
        t.keep_alive_pings = true;  // a phone that answers pings stays; a vanished one times out
        ws_.set_option(t);
        // Twice the limit, so a message a little over it gets a reason; far over, Beast closes with 1009.
        ws_.read_message_max(impl_.cfg.max_message * 2);
        ws_.async_accept(req, [self = shared_from_this()](beast::error_code ec) {
            if (!ec) self->read();
        });
    }

    const std::string& device() const { return device_; }
    unsigned long tally_round = 0;  // the last tally sent to it

    void send(std::shared_ptr<const std::string> text, bool then_close = false,
              websocket::close_code code = websocket::close_code::normal) {
        if (closing_) return;
        if (out_.size() > 256) {  // a phone that stopped reading: let it go
            shut();
            return;
        }
        out_.push_back({std::move(text), false, code});
        if (then_close) out_.push_back({nullptr, true, code});  // the reason first, then the close
        closing_ = then_close;
        if (!writing_) write();
    }
    void send(std::string text) { send(std::make_shared<const std::string>(std::move(text))); }
    void refuse(const std::string& code, const std::string& reason, bool close,
                websocket::close_code cc = websocket::close_code::policy_error, int seconds = 0) {
        send(std::make_shared<const std::string>(error_message(code, reason, seconds)), close, cc);
    }

private:
    struct Out {
        std::shared_ptr<const std::string> text;
        bool close;
        websocket::close_code code;
    };

    void read() {
        ws_.async_read(buf_, [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(beast::error_code ec) {
        if (ec) return;  // closed, timed out, or too big: the session ends when the last handler lets go
        std::string text = beast::buffers_to_string(buf_.data());
        buf_.consume(buf_.size());
        if (text.size() > impl_.cfg.max_message) {
            refuse("too_big", "A message is at most " + std::to_string(impl_.cfg.max_message) + " bytes.", true,
                   websocket::close_code::too_big);
            return;
        }
        if (!take_token()) {
            if (!warned_) refuse("throttled", "Too many messages: slow down. Some were ignored.", false);
            warned_ = true;
        } else {
            handle(text);
        }
        if (!closing_) read();
    }

    bool take_token() {
        auto now = Clock::now();
        double rate = impl_.cfg.messages_per_second;
        tokens_ = std::min(rate, tokens_ + std::chrono::duration<double>(now - refill_).count() * rate);
        refill_ = now;
        if (tokens_ < 1) return false;
        tokens_ -= 1;
        if (tokens_ >= rate / 2) warned_ = false;
        return true;
    }

    void handle(const std::string& text) {
        Parsed p = parse_client_message(text);
        if (!p.ok) return refuse(p.code, p.reason, false);
        switch (p.msg.kind) {
            case ClientMessage::Join: return join(p.msg);
            case ClientMessage::Vote: return vote(p.msg);
            case ClientMessage::Ping: return send(R"({"type":"pong"})");
        }
    }

    void join(const ClientMessage& m) {
        Verdict v;
        std::string state;
        {
            std::lock_guard<std::mutex> lock(impl_.mu);
            v = impl_.room.join(address_, m.code, m.device, Clock::now());
            if (v.ok) {
                if (joined_) impl_.room.disconnected(device_);
                impl_.room.connected(m.device);
                state = impl_.room.state_for(m.device);
            }
        }
        if (!v.ok) return refuse(v.code, v.reason, v.close, websocket::close_code::policy_error, v.seconds);
        joined_ = true;
        device_ = m.device;
        impl_.joined.insert(this);
        send(std::move(state));
        impl_.event({RoomEvent::Joined});
        impl_.schedule_tally();
    }

    void vote(const ClientMessage& m) {
        if (!joined_) return refuse("not_joined", "Join the room with its code first.", false);
        long long seq = 0;
        Verdict v;
        {
            std::lock_guard<std::mutex> lock(impl_.mu);
            v = impl_.room.vote(device_, m.decision, m.answer, seq);
        }
        if (!v.ok) return refuse(v.code, v.reason, v.close);
        send(ack_text(m.decision, m.answer, seq));
        if (impl_.voted.size() < 4 * impl_.cfg.max_connections) impl_.voted.push_back(this);
        impl_.event({RoomEvent::Voted, m.decision, m.answer});
        impl_.schedule_tally();
    }

    void write() {
        writing_ = true;
        Out& o = out_.front();
        auto self = shared_from_this();
        if (o.close) {
            ws_.async_close(websocket::close_reason(o.code), [self](beast::error_code) { self->out_.clear(); });
            return;
        }
        ws_.text(true);
        ws_.async_write(net::buffer(*o.text), [self](beast::error_code ec, std::size_t) {
            if (ec) {
                self->out_.clear();
                self->closing_ = true;
                return;
            }
            self->out_.pop_front();
            self->writing_ = false;
            if (!self->out_.empty()) self->write();
        });
    }

    websocket::stream<beast::tcp_stream> ws_;
    beast::flat_buffer buf_;
    Impl& impl_;
    std::string address_, device_;
    bool joined_ = false;
    std::deque<Out> out_;
    bool writing_ = false, closing_ = false;
    double tokens_;
    Clock::time_point refill_;
    bool warned_ = false;
};

class HttpSession : public std::enable_shared_from_this<HttpSession>, public Closable {
public:
    HttpSession(tcp::socket&& s, Impl& impl, bool full) : stream_(std::move(s)), impl_(impl), full_(full) {
        impl_.open.insert(this);
        if (!full_) ++impl_.sockets;
    }
    ~HttpSession() override {
        impl_.open.erase(this);
        if (!full_) --impl_.sockets;
    }
    void shut() override {
        beast::error_code ec;
        stream_.socket().close(ec);
    }

    void read() {
        parser_.emplace();
        parser_->body_limit(1024);
        parser_->header_limit(4096);
        // The whole request within the handshake time: a slow or half-open client is cut off.
        stream_.expires_after(ms(impl_.cfg.handshake_ms));
        http::async_read(stream_, buf_, *parser_,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

private:
    void on_read(beast::error_code ec) {
        if (ec) return shut();
        http::request<http::string_body> req = parser_->release();
        if (full_) return reply(page(req, http::status::service_unavailable, &Impl::full_page), false);
        if (websocket::is_upgrade(req)) {
            if (req.target() != "/ws") return reply(page(req, http::status::not_found, &Impl::nothere_page), false);
            beast::error_code e;
            std::string address = stream_.socket().remote_endpoint(e).address().to_string();
            std::make_shared<WsSession>(stream_.release_socket(), impl_, address)->start(std::move(req));
            return;
        }
        if (req.method() != http::verb::get && req.method() != http::verb::head)
            return reply(page(req, http::status::method_not_allowed, &Impl::nothere_page), false);
        std::string path(req.target().substr(0, req.target().find('?')));
        auto it = impl_.assets.find(path == "/" ? "/index.html" : path);
        if (it == impl_.assets.end()) return reply(page(req, http::status::not_found, &Impl::nothere_page), req.keep_alive());
        auto res = std::make_shared<http::response<http::string_body>>(http::status::ok, req.version());
        res->set(http::field::content_type, it->second.type);
        // Kept by the phone for a workshop's day: reopened while the laptop cannot be reached
        // (a tab the phone restores, the QR code scanned again) the page still comes up and
        // shows the last question from localStorage, "reconnecting".
        res->set(http::field::cache_control, "max-age=43200");
        res->set("X-Content-Type-Options", "nosniff");
        std::shared_ptr<const std::string> index = it->first == "/index.html" ? impl_.page(&Impl::index_page) : nullptr;
        const std::string& body = index ? *index : it->second.body;
        if (req.method() == http::verb::get) res->body() = body;
        res->prepare_payload();
        if (req.method() == http::verb::head) res->content_length(body.size());
        res->keep_alive(req.keep_alive());
        send(res);
    }

    std::shared_ptr<http::response<http::string_body>> page(const http::request<http::string_body>& req,
                                                            http::status st, std::shared_ptr<const std::string> Impl::*which) {
        auto res = std::make_shared<http::response<http::string_body>>(st, req.version());
        res->set(http::field::content_type, "text/html; charset=utf-8");
        if (st == http::status::service_unavailable) res->set(http::field::retry_after, "30");
        res->body() = *impl_.page(which);
        res->prepare_payload();
        return res;
    }

    void reply(std::shared_ptr<http::response<http::string_body>> res, bool keep) {
        res->keep_alive(keep);
        send(res);
    }

    void send(std::shared_ptr<http::response<http::string_body>> res) {
        stream_.expires_after(ms(impl_.cfg.handshake_ms));
        http::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
            if (ec || !res->keep_alive()) {
                beast::error_code e;
                self->stream_.socket().shutdown(tcp::socket::shutdown_send, e);
                return;
            }
            self->read();
        });
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buf_;
    std::optional<http::request_parser<http::string_body>> parser_;
    Impl& impl_;
    bool full_;
};

const char* mime_for(const std::string& name) {
    auto ends = [&](const char* ext) {
        std::string e(ext);
        return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
    };
    if (ends(".html")) return "text/html; charset=utf-8";
    if (ends(".css")) return "text/css; charset=utf-8";
    if (ends(".js")) return "text/javascript; charset=utf-8";
    if (ends(".svg")) return "image/svg+xml";
    return "application/octet-stream";
}

}  // namespace

void Impl::accept() {
    acceptor.async_accept([this](beast::error_code ec, tcp::socket s) {
        if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
        if (!ec) {
            // Small messages go out at once: Nagle's algorithm would hold an ack behind an
            // unacknowledged tally (tens of ms with delayed ACKs).
            beast::error_code nd;
            s.set_option(tcp::no_delay(true), nd);
            bool full = sockets.load() >= cfg.max_connections;
            // Far over the cap (a flood), not even a "room full" page: close at once.
            if (full && open.size() >= cfg.max_connections + 64) {
                beast::error_code e;
                s.close(e);
            } else {
                std::make_shared<HttpSession>(std::move(s), *this, full)->read();
            }
        }
        accept();
    });
}

void Impl::broadcast_state() {
    for (WsSession* s : joined) {
        std::string text;
        {
            std::lock_guard<std::mutex> lock(mu);
            text = room.state_for(s->device());
        }
        s->send(std::move(text));
    }
}

void Impl::schedule_tally() {
    if (tally_scheduled || !acceptor.is_open()) return;  // closed: the server is stopping
    tally_scheduled = true;
    auto due = last_tally + ms(cfg.tally_ms);
    tally_timer.expires_at(std::max(due, Clock::now()));
    tally_timer.async_wait([this](beast::error_code ec) {
        tally_scheduled = false;
        if (ec) return;
        broadcast_tally();
    });
}

void Impl::broadcast_tally() {
    last_tally = Clock::now();
    std::shared_ptr<const std::string> text;
    {
        std::lock_guard<std::mutex> lock(mu);
        text = std::make_shared<const std::string>(room.tally());
    }
    // The same buffer for every phone; those that voted since the last tally first
    // (they wait for it to count their vote), then the rest of the room.
    unsigned long round = ++tally_round;
    for (WsSession* s : voted)
        if (joined.count(s) && s->tally_round != round) {
            s->tally_round = round;
            s->send(text);
        }
    voted.clear();
    for (WsSession* s : joined)
        if (s->tally_round != round) s->send(text);
}

RoomServer::RoomServer(RoomConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}

RoomServer::~RoomServer() { stop(); }

void RoomServer::on_change(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->wake = std::move(wake);
}

void RoomServer::start() {
    Impl& m = *impl_;
    if (m.running) return;
    for (const char* name : {"index.html", "phone.css", "phone.js"}) {
        std::string path = m.cfg.assets_dir + "/phone/" + name;
        FileText f = read_file(path, 256 * 1024);
        if (!f.ok) throw RoomError(path + ": " + f.error);
        m.assets["/" + std::string(name)] = {f.text, mime_for(name)};
    }
    m.index_html = m.assets["/index.html"].body;
    m.set_text(m.cfg.phone_text);
    beast::error_code ec;
    auto address = net::ip::make_address(m.cfg.address, ec);
    if (ec) throw RoomError("room address \"" + m.cfg.address + "\": " + ec.message());
    tcp::endpoint at(address, m.cfg.port);
    m.acceptor.open(at.protocol(), ec);
    if (!ec) m.acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) m.acceptor.bind(at, ec);
    if (!ec) m.acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        beast::error_code ignored;
        m.acceptor.close(ignored);
        throw RoomError("cannot listen on " + m.cfg.address + ":" + std::to_string(m.cfg.port) + ": " + ec.message());
    }
    m.bound_port = m.acceptor.local_endpoint().port();
    m.accept();
    m.running = true;
    m.thread = std::thread([&m] { m.ioc.run(); });
}

void RoomServer::stop() {
    Impl& m = *impl_;
    if (!m.running) return;
    {
        std::lock_guard<std::mutex> lock(m.mu);
        m.wake = nullptr;
    }
    net::post(m.ioc, [&m] {
        beast::error_code ec;
        m.acceptor.close(ec);
        m.tally_timer.cancel();
        std::vector<Closable*> all(m.open.begin(), m.open.end());
        for (Closable* c : all) c->shut();
    });
    m.thread.join();
    m.running = false;
}

unsigned short RoomServer::port() const { return impl_->bound_port; }

std::string RoomServer::url() const {
    std::string host = impl_->cfg.address.find(':') != std::string::npos ? "[" + impl_->cfg.address + "]" : impl_->cfg.address;
    return "http://" + host + ":" + std::to_string(port()) + "/#" + code();
}

std::string RoomServer::code() const {
    std::lock_guard<std::mutex> lock(impl_->mu);
    return impl_->room.code();
}

std::size_t RoomServer::connections() const { return impl_->sockets.load(); }

void RoomServer::open_vote(RoomDecision d) {
    {
        std::lock_guard<std::mutex> lock(impl_->mu);
        impl_->room.open(std::move(d));
    }
    net::post(impl_->ioc, [m = impl_.get()] { m->broadcast_state(); });
}

void RoomServer::close_vote() {
    {
        std::lock_guard<std::mutex> lock(impl_->mu);
        impl_->room.close();
    }
    net::post(impl_->ioc, [m = impl_.get()] { m->broadcast_state(); });
}

void RoomServer::reveal(const RoomResult& r) {
    {
        std::lock_guard<std::mutex> lock(impl_->mu);
        impl_->room.reveal(r);
    }
    net::post(impl_->ioc, [m = impl_.get()] { m->broadcast_state(); });
}

void RoomServer::clear() {
    {
        std::lock_guard<std::mutex> lock(impl_->mu);
        impl_->room.clear();
    }
    net::post(impl_->ioc, [m = impl_.get()] { m->broadcast_state(); });
}

void RoomServer::set_phone_text(const PhoneText& t) {
    impl_->set_text(t);
    net::post(impl_->ioc, [m = impl_.get()] { m->broadcast_state(); });  // phones on another language reload
}

void RoomServer::set_locked(bool on) {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->room.set_locked(on);
}

bool RoomServer::remove_device(const std::string& id) {
    std::string token;
    {
        std::lock_guard<std::mutex> lock(impl_->mu);
        token = impl_->room.remove(id);
    }
    if (token.empty()) return false;
    net::post(impl_->ioc, [m = impl_.get(), token] {
        for (WsSession* s : m->joined)
            if (s->device() == token) s->refuse("removed", "The facilitator removed this phone from the room.", true);
        m->schedule_tally();
    });
    return true;
}

RoomSnapshot RoomServer::snapshot() const {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->wake_pending = false;
    return impl_->room.snapshot();
}

std::vector<RoomEvent> RoomServer::take_events() {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->wake_pending = false;
    std::vector<RoomEvent> out;
    out.swap(impl_->events);
    return out;
}

}  // namespace fd::room
