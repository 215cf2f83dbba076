// Every vote of a workshop as CSV rows (RFC 4180): one row per answer offered
// at each decision, with its hands, fit, and whether it was played or best.
#pragma once
#include <string>

#include "workshop_report.hpp"

namespace fd {

std::string votes_csv(const WorkshopReport& r);

}  // namespace fd
