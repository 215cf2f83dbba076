// The portraits, measured from what they draw (ImGui's vertices, no window):
// each mood is its own face, every look word changes the drawing, the script's
// look wins over the name, and what it leaves out comes from the name alike
// every time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

#include <imgui.h>

#include "portrait.hpp"
#include "portrait_parts.hpp"
#include "vocabulary.hpp"

namespace {

// One ImGui frame to draw into, with the font atlas built.
struct Frame {
    Frame() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;  // no imgui.ini left in the working directory
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        ImGui::NewFrame();
    }
    ~Frame() {
        ImGui::EndFrame();
        ImGui::DestroyContext();
    }
};

using Drawing = std::vector<std::tuple<int, int, ImU32>>;  // each vertex: x, y (whole pixels), colour

Drawing drawing_of(const fd::Customer& c, float mood) {
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    int from = dl->VtxBuffer.Size;
    fdg::draw_portrait(dl, ImVec2(10, 10), 300, c, mood);
    Drawing out;
    for (int i = from; i < dl->VtxBuffer.Size; ++i) {
        const ImDrawVert& v = dl->VtxBuffer[i];
        out.emplace_back(static_cast<int>(v.pos.x), static_cast<int>(v.pos.y), v.col);
    }
    return out;
}

std::set<ImU32> colours_of(const Drawing& d) {
    std::set<ImU32> out;
    for (const auto& v : d) out.insert(std::get<2>(v));
    return out;
}

fd::Customer someone() {
    fd::Customer c;
    c.name = "Ana Lima";
    c.role = "Customer";
    c.life = "Busy day.";
    c.look.skin = "medium";
    c.look.hair = "brown";
    c.look.hair_style = "short";
    c.look.age = "adult";
    c.look.glasses = false;
    c.look.headwear = "none";
    return c;
}

void set_field(fd::Look& l, const std::string& field, const std::string& word) {
    if (field == "skin") l.skin = word;
    if (field == "hair") l.hair = word;
    if (field == "hair_style") l.hair_style = word;
    if (field == "age") l.age = word;
    if (field == "headwear") l.headwear = word;
}

std::string field_of(const fd::Look& l, const std::string& field) {
    if (field == "skin") return l.skin;
    if (field == "hair") return l.hair;
    if (field == "hair_style") return l.hair_style;
    if (field == "age") return l.age;
    return l.headwear;
}

}  // namespace

TEST_CASE("portrait: each of the eight moods draws a face of its own", "[look][portrait]") {
    Frame frame;
    fd::Customer c = someone();
    std::vector<Drawing> faces;
    for (std::size_t m = 0; m < fd::kMoods.size(); ++m) faces.push_back(drawing_of(c, static_cast<float>(m)));
    for (std::size_t a = 0; a < faces.size(); ++a)
        for (std::size_t b = a + 1; b < faces.size(); ++b) {
            INFO(fd::kMoods[a] << " and " << fd::kMoods[b]);
            CHECK(faces[a] != faces[b]);
        }
}

TEST_CASE("portrait: every word of every look field changes what is drawn", "[look][portrait]") {
    Frame frame;
    for (const auto& field : fd::fields_of("look")) {
        if (field == "glasses") continue;
        std::vector<Drawing> drawn;
        for (const auto& word : fd::look_values(field)) {
            fd::Customer c = someone();
            set_field(c.look, field, word);
            drawn.push_back(drawing_of(c, 4));
        }
        REQUIRE(drawn.size() >= 4);
        for (std::size_t a = 0; a < drawn.size(); ++a)
            for (std::size_t b = a + 1; b < drawn.size(); ++b) {
                INFO(field << ": " << fd::look_values(field)[a] << " and " << fd::look_values(field)[b]);
                CHECK(drawn[a] != drawn[b]);
            }
    }
    fd::Customer plain = someone(), glasses = someone();
    glasses.look.glasses = true;
    CHECK(drawing_of(plain, 4) != drawing_of(glasses, 4));
}

TEST_CASE("portrait: the skin the script gives is the colour of the face", "[look][portrait]") {
    Frame frame;
    for (const auto& skin : fd::look_values("skin")) {
        fd::Customer c = someone();
        c.look.skin = skin;
        INFO(skin);
        CHECK(colours_of(drawing_of(c, 4)).count(fdg::portrait::skin_colour(skin)) == 1);
    }
}

TEST_CASE("portrait: the script's look wins over the name, and what it leaves out comes from the name", "[look][portrait]") {
    fd::Customer given = someone();
    given.name = "Daniel Osei";
    given.look.skin = "dark";
    CHECK(fdg::look_for(given).skin == "dark");

    fd::Customer bare;
    bare.name = "Daniel Osei";
    bare.role = "Quantity surveyor";
    fd::Look a = fdg::look_for(bare), b = fdg::look_for(bare);
    CHECK(a.skin == b.skin);  // the same customer looks the same every time
    CHECK(a.hair == b.hair);
    CHECK(a.hair_style == b.hair_style);
    for (const auto& field : {"skin", "hair", "hair_style", "age", "headwear"}) {
        const auto& words = fd::look_values(field);
        std::string value = field_of(a, field);
        INFO(field << " = " << value);
        CHECK(std::find(words.begin(), words.end(), value) != words.end());
    }

    fd::Customer retired = bare;
    retired.role = "Retired piano teacher";
    fd::Look old = fdg::look_for(retired);
    CHECK(old.age == "older");
    CHECK((old.hair == "grey" || old.hair == "white"));
}
