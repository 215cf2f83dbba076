// Finds the line of a field inside a constructor call, so messages point at the
// offending field rather than the top of the file.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace fd {

class SourceLines {
public:
    SourceLines() = default;
    explicit SourceLines(const std::string& path);

    void mark_constructor(int line) { constructors_.insert(line); }
    // First line in [from, next constructor) that assigns `field`, or 0.
    int field_line(int from, const std::string& field) const;
    // First line at or after `from` containing `needle`, or 0.
    int find(int from, const std::string& needle) const;

private:
    std::vector<std::string> lines_;
    std::set<int> constructors_;
};

}  // namespace fd
