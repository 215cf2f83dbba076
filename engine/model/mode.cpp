#include "mode.hpp"

namespace fd {

const char* mode_name(Mode m) {
    switch (m) {
        case Mode::Avoid: return "avoid";
        case Mode::Accommodate: return "accommodate";
        case Mode::Compromise: return "compromise";
        case Mode::Collaborate: return "collaborate";
        case Mode::Compete: return "compete";
    }
    return "?";
}

std::optional<Mode> parse_mode(const std::string& name) {
    for (Mode m : kAllModes)
        if (name == mode_name(m)) return m;
    return std::nullopt;
}

// Positions follow Thomas & Kilmann's diagram: compromise sits in the middle,
// the other four at the corners (not at the very edge: nobody is 0% assertive).
PlanePoint mode_position(Mode m) {
    switch (m) {
        case Mode::Avoid: return {0.1, 0.1};
        case Mode::Accommodate: return {0.1, 0.9};
        case Mode::Compromise: return {0.5, 0.5};
        case Mode::Collaborate: return {0.9, 0.9};
        case Mode::Compete: return {0.9, 0.1};
    }
    return {};
}

int mode_index(Mode m) { return static_cast<int>(m); }

}  // namespace fd
