// For lint: checks each encounter's flags and the story flags it uses, against
// every script of its scripts folder (the campaign and all encounters).
#pragma once
#include <map>
#include <string>

#include "diagnostic.hpp"
#include "encounter.hpp"
#include "flag_uses.hpp"

namespace fd::cli {

class FlagLint {
public:
    void check(const Encounter& e, Diagnostics& out);

private:
    const FlagUses& folder(const std::string& root);  // scanned once per scripts folder
    std::map<std::string, FlagUses> folders_;
};

}  // namespace fd::cli
