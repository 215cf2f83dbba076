#include "save_slot.hpp"

#include <ctime>
#include <filesystem>
#include <system_error>

namespace fd {

namespace fs = std::filesystem;

SaveSlot::SaveSlot(std::string dir, std::string name, ScriptHome home)
    : dir_(std::move(dir)),
      path_(dir_ + "/" + name + ".json"),
      backup_(dir_ + "/" + name + ".prev.json"),
      home_(std::move(home)) {}

bool SaveSlot::exists() const {
    std::error_code ec;
    return fs::exists(path_, ec) || fs::exists(backup_, ec);
}

void SaveSlot::write(const SaveGame& g) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) throw SaveError("cannot create the save folder " + dir_ + ": " + ec.message());
    if (fs::exists(path_, ec)) {
        std::string text = read_save_text(path_);
        bool good = true;
        try {
            parse_save(text, path_);
        } catch (const SaveError&) {
            good = false;
        }
        // The current save becomes the backup only if it is itself good. One we
        // cannot read (damaged, or made by a newer version) is set aside, never overwritten.
        if (good)
            write_file_atomically(backup_, text);
        else
            set_aside();
    }
    SaveGame named = g;
    named.script = script_name_for_save(g.script, home_);
    write_save(path_, named);
}

SaveGame SaveSlot::read(const std::string& path) const {
    SaveGame g = read_save(path);
    try {
        g.script = script_from_save(g.script, home_);
    } catch (const SaveError& e) {
        throw SaveError(path + ": " + e.what());
    }
    return g;
}

std::string SaveSlot::set_aside() const {
    std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    std::string stem = path_.substr(0, path_.size() - 5) + ".unreadable-" + stamp;
    std::string target = stem + ".json";
    std::error_code ec;
    for (int n = 2; fs::exists(target, ec); ++n) target = stem + "-" + std::to_string(n) + ".json";
    fs::rename(path_, target, ec);
    if (ec) throw SaveError("cannot set the unreadable save " + path_ + " aside: " + ec.message());
    return target;
}

SaveSlot::Loaded SaveSlot::load() const {
    Loaded out;
    std::error_code ec;
    if (fs::exists(path_, ec)) {
        try {
            out.game = read(path_);
            return out;
        } catch (const SaveError& e) {
            out.problem = e.what();
        }
    }
    if (fs::exists(backup_, ec)) {
        try {
            out.game = read(backup_);
            out.from_backup = true;
            if (!out.problem.empty()) out.problem += "; continuing from the previous save instead";
        } catch (const SaveError& e) {
            out.problem += (out.problem.empty() ? "" : "; ") + std::string(e.what());
        }
    }
    return out;
}

}  // namespace fd
