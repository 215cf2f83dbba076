#include "save_slot.hpp"

#include <filesystem>
#include <system_error>

namespace fd {

namespace fs = std::filesystem;

SaveSlot::SaveSlot(std::string dir, std::string name)
    : dir_(std::move(dir)), path_(dir_ + "/" + name + ".json"), backup_(dir_ + "/" + name + ".prev.json") {}

bool SaveSlot::exists() const {
    std::error_code ec;
    return fs::exists(path_, ec) || fs::exists(backup_, ec);
}

void SaveSlot::write(const SaveGame& g) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) throw SaveError("cannot create the save folder " + dir_ + ": " + ec.message());
    // Keep the current save as the backup only if it is itself good.
    if (fs::exists(path_, ec)) {
        try {
            read_save(path_);
            fs::copy_file(path_, backup_ + ".tmp", fs::copy_options::overwrite_existing, ec);
            if (!ec) fs::rename(backup_ + ".tmp", backup_, ec);
        } catch (const SaveError&) {
            // A damaged current save is not worth keeping; the backup stays as it was.
        }
    }
    write_save(path_, g);
}

SaveSlot::Loaded SaveSlot::load() const {
    Loaded out;
    std::error_code ec;
    if (fs::exists(path_, ec)) {
        try {
            out.game = read_save(path_);
            return out;
        } catch (const SaveError& e) {
            out.problem = e.what();
        }
    }
    if (fs::exists(backup_, ec)) {
        try {
            out.game = read_save(backup_);
            out.from_backup = true;
            if (!out.problem.empty()) out.problem += "; continuing from the previous save instead";
        } catch (const SaveError& e) {
            out.problem += (out.problem.empty() ? "" : "; ") + std::string(e.what());
        }
    }
    return out;
}

}  // namespace fd
