#include "save.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <limits>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "rules.hpp"
#include "version.hpp"

namespace fd {

using nlohmann::json;

namespace {

const int kSaveVersion = 1;

// A whole number within [lo, hi]: a float, or a number out of range, is damage,
// never something to convert (1e300 into an int is undefined behaviour).
template <typename T>
T whole(const json& j, long long lo, long long hi) {
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
        throw SaveError("a field has the wrong type (a whole number is expected, not " + std::string(j.type_name()) + ")");
    }
    if (!in_range) throw SaveError("a number is out of range (" + j.dump() + ")");
    return static_cast<T>(v);
}
template <typename T>
T whole(const json& j) {
    return whole<T>(j, std::numeric_limits<T>::min(), std::numeric_limits<T>::max());
}

// The seed and the generator's state use all 64 bits.
std::uint64_t whole_u64(const json& j) {
    if (!j.is_number_unsigned() && !(j.is_number_integer() && j.get<long long>() >= 0))
        throw SaveError("a field has the wrong type (a whole number from 0 is expected)");
    return j.get<std::uint64_t>();
}

CustomerState customer_from_json(const json& j) {
    return {whole<int>(j.at("trust"), 0, 100), whole<int>(j.at("wall"), 0, 100), j.at("mood").get<std::string>()};
}

BusinessState business_from_json(const json& j) {
    return {whole<long long>(j.at("money"), -kMaxMoney, kMaxMoney),
            whole<int>(j.at("reputation"), -kMaxReputation, kMaxReputation)};
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
    Flags f;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_boolean()) f[it.key()] = it->get<bool>();
        else if (it->is_number()) f[it.key()] = it->get<double>();
        else if (it->is_string()) f[it.key()] = it->get<std::string>();
        else throw SaveError("flag '" + it.key() + "' has a value that is not true/false, a number or text");
    }
    return f;
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
    if (j.contains("flags")) s.flags = flags_from_json(j.at("flags"));
    if (j.contains("story")) s.story = flags_from_json(j.at("story"));
    return s;
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
    std::string kind = j.at("kind").get<std::string>();
    if (kind == "narration") e.kind = EventKind::Narration;
    else if (kind == "decision") e.kind = EventKind::Decision;
    else if (kind == "ending") e.kind = EventKind::Ending;
    else throw SaveError("log entry of unknown kind '" + kind + "'");
    e.stage = j.at("stage").get<std::string>();
    e.beat = j.at("beat").get<std::string>();
    if (j.contains("mode")) {
        e.mode = parse_mode(j.at("mode").get<std::string>());
        if (!e.mode) throw SaveError("log entry with unknown mode");
        e.answer = j.value("answer", "");
        e.fit = whole<int>(j.at("fit"), 0, 5);
        e.best_fit = whole<int>(j.at("best_fit"), 0, 5);
    }
    e.offered_trust = j.contains("offered_trust") ? whole<int>(j.at("offered_trust"), -100, 100) : 0;
    e.landed_trust = j.contains("landed_trust") ? whole<int>(j.at("landed_trust"), -100, 100) : e.offered_trust;
    e.outcome = j.value("outcome", "");
    e.before = snapshot_from_json(j.at("before"));
    e.after = snapshot_from_json(j.at("after"));
    return e;
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
        SessionState s;
        s.stage = j.at("stage").get<std::string>();
        s.beat = j.at("beat").get<std::string>();
        s.customer = customer_from_json(j.at("customer"));
        s.business = business_from_json(j.at("business"));
        s.flags = flags_from_json(j.at("flags"));
        s.story = flags_from_json(j.at("story"));
        s.outcomes = j.at("outcomes").get<std::map<std::string, std::string>>();
        s.totals = business_from_json(j.at("totals"));
        for (const auto& r : j.at("results"))
            s.results.push_back({r.at("stage").get<std::string>(), r.at("encounter").get<std::string>(),
                                 r.at("ending").get<std::string>(), r.at("outcome").get<std::string>(),
                                 snapshot_from_json(r.at("final"))});
        for (const auto& e : j.at("log")) s.log.push_back(event_from_json(e));
        s.rng = whole_u64(j.at("rng"));
        s.finished = j.at("finished").get<bool>();
        return s;
    } catch (const json::exception& e) {
        throw SaveError(std::string("a field is missing or has the wrong type (") + e.what() + ")");
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
        if (whole<int>(j.at("version")) > kSaveVersion)
            throw SaveError("this save was made by a newer version of Front Door");
        SaveGame g;
        g.script = j.at("script").get<std::string>();
        g.player = j.value("player", "");
        g.seed = whole_u64(j.at("seed"));
        g.state = state_from_json(j.at("state"));
        return g;
    } catch (const json::exception& e) {
        throw SaveError(std::string("a field is missing or has the wrong type (") + e.what() + ")");
    }
}

void write_file_atomically(const std::string& path, const std::string& contents) {
    std::string tmp = path + ".tmp." + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw SaveError("cannot write " + tmp + ": " + errno_text());
    const char* p = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            std::string why = errno_text();
            ::close(fd);
            ::unlink(tmp.c_str());
            throw SaveError("cannot write " + tmp + ": " + why);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        std::string why = errno_text();
        ::unlink(tmp.c_str());
        throw SaveError("cannot write " + tmp + ": " + why);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = errno_text();
        ::unlink(tmp.c_str());
        throw SaveError("cannot replace " + path + ": " + why);
    }
    auto slash = path.find_last_of('/');
    std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

void write_save(const std::string& path, const SaveGame& g) {
    write_file_atomically(path, save_to_json(g).dump(1) + "\n");
}

std::string read_save_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SaveError(path + ": cannot open the save: " + errno_text());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

SaveGame parse_save(const std::string& text, const std::string& path) {
    if (text.empty()) throw SaveError(path + ": the save is empty");
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) throw SaveError(path + ": the save is damaged (not complete JSON; was it cut short?)");
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
