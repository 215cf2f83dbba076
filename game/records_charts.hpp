// The Records screen's charts, drawn with ImGui draw lists from the numbers of the
// records report (engine/records/report.hpp): nothing is computed here but where to
// draw. Every label is registered with the layout probe inside its chart's frame, and
// a label too long for its place is shortened with an ellipsis, never drawn past it.
#pragma once
#include <string>
#include <vector>

#include "report.hpp"
#include "widgets.hpp"

namespace fdg {

// One bar: a label and a share of best-fit answers out of `total`.
struct ShareBar {
    std::string label;
    fd::Share share;
};

// Horizontal bars at the cursor, `width` wide: label, bar, "64% of 11".
void share_bars(Ui& ui, const std::vector<ShareBar>& bars, float width);
// The share of best-fit answers attempt by attempt (oldest first), as a line.
void share_line(Ui& ui, const std::vector<double>& shares, float width, float height);
// Every player's profile on the assertiveness x cooperativeness plane, with the
// group's mean and one standard deviation either side.
void profile_spread(Ui& ui, const fd::RecordsReport& r, float size);
// Small figures side by side: { "Completion", "100%" }, ...; wraps to a second row.
void stat_tiles(Ui& ui, const std::vector<std::pair<std::string, std::string>>& tiles, float width);

// `s` shortened with an ellipsis to fit `max_width` in `font` ("" when not even that fits).
std::string fitted(ImFont* font, const std::string& s, float max_width);

}  // namespace fdg
