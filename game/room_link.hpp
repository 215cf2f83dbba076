// The game's side of the room server (engine/room): opens and closes it for
// the facilitator, puts each decision on the phones and the reveal after it,
// feeds the phones' count to the vote board, wakes the window when a phone
// votes (an SDL user event), and draws the join screen (QR code, address,
// room code) and the corner line "join at …" (screen_room.cpp).
#pragma once
#include <array>
#include <map>
#include <memory>
#include <string>

#include <SDL.h>

#include "game.hpp"
#include "options.hpp"
#include "room_server.hpp"
#include "widgets.hpp"

namespace fdg {

class RoomLink {
public:
    explicit RoomLink(const Options& opts);
    ~RoomLink();
    RoomLink(const RoomLink&) = delete;
    RoomLink& operator=(const RoomLink&) = delete;

    bool is_open() const { return server_ != nullptr; }
    void open(Game& g);   // starts the server on the chosen address; says why in a notice when it cannot
    void close(Game& g);
    void show(Game& g);   // opens the room if need be and shows its join screen
    void stop();          // closes the server and frees the texture (the window is closing)
    void sync(Game& g);   // every frame: decisions to the phones, the phones' count to the board
    // R opens the room / shows or hides the join screen, Ctrl+R closes it, L locks it (join screen).
    bool handle_key(const SDL_Event& e, Game& g);
    void draw(const Game& g, Ui& ui, SDL_Renderer* renderer);  // screen_room.cpp

private:
    void open_decision(const Game& g);
    void reveal(const Game& g);
    void draw_join_screen(const Game& g, Ui& ui, SDL_Renderer* renderer);
    void draw_corner(const Game& g, Ui& ui);
    void next_address(Game& g);  // A on the join screen: the room moves to the machine's next address

    std::string address_;          // as given (--room-address, or picked with A); "" for the default
    std::string listening_;        // the address the server is on
    unsigned short port_;
    std::string code_;             // --room-code, or "" for a random one
    std::string assets_dir_;
    std::string phone_lang_;       // the language the phone page was given
    std::unique_ptr<fd::room::RoomServer> server_;
    Uint32 wake_event_ = 0;
    bool join_screen_ = false;
    bool locked_ = false;
    std::string decision_key_;     // the decision on the phones: the path to it (decision_key)
    long long decision_id_ = 0;    // the last id given out
    // Every decision the phones saw, by its key: back (PageUp) to one, even several
    // decisions back, reopens it under its old id, so the room's votes on it are back.
    std::map<std::string, long long> decision_ids_;
    long long on_phones_ = 0;       // the id of the decision on the phones
    std::size_t on_phones_log_ = 0;  // and where it is in the log (its vote record's log_index)
    bool revealed_ = false;
    std::array<fd::Mode, 5> order_{};  // the rows as the phones see them
    fd::room::RoomSnapshot last_;
    SDL_Texture* qr_ = nullptr;
    int qr_modules_ = 0;
};

}  // namespace fdg
