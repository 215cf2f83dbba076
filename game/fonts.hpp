// The fonts, rebuilt at the pixel size the window needs so text is never
// scaled (and never blurry). DejaVu Sans covers the accented names and £ the
// scripts use; without it we fall back to ImGui's built-in font and say so.
#pragma once
#include <string>

#include <imgui.h>

namespace fdg {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;  // bold, 1.35x body
    ImFont* title = nullptr;    // bold, 2.2x body
    ImFont* small = nullptr;    // 0.8x body; equals body in facilitator mode (nothing small)
    // Narration in the conversation so far: DejaVu Sans Oblique (OpenDyslexic Italic with the
    // dyslexic setting) at the conversation's size, the small one. The small font itself when
    // the file is missing, and in facilitator mode (the projector shows no conversation).
    ImFont* italic = nullptr;
    bool italic_face = false;   // italic is a slanted face of its own, not the small font
    float body_px = 0;
    bool fallback = false;      // DejaVu Sans was missing
    bool dyslexic = false;      // OpenDyslexic is in use
    std::string missing;        // which file was missing
};

// Body text size for a window: 20 px at 1280x720 for one player (never below 16), 42 px at
// 1920x1080 for a projector (an em of 36 px), growing with the window and the --scale factor.
float body_px_for(int width, int height, float scale, bool facilitator);

// Clears the atlas and loads the fonts at `body_px`. The renderer's font texture
// must be recreated afterwards.
// `dyslexic`: OpenDyslexic (Debian's fonts-opendyslexic) for all but the title,
// with DejaVu merged in for the letters it lacks; DejaVu alone when it is missing.
// Narration's italic is loaded once, at the small size, and only for a desk.
Fonts build_fonts(float body_px, bool facilitator, bool dyslexic = false);

}  // namespace fdg
