// The workshop handout as one self-contained HTML file: inline CSS and SVG,
// no scripts, no fonts or images from elsewhere; laid out for A4 print.
#pragma once
#include <string>

#include "workshop_report.hpp"

namespace fd {

std::string handout_html(const WorkshopReport& r);

}  // namespace fd
