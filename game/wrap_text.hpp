// Text broken into lines at a width: at spaces, and a word wider than the line
// (a folder path) after a '/', else between letters.
#pragma once
#include <string>

#include <imgui.h>

namespace fdg {

// `s` with line breaks where it wraps at `width`: only at spaces, so a closing
// quote or a full stop never starts a line alone (ImGui's own wrap breaks after
// punctuation). A word wider than `width` (a folder path) breaks after a '/',
// else between letters.
std::string wrap_words(ImFont* font, const std::string& s, float width);

}  // namespace fdg
