#include "save.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

#include "file_text.hpp"
#include "limits.hpp"
#include "rules.hpp"
#include "version.hpp"

namespace fd {

using nlohmann::json;

namespace {

const int kSaveVersion = 1;

// A field of the save that is wrong: `path` grows as the problem travels out
// ("state.log[3].after.trust"), so the message names exactly where it is.
struct BadField {
    std::string path, what;
};

// Runs `read` on the field `name`, putting `name` in front of the path of any problem.
template <typename F>
auto field(const std::string& name, F&& read) -> decltype(read()) {
    try {
        return read();
    } catch (BadField& b) {
        b.path = name + (b.path.empty() || b.path[0] == '[' ? "" : ".") + b.path;
        throw;
    }
}

std::string index_name(std::size_t i) { return "[" + std::to_string(i) + "]"; }

const json& member(const json& obj, const char* key) {
    if (!obj.is_object()) throw BadField{"", "has the wrong type (an object is expected, not " + std::string(obj.type_name()) + ")"};
    auto it = obj.find(key);
    if (it == obj.end()) throw BadField{key, "is missing"};
    return *it;
}

std::string text(const json& j, const Limit& limit) {
    if (!j.is_string()) throw BadField{"", "has the wrong type (text is expected, not " + std::string(j.type_name()) + ")"};
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() > limit.max) throw BadField{"", over_limit(limit, s.size())};
    return s;
}
std::string text_at(const json& obj, const char* key, const Limit& limit = kTextLimit) {
    return field(key, [&] { return text(member(obj, key), limit); });
}

const json& list_at(const json& obj, const char* key) {
    const json& j = member(obj, key);
    if (!j.is_array()) throw BadField{key, "has the wrong type (a list is expected, not " + std::string(j.type_name()) + ")"};
    if (j.size() > kLogLimit.max) throw BadField{key, over_limit(kLogLimit, j.size())};
    return j;
}

bool boolean_at(const json& obj, const char* key) {
    const json& j = member(obj, key);
    if (!j.is_boolean()) throw BadField{key, "has the wrong type (true or false is expected, not " + std::string(j.type_name()) + ")"};
    return j.get<bool>();
}

// A whole number within [lo, hi]: a float, or a number out of range, is damage,
// never something to convert (1e300 into an int is undefined behaviour).
long long whole(const json& j, long long lo, long long hi) {
    bool in_range = false;
    long long v = 0;
    if (j.is_number_unsigned()) {
        auto u = j.get<std::uint64_t>();
        in_range = u <= static_cast<std::uint64_t>(hi);
        v = static_cast<long long>(u);
    } else if (j.is_number_integer()) {
        v = j.get<long long>();
        in_range = v >= lo && v <= hi;
    } else {
        throw BadField{"", "has the wrong type (a whole number is expected, not " + std::string(j.type_name()) +
                               (j.is_number() ? " " + j.dump() : "") + ")"};
    }
    if (!in_range)
        throw BadField{"", "is " + j.dump() + ", out of range (" + std::to_string(lo) + ".." + std::to_string(hi) + ")"};
    return v;
}
template <typename T>
T whole_at(const json& obj, const char* key, long long lo, long long hi) {
    return static_cast<T>(field(key, [&] { return whole(member(obj, key), lo, hi); }));
}

// The seed and the generator's state use all 64 bits.
std::uint64_t whole_u64_at(const json& obj, const char* key) {
    const json& j = member(obj, key);
    if (!j.is_number_unsigned() && !(j.is_number_integer() && j.get<long long>() >= 0))
        throw BadField{key, "has the wrong type (a whole number from 0 is expected)"};
    return j.get<std::uint64_t>();
}

CustomerState customer_from_json(const json& j) {
    return {whole_at<int>(j, "trust", 0, 100), whole_at<int>(j, "wall", 0, 100), text_at(j, "mood", kMoodLimit)};
}

BusinessState business_from_json(const json& j) {
    return {whole_at<long long>(j, "money", -kMaxMoney, kMaxMoney),
            whole_at<int>(j, "reputation", -kMaxReputation, kMaxReputation)};
}

json flags_to_json(const Flags& f) {
    json j = json::object();
    for (const auto& [k, v] : f) {
        if (auto b = std::get_if<bool>(&v)) j[k] = *b;
        else if (auto d = std::get_if<double>(&v)) j[k] = *d;
        else j[k] = std::get<std::string>(v);
    }
    return j;
}

Flags flags_from_json(const json& j) {
    if (!j.is_object()) throw BadField{"", "has the wrong type (an object is expected, not " + std::string(j.type_name()) + ")"};
    if (j.size() > kFlagCountLimit.max) throw BadField{"", over_limit(kFlagCountLimit, j.size())};
    Flags f;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key().size() > kFlagNameLimit.max)
            throw BadField{"", "flag '" + clipped(it.key()) + "': " + over_limit(kFlagNameLimit, it.key().size())};
        if (it->is_boolean()) f[it.key()] = it->get<bool>();
        else if (it->is_number()) f[it.key()] = it->get<double>();
        else if (it->is_string()) f[it.key()] = field(it.key(), [&] { return text(*it, kFlagTextLimit); });
        else throw BadField{it.key(), "has a value that is not true/false, a number or text"};
    }
    return f;
}
Flags flags_at(const json& obj, const char* key) {
    return field(key, [&] { return flags_from_json(member(obj, key)); });
}

std::map<std::string, std::string> outcomes_from_json(const json& j) {
    if (!j.is_object()) throw BadField{"", "has the wrong type (an object is expected, not " + std::string(j.type_name()) + ")"};
    if (j.size() > kLogLimit.max) throw BadField{"", over_limit(kLogLimit, j.size())};
    std::map<std::string, std::string> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key().size() > kTextLimit.max) throw BadField{"", "a stage id: " + over_limit(kTextLimit, it.key().size())};
        out[it.key()] = field(it.key(), [&] { return text(*it, kTextLimit); });
    }
    return out;
}

json snapshot_to_json(const Snapshot& s) {
    return {{"trust", s.customer.trust}, {"wall", s.customer.wall}, {"mood", s.customer.mood},
            {"money", s.business.money}, {"reputation", s.business.reputation},
            {"flags", flags_to_json(s.flags)}, {"story", flags_to_json(s.story)}};
}

Snapshot snapshot_from_json(const json& j) {
    Snapshot s;
    s.customer = customer_from_json(j);
    s.business = business_from_json(j);
    // Saves from before the log kept flags have none: they read as empty.
    if (j.contains("flags")) s.flags = flags_at(j, "flags");
    if (j.contains("story")) s.story = flags_at(j, "story");
    return s;
}
Snapshot snapshot_at(const json& obj, const char* key) {
    return field(key, [&] { return snapshot_from_json(member(obj, key)); });
}

json event_to_json(const Event& e) {
    json j = {{"kind", event_kind_name(e.kind)}, {"stage", e.stage}, {"beat", e.beat},
              {"before", snapshot_to_json(e.before)}, {"after", snapshot_to_json(e.after)}};
    if (e.mode) {
        j["mode"] = mode_name(*e.mode);
        j["answer"] = e.answer;
        j["fit"] = e.fit;
        j["best_fit"] = e.best_fit;
    }
    if (e.offered_trust != 0) {
        j["offered_trust"] = e.offered_trust;
        j["landed_trust"] = e.landed_trust;
    }
    if (!e.outcome.empty()) j["outcome"] = e.outcome;
    return j;
}

Event event_from_json(const json& j) {
    Event e;
    std::string kind = text_at(j, "kind");
    if (kind == "narration") e.kind = EventKind::Narration;
    else if (kind == "decision") e.kind = EventKind::Decision;
    else if (kind == "ending") e.kind = EventKind::Ending;
    else throw BadField{"kind", "is '" + clipped(kind) + "', not narration, decision or ending"};
    e.stage = text_at(j, "stage");
    e.beat = text_at(j, "beat");
    if (j.contains("mode")) {
        e.mode = parse_mode(text_at(j, "mode"));
        if (!e.mode) throw BadField{"mode", "is not one of the five modes"};
        if (j.contains("answer")) e.answer = text_at(j, "answer");
        e.fit = whole_at<int>(j, "fit", 0, 5);
        e.best_fit = whole_at<int>(j, "best_fit", 0, 5);
    }
    e.offered_trust = j.contains("offered_trust") ? whole_at<int>(j, "offered_trust", -100, 100) : 0;
    e.landed_trust = j.contains("landed_trust") ? whole_at<int>(j, "landed_trust", -100, 100) : e.offered_trust;
    if (j.contains("outcome")) e.outcome = text_at(j, "outcome");
    e.before = snapshot_at(j, "before");
    e.after = snapshot_at(j, "after");
    return e;
}

StageResult result_from_json(const json& r) {
    return {text_at(r, "stage"), text_at(r, "encounter"), text_at(r, "ending"), text_at(r, "outcome"),
            snapshot_at(r, "final")};
}

SessionState state_fields(const json& j) {
    SessionState s;
    s.stage = text_at(j, "stage");
    s.beat = text_at(j, "beat");
    s.customer = field("customer", [&] { return customer_from_json(member(j, "customer")); });
    s.business = field("business", [&] { return business_from_json(member(j, "business")); });
    s.flags = flags_at(j, "flags");
    s.story = flags_at(j, "story");
    s.outcomes = field("outcomes", [&] { return outcomes_from_json(member(j, "outcomes")); });
    s.totals = field("totals", [&] { return business_from_json(member(j, "totals")); });
    const json& results = list_at(j, "results");
    for (std::size_t i = 0; i < results.size(); ++i)
        s.results.push_back(field("results" + index_name(i), [&] { return result_from_json(results[i]); }));
    const json& log = list_at(j, "log");
    for (std::size_t i = 0; i < log.size(); ++i)
        s.log.push_back(field("log" + index_name(i), [&] { return event_from_json(log[i]); }));
    s.rng = whole_u64_at(j, "rng");
    s.finished = boolean_at(j, "finished");
    return s;
}

SaveGame save_fields(const json& j) {
    if (whole_at<int>(j, "version", std::numeric_limits<int>::min(), std::numeric_limits<int>::max()) > kSaveVersion)
        throw SaveError("this save was made by a newer version of Front Door");
    SaveGame g;
    g.script = text_at(j, "script");
    if (j.contains("player")) g.player = text_at(j, "player", kPlayerNameLimit);
    g.seed = whole_u64_at(j, "seed");
    g.state = field("state", [&] { return state_fields(member(j, "state")); });
    return g;
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

json state_to_json(const SessionState& s) {
    json results = json::array();
    for (const auto& r : s.results)
        results.push_back({{"stage", r.stage}, {"encounter", r.encounter}, {"ending", r.ending},
                           {"outcome", r.outcome}, {"final", snapshot_to_json(r.final)}});
    json log = json::array();
    for (const auto& e : s.log) log.push_back(event_to_json(e));
    return {{"stage", s.stage},
            {"beat", s.beat},
            {"customer", {{"trust", s.customer.trust}, {"wall", s.customer.wall}, {"mood", s.customer.mood}}},
            {"business", {{"money", s.business.money}, {"reputation", s.business.reputation}}},
            {"flags", flags_to_json(s.flags)},
            {"story", flags_to_json(s.story)},
            {"outcomes", s.outcomes},
            {"totals", {{"money", s.totals.money}, {"reputation", s.totals.reputation}}},
            {"results", results},
            {"log", log},
            {"rng", s.rng},
            {"finished", s.finished}};
}

SessionState state_from_json(const json& j) {
    try {
        return state_fields(j);
    } catch (const BadField& b) {
        throw SaveError("'" + b.path + "' " + b.what);
    }
}

json save_to_json(const SaveGame& g) {
    return {{"format", "frontdoor-save"}, {"version", kSaveVersion}, {"script", g.script},
            {"player", g.player},         {"seed", g.seed},          {"state", state_to_json(g.state)},
            {"program_version", program_version()}};  // which Front Door wrote it; not read back
}

SaveGame save_from_json(const json& j) {
    // Compared as JSON: a "format" that is not text is simply not ours (value() would throw).
    if (!j.is_object() || !j.contains("format") || j["format"] != json("frontdoor-save"))
        throw SaveError("this is not a Front Door save");
    try {
        return save_fields(j);
    } catch (const BadField& b) {
        throw SaveError("'" + b.path + "' " + b.what);
    }
}

namespace {

// With a file-size limit (ulimit -f) the kernel kills a process that writes past it
// with SIGXFSZ. Ignored, write() fails with EFBIG instead and the save reports it.
void survive_file_size_limit() {
    static const bool ignored = [] {
        std::signal(SIGXFSZ, SIG_IGN);
        return true;
    }();
    (void)ignored;
}

// Writes all of `contents` to `fd`; false (errno set) when the disk refuses.
bool write_all(int fd, const std::string& contents) {
    const char* p = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

void sync_folder_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& contents) {
    survive_file_size_limit();
    std::string tmp = path + ".tmp." + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw SaveError("cannot write " + path + ": " + errno_text());
    // Every way out below removes the temporary file: a failed save leaves nothing behind.
    bool written = write_all(fd, contents) && ::fsync(fd) == 0;
    std::string why = errno_text();
    if (::close(fd) != 0 && written) {
        written = false;
        why = errno_text();
    }
    if (!written) {
        ::unlink(tmp.c_str());
        throw SaveError("cannot write " + path + ": " + why);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        why = errno_text();
        ::unlink(tmp.c_str());
        throw SaveError("cannot replace " + path + ": " + why);
    }
    sync_folder_of(path);
}

void write_save(const std::string& path, const SaveGame& g) {
    json j = save_to_json(g);
    // Never write what could not be read back: the same checks as reading, and the size.
    try {
        save_fields(j);
    } catch (const BadField& b) {
        throw SaveError("cannot save to " + path + ": '" + b.path + "' " + b.what);
    }
    std::string text = j.dump(1) + "\n";
    if (text.size() > kSaveSizeLimit.max)
        throw SaveError("cannot save to " + path + ": " + over_limit(kSaveSizeLimit, text.size()));
    write_file_atomically(path, text);
}

std::string read_save_text(const std::string& path) {
    FileText f = read_file(path, kSaveSizeLimit.max);
    if (!f.ok && f.error.rfind("is ", 0) == 0)  // a directory, or too large (read_file's words)
        throw SaveError(path + ": the save " + f.error + (f.error.find("limit") != std::string::npos
                                                               ? " (" + std::string(kSaveSizeLimit.name) + ")"
                                                               : ""));
    if (!f.ok) throw SaveError(path + ": cannot read the save: " + f.error);
    return std::move(f.text);
}

namespace {
// What is wrong with text that is not JSON, in words: a number out of range, cut
// short, or something else at a byte. (Never the parser's own message: it quotes the input.)
std::string json_problem(const json::exception& e, std::size_t size) {
    if (e.id == 406 || std::string(e.what()).find("number overflow") != std::string::npos)
        return "a number in the save is out of range (too large for any number)";
    const auto* parse = dynamic_cast<const json::parse_error*>(&e);
    if (!parse) return "the save is damaged (not valid JSON)";
    if (std::string(e.what()).find("end of input") != std::string::npos || parse->byte > size)
        return "the save is damaged (it stops part way; was it cut short?)";
    return "the save is damaged (not valid JSON near byte " + std::to_string(parse->byte) + ")";
}

// A save nests six levels deep (state, log, entry, snapshot, flags); thousands of
// brackets would cost far more memory to parse than the text takes, so they are
// refused before parsing, by a scan that allocates nothing.
constexpr int kMaxNesting = 32;
bool too_deep(const std::string& text) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

}  // namespace

SaveGame parse_save(const std::string& text, const std::string& path) {
    if (text.empty()) throw SaveError(path + ": the save is empty");
    if (too_deep(text))
        throw SaveError(path + ": the save is damaged (nested more than " + std::to_string(kMaxNesting) +
                        " levels deep; a save never is)");
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        throw SaveError(path + ": " + json_problem(e, text.size()));
    }
    try {
        return save_from_json(j);
    } catch (const SaveError& e) {
        throw SaveError(path + ": " + e.what());
    }
}

SaveGame read_save(const std::string& path) { return parse_save(read_save_text(path), path); }

std::string default_save_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/frontdoor";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frontdoor";
}

}  // namespace fd
