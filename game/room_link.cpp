// RoomLink's work with the game (see room_link.hpp): the server's life, the
// facilitator's keys for it, and each decision's trip to the phones and back.
#include "room_link.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "data_paths.hpp"
#include "game_language.hpp"
#include "lan_address.hpp"
#include "room_link_text.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace fr = fd::room;

namespace {

// A decision is the same decision when the story got to it the same way: the
// answers played before it and where it is. Going back and playing another
// answer leads to other decisions (new ids, new votes).
std::string decision_key(const fd::SessionState& st) {
    std::string key;
    for (const fd::Event& e : st.log)
        if (e.mode) key += e.stage + "/" + e.beat + "=" + std::to_string(fd::mode_index(*e.mode)) + ";";
    return key + std::to_string(st.log.size()) + "/" + st.stage + "/" + st.beat;
}

}  // namespace

RoomLink::RoomLink(const Options& opts)
    : address_(opts.room_address), port_(opts.room_port > 0 ? static_cast<unsigned short>(opts.room_port) : fr::kDefaultPort),
      code_(opts.room_code), assets_dir_((std::filesystem::absolute(fd::shipped_scripts_dir()).parent_path() / "assets").string()) {}

RoomLink::~RoomLink() { stop(); }

void RoomLink::stop() {
    server_.reset();
    if (qr_) SDL_DestroyTexture(qr_);
    qr_ = nullptr;
}

void RoomLink::open(Game& g) {
    if (server_) return;
    fr::RoomConfig c;
    c.address = address_.empty() ? fr::default_room_address(fr::lan_addresses()) : address_ == "any" ? "0.0.0.0" : address_;
    c.port = port_;
    c.assets_dir = assets_dir_;
    c.code = code_;
    c.phone_text = phone_text();
    phone_lang_ = current_language();
    auto server = std::make_unique<fr::RoomServer>(c);
    if (wake_event_ == 0) wake_event_ = SDL_RegisterEvents(1);
    Uint32 type = wake_event_;
    // From the room's I/O thread: SDL_PushEvent is thread-safe and wakes SDL_WaitEventTimeout at once.
    server->on_change([type] {
        SDL_Event e{};
        e.type = type;
        SDL_PushEvent(&e);
    });
    try {
        server->start();
    } catch (const fr::RoomError& e) {
        g.notice(fd::format_text(fd::tr("The room could not open: {why}"), {{"why", e.what()}}), false, 8);
        return;
    }
    server_ = std::move(server);
    g.set_room_linked(true);
    listening_ = c.address;
    join_screen_ = true;
    locked_ = false;
    decision_key_.clear();
    decision_ids_.clear();
    decision_id_ = static_cast<long long>(std::time(nullptr)) * 100;  // never an id a phone saw before a restart
    if (qr_) SDL_DestroyTexture(qr_);
    qr_ = nullptr;
    if (address_.empty() && c.address == "127.0.0.1")
        g.notice(fd::tr("The room is open on this computer only (no network address found): phones cannot reach it."), false, 8);
}

void RoomLink::show(Game& g) {
    if (!server_) open(g);
    else join_screen_ = true;
}

void RoomLink::close(Game& g) {
    if (!server_) return;
    server_.reset();
    join_screen_ = false;
    g.set_phone_votes({}, 0, 0, false);
    g.set_room_linked(false);
    g.notice(fd::tr("The room is closed; hands still count."), true, 3);
}

bool RoomLink::handle_key(const SDL_Event& e, Game& g) {
    if (e.type != SDL_KEYDOWN || e.key.repeat || !g.facilitator() || g.overlay_open()) return false;
    SDL_Keycode k = e.key.keysym.sym;
    bool ctrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
    if (k == SDLK_r && ctrl) {
        close(g);
        return true;
    }
    if (k == SDLK_r) {
        if (!server_) open(g);
        else join_screen_ = !join_screen_;
        return true;
    }
    if (k == SDLK_l && server_ && join_screen_) {
        locked_ = !locked_;
        server_->set_locked(locked_);
        return true;
    }
    // Shift+1..9 on the join screen removes that phone (its votes go, it cannot come back).
    bool shift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
    if (server_ && join_screen_ && shift && k >= SDLK_1 && k <= SDLK_9) {
        std::size_t n = static_cast<std::size_t>(k - SDLK_1);
        if (n < last_.device_ids.size() && server_->remove_device(last_.device_ids[n]))
            g.notice(fd::format_text(fd::tr("Phone {id} removed from the room."), {{"id", last_.device_ids[n]}}), true, 3);
        return true;
    }
    if (k == SDLK_a && server_ && join_screen_) {
        next_address(g);
        return true;
    }
    if (k == SDLK_ESCAPE && join_screen_) {
        join_screen_ = false;
        return true;
    }
    return false;
}

void RoomLink::next_address(Game& g) {
    std::vector<std::string> all;
    for (const auto& a : fr::lan_addresses())
        if (!a.is_loopback) all.push_back(a.address);
    if (all.size() < 2) {
        g.notice(fd::tr("This computer has no other network address to offer the room."), false, 4);
        return;
    }
    auto at = std::find(all.begin(), all.end(), listening_);
    address_ = (at == all.end() || at + 1 == all.end()) ? all.front() : *(at + 1);
    stop();  // phones on the old address reconnect to the new one when they scan again
    open(g);
}

void RoomLink::sync(Game& g) {
    if (!server_) return;
    if (wake_event_) SDL_FlushEvent(wake_event_);
    server_->take_events();
    if (current_language() != phone_lang_) {  // the workshop changed its language: so do the phones
        phone_lang_ = current_language();
        server_->set_phone_text(phone_text());
    }
    const fd::Session* s = g.session();
    bool at_decision = g.facilitator() && s && g.view() == View::Play && !s->finished() && s->at_decision();
    std::string key = at_decision ? decision_key(s->state()) : "";
    if (at_decision && (key != decision_key_ || revealed_)) {  // a new decision, or back to one
        decision_key_ = key;
        open_decision(g);
    }
    if (!at_decision && !decision_key_.empty() && !revealed_) reveal(g);
    last_ = server_->snapshot();
    if (!at_decision || last_.decision != on_phones_) return;
    std::array<int, 5> by_mode{};
    for (std::size_t row = 0; row < 5; ++row) by_mode[static_cast<std::size_t>(fd::mode_index(order_[row]))] = last_.counts[row];
    g.set_phone_votes(by_mode, last_.voted, last_.devices, true);
}

void RoomLink::open_decision(const Game& g) {
    const fd::Beat& b = g.session()->beat();
    fr::RoomDecision d;
    auto known = decision_ids_.find(decision_key_);
    d.id = known != decision_ids_.end() ? known->second : (decision_ids_[decision_key_] = ++decision_id_);
    on_phones_ = d.id;
    on_phones_log_ = g.session()->state().log.size();
    d.title = g.session()->encounter().title;
    d.line = b.text;
    order_ = g.answer_order();
    for (fd::Mode m : order_) {
        const fd::Answer* a = b.answer(m);
        d.answers.push_back({g.settings().show_modes ? mode_label(m) : "", a ? a->says : ""});
    }
    server_->open_vote(d);
    revealed_ = false;
}

// The decision was played: the phones see the room's count (hands and phones) and the answer played.
void RoomLink::reveal(const Game& g) {
    revealed_ = true;
    const auto& votes = g.workshop().votes;
    // Back out of the decision without playing it (PageUp to the reveal before it): only closed.
    if (votes.empty() || votes.back().log_index != on_phones_log_) return server_->close_vote();
    const RoomVote& v = votes.back();
    fr::RoomResult r;
    for (std::size_t row = 0; row < 5; ++row) {
        r.counts[row] = v.counts[static_cast<std::size_t>(fd::mode_index(order_[row]))];
        if (order_[row] == v.played) r.played = static_cast<int>(row);
    }
    server_->reveal(r);
}

}  // namespace fdg
