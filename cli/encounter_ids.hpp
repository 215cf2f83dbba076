// For lint: notices two encounter files that declare the same `id` (FD018),
// across the files of a folder and the stages of a campaign.
#pragma once
#include <map>
#include <string>

#include "diagnostic.hpp"
#include "encounter.hpp"

namespace fd::cli {

class EncounterIds {
public:
    // Reports `e` when another file already declared its id; the same file
    // seen again (from a folder and from the campaign) is no duplicate.
    void add(const Encounter& e, Diagnostics& out);

private:
    struct Seen {
        std::string file, canonical;
        int line = 0;
    };
    std::map<std::string, Seen> first_;
};

}  // namespace fd::cli
