// Scans a scripts folder's flag uses once (not its tests/), then checks encounters against them.
#include "lint_flags.hpp"

#include <filesystem>

#include "encounter_loader.hpp"
#include "file_text.hpp"

namespace fd::cli {

namespace {
namespace fs = std::filesystem;
constexpr std::size_t kMaxScriptBytes = 16u << 20;
}  // namespace

const FlagUses& FlagLint::folder(const std::string& root) {
    auto it = folders_.find(root);
    if (it != folders_.end()) return it->second;
    FlagUses all;
    std::error_code ec;
    fs::path tests = fs::path(root) / "tests";
    for (fs::recursive_directory_iterator i(root, ec), end; !ec && i != end; i.increment(ec)) {
        if (i->is_directory() && i->path() == tests) {
            i.disable_recursion_pending();  // test plans set story flags to stage a scene, not to tell a story
            continue;
        }
        if (!i->is_regular_file() || i->path().extension() != ".lua") continue;
        FileText f = read_file(i->path().string(), kMaxScriptBytes);
        if (f.ok) all.add(scan_flag_uses(f.text, i->path().string()));
    }
    return folders_.emplace(root, std::move(all)).first->second;
}

void FlagLint::check(const Encounter& e, Diagnostics& out) {
    FileText f = read_file(e.file, kMaxScriptBytes);
    if (!f.ok) return;
    FlagUses own = scan_flag_uses(f.text, e.file, e.declares_flags ? e.spot.field("flags") : 0);
    // The folder's scan names files by its own paths; this file's uses count once, by the path linted.
    FlagUses everyone = own;
    std::error_code ec;
    for (const auto& u : folder(scripts_root_for(e.file)).story)
        if (!fs::equivalent(u.file, e.file, ec)) everyone.story.push_back(u);
    everyone.reads_any_story = everyone.reads_any_story || folder(scripts_root_for(e.file)).reads_any_story;
    check_flag_uses(e, own, everyone, out);
}

}  // namespace fd::cli
