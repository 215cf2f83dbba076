// Fonts: DejaVu Sans at the body size the window calls for, or ImGui's own when it is missing.
#include "fonts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <imgui_freetype.h>

namespace fdg {

namespace {

// FRONTDOOR_FONT_DIR points elsewhere (a portable install, or a test of the fallback).
std::string font_dir() {
    const char* dir = std::getenv("FRONTDOOR_FONT_DIR");
    return dir && *dir ? dir : "/usr/share/fonts/truetype/dejavu";
}

// Latin-1, Latin Extended-A and -B, combining accents, Greek, Cyrillic and Latin
// Extended Additional (Vietnamese), so names like Łukasiewicz, Nguyễn or Ђорђе
// render; general punctuation (curly quotes, dashes, ellipsis, bullet), the euro,
// arrows, the minus sign and geometric shapes (the ▶ and ● markers).
const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x04FF,
                           0x1E00, 0x1EFF, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x2199, 0x2212, 0x2212,
                           0x25A0, 0x25FF, 0};

// Big titles need fewer symbols, but the same letters (an encounter may be named after its customer).
const ImWchar kTitleRanges[] = {0x0020, 0x024F, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x04FF,
                                0x1E00, 0x1EFF, 0x2010, 0x2027, 0x2190, 0x2193, 0x25B6, 0x25B6, 0};

// Latin only: what the largest fonts fall back to when a huge window would make
// the atlas larger than a GPU texture may be (kMaxAtlas).
const ImWchar kLatinRanges[] = {0x0020, 0x024F, 0x0300, 0x036F, 0x2010, 0x205E, 0x20AC, 0x20AC,
                                0x2190, 0x2199, 0x2212, 0x2212, 0x25A0, 0x25FF, 0};
constexpr int kMaxAtlas = 4096;

ImFont* add(const char* file, float px, const ImWchar* ranges = kRanges) {
    ImFontConfig cfg;
    // FreeType rasterises each glyph hinted at exactly this size (no
    // oversampling, which blurred stems and turned "J" into "I" at 13 px), and
    // every glyph starts on a whole pixel.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    // Up to 24 px the auto-hinter snaps stems to whole pixels in both directions
    // (the font's own hints align them vertically only): every I, l and J has a
    // solid stem at 12 px. Larger text is crisp with the font's own hints, and
    // they are a third quicker to rasterise, which keeps the first frame quick.
    cfg.FontBuilderFlags = px <= 24 ? ImGuiFreeTypeBuilderFlags_ForceAutoHint : 0;
    return ImGui::GetIO().Fonts->AddFontFromFileTTF(file, px, &cfg, ranges);
}

// OpenDyslexic first, then DejaVu merged in: each letter from the first font that has it.
ImFont* add_merged(const std::string& first, const std::string& then, float px, const ImWchar* ranges) {
    ImFont* f = add(first.c_str(), px, ranges);
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.PixelSnapH = true;
    cfg.FontBuilderFlags = px <= 24 ? ImGuiFreeTypeBuilderFlags_ForceAutoHint : 0;
    ImGui::GetIO().Fonts->AddFontFromFileTTF(then.c_str(), px, &cfg, ranges);
    return f;
}

std::string dyslexic_dir() {
    const char* dir = std::getenv("FRONTDOOR_DYSLEXIC_FONT_DIR");
    return dir && *dir ? dir : "/usr/share/fonts/opentype/opendyslexic";
}

ImFont* add_default(float px) {
    ImFontConfig cfg;
    cfg.SizePixels = px;
    return ImGui::GetIO().Fonts->AddFontDefault(&cfg);
}

}  // namespace

float body_px_for(int width, int height, float scale, bool facilitator) {
    if (width <= 0 || height <= 0) return 20;
    if (facilitator) {
        // Projector: 42 px at 1920x1080, proportional to the window so the
        // back row reads the same text whatever the resolution. ImGui's size is
        // ascender to descender (2384 of DejaVu's 2048 units per em), so 42 px
        // gives the 36 px em that "36 px text" means in print.
        float k = std::min(width / 1920.0f, height / 1080.0f);
        float px = std::round(std::clamp(42.0f * k * scale, 16.0f, 120.0f));
        return px > 24 ? 2.0f * std::round(px / 2.0f) : px;
    }
    // Desk: grows more slowly than the window, so a big window shows more, not just larger.
    float k = std::min(width / 1280.0f, height / 720.0f);
    float px = std::round(std::clamp(20.0f * std::pow(k, 0.8f) * scale, 16.0f, 72.0f));
    // Even sizes only above 24 px: half the font rebuilds while a window is dragged larger.
    return px > 24 ? 2.0f * std::round(px / 2.0f) : px;
}

namespace {

// DejaVu at `body_px`. `shed` 0 keeps every script in every font; 1 makes the
// title Latin only, 2 the heading too, 3 everything; 4 also sets titles in the
// heading font (a title font of 200 px and more fills a texture on its own).
// The small size: the conversation so far, notes and hints.
float small_px(float body_px) { return std::round(std::max(12.0f, body_px * 0.8f)); }

bool file_exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

// Narration's slanted face at the small size, only where a conversation is shown
// (one more font, not one per size: the first frame rasterises every glyph loaded).
// `merge_under`: a font to merge in for the letters `file` lacks ("" for none).
void add_italic(Fonts& f, const std::string& file, const std::string& merge_under, float px, bool facilitator,
                const ImWchar* ranges) {
    f.italic = f.small;
    f.italic_face = false;
    if (facilitator || !file_exists(file)) return;
    f.italic = merge_under.empty() ? add(file.c_str(), px, ranges) : add_merged(file, merge_under, px, ranges);
    f.italic_face = true;
}

std::string dejavu_oblique() { return font_dir() + "/DejaVuSans-Oblique.ttf"; }

void add_dejavu(Fonts& f, const std::string& regular, const std::string& bold, float body_px, bool facilitator,
                int shed) {
    const ImWchar* body_r = shed >= 3 ? kLatinRanges : kRanges;
    f.body = add(regular.c_str(), body_px, body_r);
    f.bold = add(bold.c_str(), body_px, body_r);
    f.heading = add(bold.c_str(), std::round(body_px * 1.35f), shed >= 2 ? kLatinRanges : kRanges);
    const ImWchar* title_r = shed >= 1 ? kLatinRanges : kTitleRanges;
    f.title = shed >= 4 ? f.heading : add(bold.c_str(), std::round(body_px * 2.2f), title_r);
    f.small = facilitator ? f.body : add(regular.c_str(), small_px(body_px), body_r);
    add_italic(f, dejavu_oblique(), "", small_px(body_px), facilitator, body_r);
}

// Where to start shedding, so a huge window builds the atlas once, not five times
// (measured with DejaVu Sans 2.37: every script fits up to about 60 px body text,
// a 4K projector's 84 px fits with Latin only; a desk adds the small font).
int first_shed(float body_px, bool facilitator) {
    if (!facilitator) body_px *= 1.05f;
    if (body_px <= 60) return 0;
    if (body_px <= 68) return 1;
    if (body_px <= 76) return 2;
    return body_px <= 84 ? 3 : 4;
}

void add_fallback(Fonts& f, float body_px, bool facilitator) {
    // ImGui's font is a 13 px bitmap; scaling it is the best we can do.
    f.body = add_default(body_px);
    f.bold = f.body;
    f.heading = add_default(std::round(body_px * 1.35f));
    f.title = add_default(std::round(body_px * 2.2f));
    f.small = facilitator ? f.body : add_default(std::round(body_px * 0.8f));
    f.italic = f.small;  // no slanted face to fall back on
    f.italic_face = false;
}

}  // namespace

// The body, bold, heading and small fonts in OpenDyslexic over DejaVu (the title stays DejaVu).
// OpenDyslexic's line box is tall for its letters: at 1.3x its letters match
// DejaVu's and the lines sit further apart, as dyslexia-friendly text should.
void add_dyslexic(Fonts& f, const std::string& regular, const std::string& bold, float body_px, bool facilitator) {
    std::string d = dyslexic_dir();
    float title_px = std::round(body_px * 2.2f);
    body_px = std::round(body_px * 1.3f);
    const std::string d_regular = d + "/OpenDyslexic-Regular.otf", d_bold = d + "/OpenDyslexic-Bold.otf";
    f.body = add_merged(d_regular, regular, body_px, kRanges);
    f.bold = add_merged(d_bold, bold, body_px, kRanges);
    f.heading = add_merged(d_bold, bold, std::round(body_px * 1.35f), kLatinRanges);
    f.title = add(bold.c_str(), title_px, kLatinRanges);
    f.small = facilitator ? f.body : add_merged(d_regular, regular, small_px(body_px), kRanges);
    // OpenDyslexic's own italic over DejaVu's oblique (or regular) for the letters it lacks.
    const std::string under = file_exists(dejavu_oblique()) ? dejavu_oblique() : regular;
    add_italic(f, d + "/OpenDyslexic-Italic.otf", under, small_px(body_px), facilitator, kRanges);
}

Fonts build_fonts(float body_px, bool facilitator, bool dyslexic) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    // No power-of-two height: a third less texture to make and upload at start.
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Debian's libimgui has ImGui's FreeType rasteriser: hinted, pixel-exact glyphs.
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas->FontBuilderFlags = 0;  // per font, in add()
    Fonts f;
    f.body_px = body_px;
    std::error_code ec;
    const std::string regular = font_dir() + "/DejaVuSans.ttf", bold = font_dir() + "/DejaVuSans-Bold.ttf";
    bool have_regular = std::filesystem::exists(regular, ec);
    bool have_bold = std::filesystem::exists(bold, ec);
    f.fallback = !have_regular;
    f.dyslexic = dyslexic && !f.fallback && std::filesystem::exists(dyslexic_dir() + "/OpenDyslexic-Regular.otf", ec) &&
                 std::filesystem::exists(dyslexic_dir() + "/OpenDyslexic-Bold.otf", ec);
    if (f.fallback) f.missing = regular;
    // Try every script first; only a window far beyond 1080p needs to shed some.
    for (int shed = first_shed(body_px, facilitator); shed <= 4; ++shed) {
        atlas->Clear();
        atlas->TexDesiredWidth = body_px <= 36 ? 2048 : kMaxAtlas;
        if (f.fallback) add_fallback(f, body_px, facilitator);
        else if (f.dyslexic) add_dyslexic(f, regular, have_bold ? bold : regular, body_px, facilitator);
        else add_dejavu(f, regular, have_bold ? bold : regular, body_px, facilitator, shed);
        atlas->Build();
        if (f.fallback || atlas->TexHeight <= kMaxAtlas) break;
    }
    ImGui::GetIO().FontDefault = f.body;
    return f;
}

}  // namespace fdg
