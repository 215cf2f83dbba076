// The session as JSON for tools and reports: outcome, ending, customer,
// business, flags, log and profile.
#pragma once
#include <nlohmann/json.hpp>

#include "session.hpp"

namespace fd {

nlohmann::json session_report(const Session& s);

}  // namespace fd
