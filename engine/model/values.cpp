#include "values.hpp"

#include <cmath>
#include <cstdio>

namespace fd {

std::string flag_to_string(const FlagValue& v) {
    if (auto b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (auto d = std::get_if<double>(&v)) {
        if (std::floor(*d) == *d && std::fabs(*d) < 1e15) return std::to_string(static_cast<long long>(*d));
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.14g", *d);
        return buf;
    }
    return std::get<std::string>(v);
}

bool flag_truthy(const FlagValue& v) {
    if (auto b = std::get_if<bool>(&v)) return *b;
    return true;
}

}  // namespace fd
