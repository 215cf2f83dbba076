// ISO 8601 times and durations for records_time.hpp.
#include "records_time.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace fd {

double system_seconds() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

std::string iso_time(double t) {
    auto whole = static_cast<std::time_t>(std::floor(t));
    int ms = static_cast<int>(std::lround((t - std::floor(t)) * 1000));
    if (ms == 1000) {
        ++whole;
        ms = 0;
    }
    std::tm tm{};
    gmtime_r(&whole, &tm);
    char out[96];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
    return out;
}

std::string iso_duration(double seconds) {
    if (!(seconds > 0)) seconds = 0;
    long long centis = std::llround(seconds * 100);
    long long h = centis / 360000, m = centis / 6000 % 60;
    double s = double(centis % 6000) / 100.0;
    std::string out = "PT";
    if (h) out += std::to_string(h) + "H";
    if (m) out += std::to_string(m) + "M";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", s);
    std::string secs = buf;
    while (secs.back() == '0') secs.pop_back();
    if (secs.back() == '.') secs.pop_back();
    return out + secs + "S";
}

}  // namespace fd
