// What the room shows on the projector: the join screen (the QR code from
// libqrencode as an SDL texture scaled by whole pixels with its quiet zone,
// the address in text, and the room code large enough for the back row), and
// while the room is open a corner line: "join at …", and at a decision
// "N of M phones voted" (never the split before the reveal).
#include <algorithm>
#include <cfloat>
#include <string>

#include <imgui.h>
#include <qrencode.h>

#include "layout_probe.hpp"
#include "room_link.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// The QR code of `text` as a texture, one pixel a module, with a 4-module quiet zone.
SDL_Texture* qr_texture(SDL_Renderer* renderer, const std::string& text, int& modules) {
    QRcode* q = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q) return nullptr;
    const int quiet = 4, n = q->width, size = n + 2 * quiet;
    SDL_Surface* s = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s) {
        QRcode_free(q);
        return nullptr;
    }
    SDL_FillRect(s, nullptr, SDL_MapRGBA(s->format, 255, 255, 255, 255));
    Uint32 black = SDL_MapRGBA(s->format, 0, 0, 0, 255);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (q->data[y * n + x] & 1) {
                SDL_Rect r{x + quiet, y + quiet, 1, 1};
                SDL_FillRect(s, &r, black);
            }
    SDL_Texture* t = SDL_CreateTextureFromSurface(renderer, s);
    if (t) SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest);
    SDL_FreeSurface(s);
    QRcode_free(q);
    modules = size;
    return t;
}

ImVec2 measure(ImFont* f, const std::string& s) { return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str()); }

// `s` centred on x, scaled up from `f` by `scale` (the room code, read from the back row).
void centered(ImDrawList* dl, ImFont* f, float scale, float cx, float y, ImU32 col, const std::string& s) {
    float size = f->FontSize * scale;
    ImVec2 m = f->CalcTextSizeA(size, FLT_MAX, 0, s.c_str());
    dl->AddText(f, size, ImVec2(cx - m.x * 0.5f, y), col, s.c_str());
    probe_overlay("text", s, ImVec2(cx - m.x * 0.5f, y), ImVec2(cx + m.x * 0.5f, y + m.y), true);  // V reads the join screen
}

}  // namespace

void RoomLink::draw(const Game& g, Ui& ui, SDL_Renderer* renderer) {
    if (!server_ || !g.facilitator()) return;
    if (join_screen_) draw_join_screen(g, ui, renderer);
    else draw_corner(g, ui);
}

void RoomLink::draw_join_screen(const Game&, Ui& ui, SDL_Renderer* renderer) {
    if (!qr_) qr_ = qr_texture(renderer, server_->url(), qr_modules_);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    ImVec2 size = ui.size;
    dl->AddRectFilled(ImVec2(0, 0), size, IM_COL32(0, 0, 0, 255));
    float pad = ui.u(24);
    // The QR code on the left, as large as the screen allows in whole pixels a module.
    float side = std::min(size.y - 2 * pad, size.x * 0.45f);
    float cell = qr_modules_ > 0 ? std::max(1.0f, std::floor(side / static_cast<float>(qr_modules_))) : 0;
    float qr_side = cell * static_cast<float>(qr_modules_);
    ImVec2 q0(pad, (size.y - qr_side) * 0.5f);
    if (qr_) dl->AddImage(reinterpret_cast<ImTextureID>(qr_), q0, ImVec2(q0.x + qr_side, q0.y + qr_side));
    // On the right: how to join, the address and the code, and the room's state.
    float left = q0.x + qr_side + pad, cx = left + (size.x - left - pad) * 0.5f;
    std::string url = server_->url();
    std::string plain = url.substr(0, url.find('#'));
    float y = q0.y;
    centered(dl, ui.fonts.heading, 1.0f, cx, y, color::kText, fd::tr("Vote from your phone"));
    y += ui.fonts.heading->FontSize * 1.6f;
    centered(dl, ui.fonts.body, 1.0f, cx, y, color::kMuted, fd::tr("Same Wi-Fi, scan the code, or open"));
    y += ui.fonts.body->FontSize * 1.4f;
    centered(dl, ui.fonts.bold, 1.0f, cx, y, color::kAccent, plain);
    y += ui.fonts.bold->FontSize * 2.0f;
    centered(dl, ui.fonts.body, 1.0f, cx, y, color::kMuted, fd::tr("Room code"));
    y += ui.fonts.body->FontSize * 1.2f;
    centered(dl, ui.fonts.title, 2.0f, cx, y, color::kText, server_->code());
    y += ui.fonts.title->FontSize * 2.3f;
    std::string phones = fd::format_text(locked_ ? fd::trn("{n} phone in the room \u00b7 locked", "{n} phones in the room \u00b7 locked", last_.devices)
                                                 : fd::trn("{n} phone in the room", "{n} phones in the room", last_.devices),
                                         {{"n", std::to_string(last_.devices)}});
    centered(dl, ui.fonts.body, 1.0f, cx, y, color::kText, phones);
    y += ui.fonts.body->FontSize * 1.4f;
    centered(dl, ui.fonts.body, 1.0f, cx, y, color::kMuted, fd::tr("R hides this \u00b7 A another address"));
    y += ui.fonts.body->FontSize * 1.3f;
    centered(dl, ui.fonts.body, 1.0f, cx, y, color::kMuted,
             locked_ ? fd::tr("L unlocks the room \u00b7 Ctrl+R closes it") : fd::tr("L locks the room \u00b7 Ctrl+R closes it"));
    // The phones by short id, so one can be removed (Shift+its number).
    if (last_.device_ids.empty()) return;
    std::string ids;
    for (std::size_t i = 0; i < last_.device_ids.size() && i < 9; ++i)
        ids += (i ? "   " : "") + std::to_string(i + 1) + "\u00a0" + last_.device_ids[i];
    if (last_.device_ids.size() > 9) ids += "   \u2026";
    y += ui.fonts.body->FontSize * 1.6f;
    centered(dl, ui.fonts.small, 1.0f, cx, y, color::kMuted, ids);
    y += ui.fonts.small->FontSize * 1.3f;
    centered(dl, ui.fonts.small, 1.0f, cx, y, color::kMuted, fd::tr("Shift+number removes a phone"));
}

void RoomLink::draw_corner(const Game& g, Ui& ui) {
    std::string url = server_->url();
    std::string where = url.substr(7, url.find('#') - 8);
    const VoteBoard& b = g.board();
    std::string line = b.room_open ? fd::format_text(fd::trn("{voted} of {n} phone voted \u00b7 Join at {address}  code {code}",
                                                             "{voted} of {n} phones voted \u00b7 Join at {address}  code {code}", b.phone_devices),
                                                     {{"voted", std::to_string(b.phones_voted)}, {"n", std::to_string(b.phone_devices)},
                                                      {"address", where}, {"code", server_->code()}})
                                   : fd::format_text(fd::tr("Join at {address}  code {code}"), {{"address", where}, {"code", server_->code()}});
    ImFont* f = ui.fonts.small;
    ImVec2 m = measure(f, line);
    float pad = ui.u(6);
    ImVec2 a(ui.size.x - m.x - 3 * pad, pad), z(ui.size.x - pad, pad + m.y + 2 * pad);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(a, z, IM_COL32(0, 0, 0, 255), pad);
    dl->AddText(f, f->FontSize, ImVec2(a.x + pad, a.y + pad), color::kMuted, line.c_str());
    probe_overlay("text", line, ImVec2(a.x + pad, a.y + pad), ImVec2(a.x + pad + m.x, a.y + pad + m.y), false);
}

}  // namespace fdg
