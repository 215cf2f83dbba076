// Wrapped text: words wrap at spaces, and a word wider than the line (a save
// folder's path in Settings) breaks after a '/', never past the line's width.
#include <catch2/catch.hpp>

#include <cfloat>
#include <sstream>
#include <string>
#include <vector>

#include <imgui.h>

#include "wrap_text.hpp"

namespace {

struct DefaultFont {  // ImGui's own font, built: enough to measure text
    DefaultFont() {
        ImGui::CreateContext();
        font = ImGui::GetIO().Fonts->AddFontDefault();
        ImGui::GetIO().Fonts->Build();
    }
    ~DefaultFont() { ImGui::DestroyContext(); }
    ImFont* font = nullptr;
};

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

float width_of(ImFont* f, const std::string& s) { return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str()).x; }

}  // namespace

TEST_CASE("wrapped text: a long folder path breaks after a slash and every line fits the width", "[look][wrap]") {
    DefaultFont d;
    const std::string path = "/home/a-rather-long-home-folder-name/with/several/levels/of/folders/inside/it/frontdoor";
    const std::string s = "Saves and settings are kept in " + path;
    const float width = width_of(d.font, "Saves and settings are kept in /home/a-rather");
    REQUIRE(width < width_of(d.font, path));
    std::vector<std::string> lines = lines_of(fdg::wrap_words(d.font, s, width));
    REQUIRE(lines.size() >= 3);
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO("line " << i << ": " << lines[i]);
        CHECK(width_of(d.font, lines[i]) <= width);
        // The path's lines end at a '/' (no folder name cut in two), but for its last.
        if (i >= 1 && i + 1 < lines.size()) CHECK(lines[i].back() == '/');
        joined += (i == 1 ? " " : "") + lines[i];
    }
    CHECK(lines[0] == "Saves and settings are kept in");
    CHECK(joined == s);  // nothing lost, nothing added
}

TEST_CASE("wrapped text: a word with no slash wider than the line breaks between letters, whole UTF-8 letters kept",
          "[look][wrap]") {
    DefaultFont d;
    const std::string word = "Überlänge-ohne-Schrägstrich-Überlänge-ohne-Schrägstrich";
    const float width = width_of(d.font, "Überlänge-ohne");
    std::vector<std::string> lines = lines_of(fdg::wrap_words(d.font, word, width));
    REQUIRE(lines.size() >= 3);
    std::string joined;
    for (const std::string& line : lines) {
        INFO(line);
        CHECK(width_of(d.font, line) <= width);
        CHECK((static_cast<unsigned char>(line[0]) & 0xC0) != 0x80);  // never starts inside a letter
        joined += line;
    }
    CHECK(joined == word);
}

TEST_CASE("wrapped text: ordinary words still wrap at spaces only", "[look][wrap]") {
    DefaultFont d;
    const std::string s = "How do you answer? Press one of the five keys.";
    const float width = width_of(d.font, "How do you answer? Press");
    std::vector<std::string> lines = lines_of(fdg::wrap_words(d.font, s, width));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "How do you answer? Press");
    CHECK(lines[1] == "one of the five keys.");
}

TEST_CASE("wrapped text: a single letter wider than the line starts no empty line", "[look][wrap]") {
    DefaultFont d;
    const float width = width_of(d.font, "W") * 0.5f;  // narrower than any letter
    CHECK(fdg::wrap_words(d.font, "W", width) == "W");
    CHECK(fdg::wrap_words(d.font, "W x", width) == "W\nx");
}
