// Remembers the first file declaring each encounter id and reports later ones.
#include "encounter_ids.hpp"

#include <filesystem>

namespace fd::cli {

void EncounterIds::add(const Encounter& e, Diagnostics& out) {
    std::error_code ec;
    std::string canonical = std::filesystem::weakly_canonical(e.file, ec).string();
    if (ec) canonical = e.file;
    int line = e.spot.field("id");
    auto [it, fresh] = first_.emplace(e.id, Seen{e.file, canonical, line});
    if (fresh || it->second.canonical == canonical) return;
    const Seen& first = it->second;
    out.push_back({e.file, line, Severity::Error, code::duplicate_encounter,
                   "encounter id '" + e.id + "' is already the id of " + first.file + ":" + std::to_string(first.line) +
                       "; each encounter needs its own id"});
}

}  // namespace fd::cli
