// Which campaign-wide names (s.story.NAME, s.outcomes.NAME) a script file can read.
// Explore merges paths that differ only in names nobody reads, so this must never
// miss a read: whenever the scan cannot prove what is read (the state or its story
// table aliased, passed on, indexed with a computed key, iterated, or code from
// another module), it answers "everything".
#pragma once
#include <set>
#include <string>

namespace fd {

struct ReadNames {
    bool everything = false;  // reads them in a way the scan cannot follow
    std::set<std::string> story, outcomes;
};

// Scans Lua source text.
ReadNames scan_read_names(const std::string& source);
// Scans a file; a file that cannot be read reads everything.
ReadNames scan_read_names_in_file(const std::string& path);

}  // namespace fd
