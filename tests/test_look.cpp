// The look, measured: glyphs rasterised at the small sizes the game uses are
// crisp (stems on whole pixels, letters that look alike drawn apart), narration
// has a slanted face of its own (or the regular one when the file is missing),
// and every theme colour pair a player reads meets WCAG contrast (4.5:1 body,
// 3:1 large).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <imgui.h>

#include "fonts.hpp"
#include "theme.hpp"

namespace {

// The atlas's alpha for one glyph, row by row.
struct GlyphBitmap {
    int w = 0, h = 0;
    std::vector<int> alpha;
    int at(int x, int y) const { return alpha[static_cast<std::size_t>(y * w + x)]; }
};

GlyphBitmap bitmap_of(ImFont* font, ImWchar c) {
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &tw, &th);
    const ImFontGlyph* g = font->FindGlyphNoFallback(c);
    GlyphBitmap b;
    if (!g) return b;
    int x0 = static_cast<int>(std::lround(g->U0 * tw)), y0 = static_cast<int>(std::lround(g->V0 * th));
    b.w = static_cast<int>(std::lround(g->U1 * tw)) - x0;
    b.h = static_cast<int>(std::lround(g->V1 * th)) - y0;
    for (int y = 0; y < b.h; ++y)
        for (int x = 0; x < b.w; ++x) b.alpha.push_back(pixels[(y0 + y) * tw + x0 + x]);
    return b;
}

// The darkest column of a vertical stem: a crisp stem has one nearly full column.
int strongest_column(const GlyphBitmap& b) {
    int best = 0;
    for (int x = 0; x < b.w; ++x) {
        int lowest = 255;
        for (int y = b.h / 4; y < b.h * 3 / 4; ++y) lowest = std::min(lowest, b.at(x, y));
        best = std::max(best, lowest);
    }
    return best;
}

// Pixels that differ (inked in one, not the other) when both are laid top-left.
int differing_pixels(const GlyphBitmap& a, const GlyphBitmap& b) {
    int n = 0;
    for (int y = 0; y < std::max(a.h, b.h); ++y)
        for (int x = 0; x < std::max(a.w, b.w); ++x) {
            bool ia = x < a.w && y < a.h && a.at(x, y) > 127, ib = x < b.w && y < b.h && b.at(x, y) > 127;
            n += ia != ib;
        }
    return n;
}

struct ImGuiContextScope {
    ImGuiContextScope() { ImGui::CreateContext(); }
    ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

double luminance(ImU32 c) {
    auto channel = [](unsigned v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c & 0xFF) + 0.7152 * channel((c >> 8) & 0xFF) + 0.0722 * channel((c >> 16) & 0xFF);
}

double contrast(ImU32 a, ImU32 b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("look: small text is rasterised with stems on whole pixels and look-alike letters drawn apart", "[look]") {
    ImGuiContextScope imgui;
    for (float px : {13.0f, 16.0f, 20.0f}) {
        fdg::Fonts f = fdg::build_fonts(px, false);
        INFO("body " << px << " px");
        REQUIRE_FALSE(f.fallback);
        for (ImFont* font : {f.body, f.small}) {
            INFO("font " << font->FontSize << " px");
            // I, l, L, J, T: each has a vertical stem; drawn crisp, one column is solid ink.
            for (ImWchar c : {'I', 'l', 'L', 'J', 'T'}) {
                INFO("glyph " << static_cast<char>(c));
                CHECK(strongest_column(bitmap_of(font, c)) >= 230);
            }
            // The letters the issue saw misdrawn at 960x540 stay distinct.
            for (auto [a, b] : {std::pair<ImWchar, ImWchar>{'J', 'I'}, {'z', '7'}, {'L', 'I'}}) {
                INFO(static_cast<char>(a) << " vs " << static_cast<char>(b));
                CHECK(differing_pixels(bitmap_of(font, a), bitmap_of(font, b)) >= 3);
            }
            // Every advance is a whole number of pixels: letters never drift apart.
            for (ImWchar c : {'a', 'e', 'm', 'J', 'S', ' '})
                CHECK(font->FindGlyph(c)->AdvanceX == std::round(font->FindGlyph(c)->AdvanceX));
        }
    }
}

namespace {

// How far a glyph leans: the centre of its ink in the top quarter of its rows
// less that in the bottom quarter, per pixel of height. An upright l is near 0;
// an oblique one leans right by a fifth or so (DejaVu's slant is 11 degrees).
double lean_of(const GlyphBitmap& b) {
    auto centre = [&](int y0, int y1) {
        double sum = 0, weight = 0;
        for (int y = y0; y < y1; ++y)
            for (int x = 0; x < b.w; ++x) {
                sum += x * b.at(x, y);
                weight += b.at(x, y);
            }
        return weight > 0 ? sum / weight : 0.0;
    };
    int q = std::max(1, b.h / 4);
    return b.h < 4 ? 0.0 : (centre(0, q) - centre(b.h - q, b.h)) / (0.75 * b.h);
}

// Points FRONTDOOR_FONT_DIR at a folder while in scope, then puts the default back.
struct FontDirScope {
    explicit FontDirScope(const std::string& dir) { setenv("FRONTDOOR_FONT_DIR", dir.c_str(), 1); }
    ~FontDirScope() { unsetenv("FRONTDOOR_FONT_DIR"); }
};

}  // namespace

TEST_CASE("look: narration in the conversation has a slanted face of its own, at the conversation's size", "[look]") {
    ImGuiContextScope imgui;
    const bool dyslexic = GENERATE(false, true);
    INFO((dyslexic ? "OpenDyslexic" : "DejaVu Sans") << " setting");
    for (float px : {16.0f, 20.0f, 32.0f}) {
        fdg::Fonts f = fdg::build_fonts(px, false, dyslexic);
        INFO("body " << px << " px");
        REQUIRE(f.italic_face);
        REQUIRE(f.italic != f.small);
        CHECK(f.italic->FontSize == f.small->FontSize);  // lines of the conversation stay one height
        // The stems of l and I lean in the italic, clearly more than in the regular face (by 0.07 to 0.09 measured).
        for (ImWchar c : {'l', 'I'}) {
            INFO("glyph " << static_cast<char>(c) << ": regular " << lean_of(bitmap_of(f.small, c)) << ", italic "
                          << lean_of(bitmap_of(f.italic, c)));
            CHECK(lean_of(bitmap_of(f.italic, c)) - lean_of(bitmap_of(f.small, c)) >= 0.05);
        }
        // Accented letters of customers' names are there too, not the fallback box.
        CHECK(f.italic->FindGlyphNoFallback(0x0141) != nullptr);  // Ł
        CHECK(f.italic->FindGlyphNoFallback(0x0416) != nullptr);  // Ж
    }
}

TEST_CASE("look: without the oblique file narration falls back to the regular face, and a projector loads none", "[look]") {
    ImGuiContextScope imgui;
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "fd_fonts_no_oblique";
    std::filesystem::create_directories(dir);
    for (const char* name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
        if (!std::filesystem::exists(dir / name))
            std::filesystem::create_symlink(std::string("/usr/share/fonts/truetype/dejavu/") + name, dir / name);
    {
        FontDirScope scope(dir.string());
        fdg::Fonts f = fdg::build_fonts(20, false);
        REQUIRE_FALSE(f.fallback);
        CHECK_FALSE(f.italic_face);
        CHECK(f.italic == f.small);
    }
    std::filesystem::remove_all(dir);
    fdg::Fonts projector = fdg::build_fonts(42, true);
    CHECK_FALSE(projector.italic_face);  // the projector shows no conversation: nothing more to rasterise
    CHECK(projector.italic == projector.body);
}

TEST_CASE("look: body text is at least 16 px from the smallest window up", "[look]") {
    CHECK(fdg::body_px_for(960, 540, 1.0f, false) >= 16);
    CHECK(fdg::body_px_for(1280, 720, 1.0f, false) >= 16);
    CHECK(fdg::body_px_for(1280, 720, 0.5f, false) >= 16);
    CHECK(fdg::body_px_for(1280, 720, 1.0f, false) == 20);
}

TEST_CASE("look: every text colour on every surface meets WCAG contrast, in both palettes", "[look]") {
    using namespace fdg::color;
    const bool high = GENERATE(false, true);
    fdg::set_palette(high);
    INFO((high ? "high contrast" : "standard") << " palette");
    const ImU32 surfaces[] = {kBackground, kPanel, kButton, kButtonHover, kButtonActive, kSpeech, kChip};
    for (ImU32 bg : surfaces) {
        INFO("background " << std::hex << bg);
        CHECK(contrast(kText, bg) >= 4.5);   // body text
        CHECK(contrast(kMuted, bg) >= 4.5);  // notes and hints are body-sized or smaller
        // Mode tags, outcomes and chips are small text where they sit at rest;
        // a hovered answer's tag is the same text on a lighter button: 3:1 there.
        double small_text = bg == kButtonHover ? 3.0 : 4.5;
        CHECK(contrast(kAccent, bg) >= small_text);
        CHECK(contrast(kGood, bg) >= small_text);
        CHECK(contrast(kBad, bg) >= small_text);
        for (fd::Mode m : fd::kAllModes) CHECK(contrast(fdg::mode_color(m), bg) >= small_text);
    }
    // "Mood: Angry" on the customer's card, an outcome on the debrief and the
    // summary: on the screen's background or a panel, never on a button.
    for (ImU32 bg : {kBackground, kPanel, IM_COL32(0, 0, 0, 255)}) {
        INFO("background " << std::hex << bg);
        for (const char* mood : {"furious", "angry", "upset", "wary", "neutral", "calm", "pleased", "delighted"}) {
            INFO("mood " << mood);
            CHECK(contrast(fdg::mood_color(mood), bg) >= 4.5);
        }
        for (const char* outcome : {"won_back", "kept", "lost", "escalated", "parted"}) {
            INFO("outcome " << outcome);
            CHECK(contrast(fdg::outcome_color(outcome), bg) >= 4.5);
        }
    }
    // The number on an answer's badge is dark on the mode's colour.
    for (fd::Mode m : fd::kAllModes) CHECK(contrast(IM_COL32(15, 18, 24, 255), fdg::mode_color(m)) >= 4.5);
    CHECK(contrast(IM_COL32(20, 20, 24, 255), kAccent) >= 4.5);  // the primary button's label
    // High contrast means more: body text at 7:1 (WCAG AAA) on every surface.
    if (high)
        for (ImU32 bg : surfaces) {
            CHECK(contrast(kText, bg) >= 7.0);
            CHECK(contrast(kMuted, bg) >= 7.0);
        }
    fdg::set_palette(false);
}
