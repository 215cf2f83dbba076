// Save script names: relative to the scripts folder on the way out, confined to it on the way in.
#include "save_script.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "limits.hpp"
#include "save.hpp"

namespace fd {

namespace fs = std::filesystem;

namespace {
// The real place of `p`, symbolic links followed (as far as the path exists).
fs::path real(const fs::path& p) {
    std::error_code ec;
    fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? fs::absolute(p, ec).lexically_normal() : r;
}

bool is_inside(const fs::path& path, const fs::path& folder) {
    auto mismatch = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    // Every part of the folder matched, and something follows: a file inside it.
    return mismatch.first == folder.end() && mismatch.second != path.end();
}
}  // namespace

std::string script_name_for_save(const std::string& script, const ScriptHome& home) {
    if (!home.set()) return script;
    fs::path file = real(script), folder = real(home.scripts_dir);
    if (!is_inside(file, folder)) return script;
    return file.lexically_relative(folder).generic_string();
}

std::string script_from_save(const std::string& saved, const ScriptHome& home) {
    if (!home.set()) return saved;
    if (saved.empty()) throw SaveError("the save names no script");
    fs::path given(saved);
    fs::path candidate = given.is_absolute() ? given : fs::path(home.scripts_dir) / given;
    std::error_code ec;
    // An old save: a path relative to the folder the game ran in ("scripts/campaign.lua").
    if (!given.is_absolute() && !fs::exists(candidate, ec) && fs::exists(given, ec)) candidate = fs::absolute(given, ec);
    fs::path file = real(candidate);
    bool allowed = is_inside(file, real(home.scripts_dir)) ||
                   (!home.launched.empty() && file == real(home.launched));
    if (!allowed)
        throw SaveError("the save names the script '" + clipped(saved, 200) + "', which is outside the scripts folder " +
                        home.scripts_dir + "; a save can only continue a script from there");
    return candidate.lexically_normal().string();
}

}  // namespace fd
