#include "diagnostic.hpp"

#include <algorithm>

namespace fd {

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    if (!code.empty()) out += " [" + code + "]";
    return out;
}

bool has_errors(const Diagnostics& d) {
    return std::any_of(d.begin(), d.end(), [](const Diagnostic& x) { return x.severity == Severity::Error; });
}

// "lsot" is one swap from "lost".
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        std::swap(before, prev);
        std::swap(prev, row);
    }
    return prev[b.size()];
}

namespace {
// The known name one slip of the keyboard from `word`, or "".
std::string closest_name_by_slip(const std::string& word, const std::vector<std::string>& known) {
    std::string best;
    // Close enough to be a slip of the keyboard: "lost" is not a misspelt "ask".
    std::size_t best_d = word.size() <= 4 ? 2 : word.size() / 3 + 2;
    for (const auto& k : known) {
        std::size_t gap = word.size() > k.size() ? word.size() - k.size() : k.size() - word.size();
        if (gap >= best_d) continue;  // the distance is at least the difference in length
        std::size_t d = edit_distance(word, k);
        if (d < best_d) {
            best_d = d;
            best = k;
        }
    }
    return best;
}
}  // namespace

std::string did_you_mean(const std::string& word, const std::vector<std::string>& known) {
    std::string best = closest_name_by_slip(word, known);
    return best.empty() ? "" : "did you mean '" + best + "'?";
}

Detail did_you_mean_hint(const std::string& word, const std::vector<std::string>& known) {
    std::string best = closest_name_by_slip(word, known);
    if (best.empty()) return {};
    return say(code::N_("; did you mean '{name}'?"), {{"name", best}});
}

std::string closest_name(const std::string& word, const std::vector<std::string>& known) {
    std::string slip = closest_name_by_slip(word, known);
    if (!slip.empty()) return slip;
    if (word.size() < 2) return "";
    for (const auto& k : known)
        if (k.compare(0, word.size(), word) == 0) return k;
    return "";
}

Detail unknown_word(const Detail& what, const std::string& word, const std::vector<std::string>& known,
                    const std::string& closest) {
    std::string guess = closest.empty() ? closest_name(word, known) : closest;
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    if (guess.empty())
        return say(code::N_("unknown {what} '{word}' (one of: {list})"), {{"what", what}, {"word", word}, {"list", list}});
    return say(code::N_("unknown {what} '{word}'; did you mean '{guess}'? (one of: {list})"),
               {{"what", what}, {"word", word}, {"guess", guess}, {"list", list}});
}

}  // namespace fd
