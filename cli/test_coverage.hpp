// frontdoor test --coverage: the beats and endings of a scripts folder's encounters
// that no test plan's play-through reaches.
#pragma once
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace fd::cli {

class TestCoverage {
public:
    // A plan's play-through rested at these (encounter file, beat id).
    void add(const std::vector<std::pair<std::string, std::string>>& visited);
    // Lists every unreached beat of the encounters in `root`/encounters and of the
    // scripts the plans played; returns how many there are.
    std::size_t print(std::ostream& out, const std::string& root, const std::set<std::string>& targets) const;

private:
    std::set<std::pair<std::string, std::string>> reached_;  // canonical file, beat
};

}  // namespace fd::cli
