// Lint's bounded exploration: the engine of `explore` with a small budget, run once
// per combination of the campaign flags an encounter reads, so a fault in an effects
// function, a `when` or a stage's `next` shows up in lint with FILE:LINE, the beat, and
// the `frontdoor run ... --choose ...` (and `--story`) command that reaches it.
#pragma once
#include <string>

#include "diagnostic.hpp"
#include "story.hpp"

namespace fd {

struct LintExploreOptions {
    long long max_states = 4000;  // per run: enough for every shipped encounter, quick for any
    std::size_t max_flag_runs = 8;  // story flag combinations tried for one encounter
};

// The run-time faults (script errors, bad values returned, loops) that a bounded
// exploration of `path` (an encounter or a campaign) finds, as lint diagnostics.
Diagnostics explore_for_lint(const std::string& path, const LintExploreOptions& options = {});

}  // namespace fd
