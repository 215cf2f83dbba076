// Reads the API page's explanations of fields (see api_docs.hpp).
#include "api_docs.hpp"

#include <cctype>
#include <sstream>
#include <vector>

#include "file_text.hpp"

namespace fd::lsp {

namespace {

// A page far larger than the API page is not it.
constexpr std::size_t kMaxPageBytes = 1u << 20;
constexpr std::size_t kMaxEntryBytes = 2000;

std::string trim(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

bool is_name(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.')) return false;
    return true;
}

std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> out;
    std::stringstream in(row.substr(1));
    std::string cell;
    while (std::getline(in, cell, '|')) out.push_back(trim(cell));
    if (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

// `s.random(a, b)` -> "s.random"; `mode` -> "mode"; anything else -> "".
std::vector<std::string> backticked_names(const std::string& cell) {
    std::vector<std::string> names;
    for (std::size_t open = cell.find('`'); open != std::string::npos;) {
        std::size_t close = cell.find('`', open + 1);
        if (close == std::string::npos) break;
        std::string name = cell.substr(open + 1, close - open - 1);
        name = name.substr(0, name.find('('));
        if (is_name(name)) names.push_back(name);
        open = cell.find('`', close + 1);
    }
    return names;
}

}  // namespace

void ApiDocs::add(const std::string& name, const std::string& section, const std::string& text) {
    std::string entry = text + (section.empty() ? "" : " *(" + section + ")*");
    std::string& have = entries_[name];
    if (have.find(entry) != std::string::npos || have.size() > kMaxEntryBytes) return;
    have += (have.empty() ? "" : "\n\n") + entry;
}

ApiDocs ApiDocs::from_markdown(const std::string& text) {
    ApiDocs docs;
    std::istringstream in(text);
    std::string line, section;
    bool in_code = false;
    std::string bold_name, bold_text;  // the paragraph being read after **name**
    auto end_paragraph = [&] {
        if (!bold_name.empty()) docs.add(bold_name, section, trim(bold_text));
        bold_name.clear();
        bold_text.clear();
    };
    while (std::getline(in, line)) {
        if (line.rfind("```", 0) == 0) {
            end_paragraph();
            in_code = !in_code;
            continue;
        }
        if (in_code) {
            // `  trust = 45,   -- 0..100, how much she believes you`
            std::size_t eq = line.find('='), dashes = line.find("--");
            std::string name = eq == std::string::npos ? "" : trim(line.substr(0, eq));
            if (dashes != std::string::npos && eq < dashes && is_name(name))
                docs.add(name, section, "`" + trim(line.substr(0, dashes)) + "` — " + trim(line.substr(dashes + 2)));
            continue;
        }
        if (line.rfind("#", 0) == 0) {
            end_paragraph();
            section = trim(line.substr(line.find_first_not_of('#')));
        } else if (line.rfind("|", 0) == 0) {
            end_paragraph();
            std::vector<std::string> row = cells(line);
            if (row.size() < 2) continue;
            std::string rest;
            for (std::size_t i = 1; i < row.size(); ++i) rest += (i > 1 ? " — " : "") + row[i];
            for (const auto& name : backticked_names(row[0])) docs.add(name, section, "**" + row[0] + "**: " + rest);
        } else if (trim(line).empty()) {
            end_paragraph();
        } else if (line.rfind("**", 0) == 0 && line.find("**", 2) != std::string::npos) {
            end_paragraph();
            std::string name = line.substr(2, line.find("**", 2) - 2);
            if (is_name(name)) {
                bold_name = name;
                bold_text = line;
            }
        } else if (!bold_name.empty()) {
            bold_text += "\n" + line;
        }
    }
    end_paragraph();
    return docs;
}

ApiDocs ApiDocs::from_file(const std::string& path) { return from_markdown(read_file(path, kMaxPageBytes).text); }

std::string ApiDocs::lookup(const std::string& name) const {
    // "s.flags.asked" -> "s.flags.asked", "s.flags", "asked".
    std::string candidate = name;
    for (int step = 0; step < 8 && !candidate.empty(); ++step) {
        auto it = entries_.find(candidate);
        if (it != entries_.end()) return it->second;
        std::size_t dot = candidate.rfind('.');
        if (dot == std::string::npos) break;
        candidate = candidate.substr(0, dot);
    }
    std::size_t dot = name.rfind('.');
    if (dot == std::string::npos) return "";
    auto it = entries_.find(name.substr(dot + 1));
    return it == entries_.end() ? "" : it->second;
}

}  // namespace fd::lsp
