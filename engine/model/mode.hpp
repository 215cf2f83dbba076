// The five Thomas-Kilmann conflict modes and their place on the
// assertiveness x cooperativeness plane.
#pragma once
#include <array>
#include <optional>
#include <string>

namespace fd {

enum class Mode { Avoid, Accommodate, Compromise, Collaborate, Compete };

constexpr std::array<Mode, 5> kAllModes = {Mode::Avoid, Mode::Accommodate, Mode::Compromise,
                                           Mode::Collaborate, Mode::Compete};

struct PlanePoint {
    double assertiveness = 0;
    double cooperativeness = 0;
};

const char* mode_name(Mode m);
std::optional<Mode> parse_mode(const std::string& name);
PlanePoint mode_position(Mode m);
int mode_index(Mode m);

}  // namespace fd
