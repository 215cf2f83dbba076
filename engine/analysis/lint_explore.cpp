// Lint's bounded exploration: which story flags to vary, and defects as diagnostics.
#include "lint_explore.hpp"

#include <algorithm>
#include <set>

#include "explore.hpp"
#include "read_names.hpp"
#include "story_loader.hpp"

namespace fd {
namespace {

// The campaign flags to set before play: none, then every combination of the ones
// the encounter reads while there are few; with many, each alone and all together.
std::vector<Flags> flag_variations(const Story& story, std::size_t max_runs) {
    std::vector<Flags> runs{Flags{}};
    if (story.is_campaign || story.stages.empty()) return runs;
    ReadNames reads = scan_read_names_in_file(story.stages.front().encounter->file);
    std::vector<std::string> names(reads.story.begin(), reads.story.end());
    std::size_t n = names.size();
    if (n > 0 && (std::size_t{1} << std::min<std::size_t>(n, 16)) <= max_runs) {
        for (std::size_t mask = 1; mask < (std::size_t{1} << n); ++mask) {
            Flags f;
            for (std::size_t i = 0; i < n; ++i)
                if (mask & (std::size_t{1} << i)) f[names[i]] = true;
            runs.push_back(std::move(f));
        }
        return runs;
    }
    Flags all;
    for (const auto& name : names) {
        if (runs.size() + 1 < max_runs) runs.push_back(Flags{{name, true}});
        all[name] = true;
    }
    if (n > 1) runs.push_back(all);
    return runs;
}

}  // namespace

Diagnostics explore_for_lint(const std::string& path, const LintExploreOptions& options) {
    Diagnostics out;
    StoryLoad load = load_story(path);
    if (!load.story) return out;  // lint has reported why already
    std::set<std::string> seen;
    for (const Flags& story_flags : flag_variations(*load.story, options.max_flag_runs)) {
        ExploreOptions opt;
        opt.max_states = options.max_states;
        opt.story = story_flags;
        opt.strategies = false;
        Exploration x = explore(load.story, load.host, opt);
        for (std::size_t i = 0; i < x.defects.size(); ++i) {
            Diagnostic d = x.defects[i];
            // Lint's own graph check reports beats no path reaches (as warnings, FD010).
            if (d.code == code::unreachable_beat.id || !x.defect_paths[i]) continue;
            if (!seen.insert(d.file + ":" + std::to_string(d.line) + d.message).second) continue;
            d.message += "; reproduce: " + run_command(path, *x.defect_paths[i], x.story);
            out.push_back(std::move(d));
        }
    }
    return out;
}

}  // namespace fd
