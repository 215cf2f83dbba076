// Collects the beats plans reach, then lists the others with FILE:LINE.
#include "test_coverage.hpp"

#include <filesystem>

#include "story_loader.hpp"
#include "terminal_text.hpp"

namespace fd::cli {

namespace {
namespace fs = std::filesystem;

std::string canonical(const std::string& path) {
    std::error_code ec;
    std::string c = fs::weakly_canonical(path, ec).string();
    return ec ? path : c;
}
}  // namespace

void TestCoverage::add(const std::vector<std::pair<std::string, std::string>>& visited) {
    for (const auto& [file, beat] : visited) reached_.insert({canonical(file), beat});
}

std::size_t TestCoverage::print(std::ostream& out, const std::string& root, const std::set<std::string>& targets) const {
    std::set<std::string> scripts(targets.begin(), targets.end());
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(root) / "encounters", ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".lua") scripts.insert(it->path().string());
    std::set<std::string> seen_files;
    std::size_t beats = 0, missed = 0;
    out << "\nCoverage: beats and endings no plan reaches\n";
    for (const auto& script : scripts) {
        StoryLoad load = load_story(script);
        if (!load.story) continue;  // lint and the plans report why
        for (const auto& st : load.story->stages) {
            std::string file = canonical(st.encounter->file);
            if (!seen_files.insert(file).second) continue;
            for (const auto& b : st.encounter->beats) {
                if (b.kind == BeatKind::Route) continue;  // passed through, never rested at
                ++beats;
                if (reached_.count({file, b.id})) continue;
                ++missed;
                out << "  " << terminal_text(st.encounter->file + ":" + std::to_string(b.spot.field("id")) + ": " +
                                             beat_kind_name(b.kind) + " '" + b.id + "'")
                    << "\n";
            }
        }
    }
    out << (beats - missed) << " of " << beats << " beats and endings reached by some plan\n";
    return missed;
}

}  // namespace fd::cli
