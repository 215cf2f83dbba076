// Hover text for what scripts write, read from the API page (scripts/README.md)
// when the language server starts, so the editor says what the page says:
//   - table rows whose first cell names fields in backticks (`mode`, `s.trust`),
//   - `name = value,  -- comment` lines of the page's Lua examples,
//   - paragraphs that start with a bold name (**decision** — ...).
#pragma once
#include <cstddef>
#include <map>
#include <string>

namespace fd::lsp {

class ApiDocs {
public:
    ApiDocs() = default;
    static ApiDocs from_markdown(const std::string& text);
    // The page at `path`; no entries when it cannot be read.
    static ApiDocs from_file(const std::string& path);

    // Markdown for a name as scripts write it ("trust", "s.trust", "s.flags.x",
    // "decision"); "" when the page does not explain it.
    std::string lookup(const std::string& name) const;
    std::size_t size() const { return entries_.size(); }

private:
    void add(const std::string& name, const std::string& section, const std::string& text);
    std::map<std::string, std::string> entries_;
};

}  // namespace fd::lsp
