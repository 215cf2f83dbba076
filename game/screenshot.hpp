// Writes what the software renderer drew to a PNG (headless runs, tests, docs).
#pragma once
#include <string>

#include <SDL.h>

namespace fdg {

// Returns "" on success, else what went wrong.
std::string write_png(SDL_Surface* surface, const std::string& path);

}  // namespace fdg
