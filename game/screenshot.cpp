// --screenshot: the headless frame's surface written as a PNG.
#include "screenshot.hpp"

// The one place stb_image_write's code is compiled; STATIC keeps its symbols
// from clashing with the copy inside Debian's libstb.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include <stb_image_write.h>
#pragma GCC diagnostic pop

namespace fdg {

std::string write_png(SDL_Surface* surface, const std::string& path) {
    // Convert to RGBA bytes in memory order, whatever the surface's format is.
    SDL_Surface* rgba = SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGBA32, 0);
    if (!rgba) return std::string("cannot convert the frame: ") + SDL_GetError();
    int ok = stbi_write_png(path.c_str(), rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch);
    SDL_FreeSurface(rgba);
    if (!ok) return "cannot write " + path;
    return "";
}

}  // namespace fdg
