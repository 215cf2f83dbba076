// Times in the records: seconds since the epoch, written as ISO 8601 UTC with
// milliseconds (timestamps) and as ISO 8601 durations (xAPI result.duration).
#pragma once
#include <functional>
#include <string>

namespace fd {

using RecordsClock = std::function<double()>;  // seconds since the epoch
double system_seconds();
std::string iso_time(double epoch_seconds);      // 2026-12-02T23:01:02.345Z
std::string iso_duration(double seconds);        // PT1M2.5S

}  // namespace fd
