// Which states lead to which, inside one encounter as explore walks it, so that a
// path coming back to a state it has already been in (a loop with nothing changed)
// is found the moment it closes, not after the step limit.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace fd {

class StateGraph {
public:
    // The number of a state key; `fresh` tells whether it is new.
    int id(const std::string& key, bool& fresh);
    // Records a move from state `from` to state `to`. Returns true when it closes a
    // loop: `to` already leads back to `from` (or is `from`).
    bool link_closes_loop(int from, int to);

private:
    bool reaches(int from, int to);
    std::unordered_map<std::string, int> ids_;
    std::vector<std::vector<int>> out_;
    std::vector<unsigned> seen_;  // per state: the search that last visited it
    unsigned search_ = 0;
};

}  // namespace fd
