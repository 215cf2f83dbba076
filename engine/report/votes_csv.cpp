// The workshop's votes as CSV (see votes_csv.hpp).
#include "votes_csv.hpp"

namespace fd {

namespace {

std::string field(const std::string& s) {
    bool quote = s.find_first_of(",\"\r\n") != std::string::npos;
    // A leading = + - @ would be read as a formula by a spreadsheet: quote it as text.
    bool formula = !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@');
    if (!quote && !formula) return s;
    std::string out = "\"";
    if (formula) out += "'";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string votes_csv(const WorkshopReport& r) {
    std::string out = "encounter,stage,decision,beat,mode,hands,total_hands,fit,played,best,split,says\r\n";
    for (const auto& d : r.decisions)
        for (const auto& a : d.answers) {
            out += field(d.encounter) + "," + field(d.stage) + "," + std::to_string(d.number) + "," + field(d.beat) + "," +
                   mode_name(a.mode) + "," + std::to_string(a.hands) + "," + std::to_string(d.total_hands) + "," +
                   std::to_string(a.fit) + "," + (a.mode == d.played ? "yes" : "no") + "," +
                   (a.mode == d.best ? "yes" : "no") + "," + (d.split ? "yes" : "no") + "," + field(a.says) + "\r\n";
        }
    return out;
}

}  // namespace fd
