// The move graph explore uses to find loops: see state_graph.hpp.
#include "state_graph.hpp"

#include <algorithm>

namespace fd {

int StateGraph::id(const std::string& key, bool& fresh) {
    auto [it, inserted] = ids_.try_emplace(key, static_cast<int>(out_.size()));
    fresh = inserted;
    if (inserted) {
        out_.emplace_back();
        seen_.push_back(0);
    }
    return it->second;
}

bool StateGraph::link_closes_loop(int from, int to) {
    auto& out = out_[static_cast<std::size_t>(from)];
    if (std::find(out.begin(), out.end(), to) == out.end()) out.push_back(to);
    return reaches(to, from);
}

// Depth-first, with an explicit stack: a long chain of states must not overflow it.
bool StateGraph::reaches(int from, int to) {
    if (from == to) return true;
    if (out_[static_cast<std::size_t>(from)].empty()) return false;  // not walked on yet: the usual case
    ++search_;
    std::vector<int> stack{from};
    seen_[static_cast<std::size_t>(from)] = search_;
    while (!stack.empty()) {
        int at = stack.back();
        stack.pop_back();
        for (int next : out_[static_cast<std::size_t>(at)]) {
            if (next == to) return true;
            auto& mark = seen_[static_cast<std::size_t>(next)];
            if (mark == search_) continue;
            mark = search_;
            stack.push_back(next);
        }
    }
    return false;
}

}  // namespace fd
