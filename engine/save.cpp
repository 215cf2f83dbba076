#include "save.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fd {

using nlohmann::json;

namespace {

const int kSaveVersion = 1;

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
            {"money", s.business.money}, {"reputation", s.business.reputation}};
}

Snapshot snapshot_from_json(const json& j) {
    Snapshot s;
    s.customer = {j.at("trust").get<int>(), j.at("wall").get<int>(), j.at("mood").get<std::string>()};
    s.business = {j.at("money").get<long long>(), j.at("reputation").get<int>()};
    return s;
}

json event_to_json(const Event& e) {
    json j = {{"kind", event_kind_name(e.kind)}, {"stage", e.stage}, {"beat", e.beat},
              {"before", snapshot_to_json(e.before)}, {"after", snapshot_to_json(e.after)}};
    if (e.mode) {
        j["mode"] = mode_name(*e.mode);
        j["fit"] = e.fit;
        j["best_fit"] = e.best_fit;
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
        e.fit = j.at("fit").get<int>();
        e.best_fit = j.at("best_fit").get<int>();
    }
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
        const json& c = j.at("customer");
        s.customer = {c.at("trust").get<int>(), c.at("wall").get<int>(), c.at("mood").get<std::string>()};
        if (s.customer.trust < 0 || s.customer.trust > 100 || s.customer.wall < 0 || s.customer.wall > 100)
            throw SaveError("trust and wall must be 0..100");
        const json& b = j.at("business");
        s.business = {b.at("money").get<long long>(), b.at("reputation").get<int>()};
        s.flags = flags_from_json(j.at("flags"));
        s.story = flags_from_json(j.at("story"));
        s.outcomes = j.at("outcomes").get<std::map<std::string, std::string>>();
        const json& t = j.at("totals");
        s.totals = {t.at("money").get<long long>(), t.at("reputation").get<int>()};
        for (const auto& r : j.at("results"))
            s.results.push_back({r.at("stage").get<std::string>(), r.at("encounter").get<std::string>(),
                                 r.at("ending").get<std::string>(), r.at("outcome").get<std::string>(),
                                 snapshot_from_json(r.at("final"))});
        for (const auto& e : j.at("log")) s.log.push_back(event_from_json(e));
        s.rng = j.at("rng").get<std::uint64_t>();
        s.finished = j.at("finished").get<bool>();
        return s;
    } catch (const json::exception& e) {
        throw SaveError(std::string("a field is missing or has the wrong type (") + e.what() + ")");
    }
}

json save_to_json(const SaveGame& g) {
    return {{"format", "frontdoor-save"}, {"version", kSaveVersion}, {"script", g.script},
            {"player", g.player},         {"seed", g.seed},          {"state", state_to_json(g.state)}};
}

SaveGame save_from_json(const json& j) {
    if (!j.is_object() || j.value("format", "") != "frontdoor-save")
        throw SaveError("this is not a Front Door save");
    try {
        if (j.at("version").get<int>() > kSaveVersion)
            throw SaveError("this save was made by a newer version of Front Door");
        SaveGame g;
        g.script = j.at("script").get<std::string>();
        g.player = j.value("player", "");
        g.seed = j.at("seed").get<std::uint64_t>();
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

SaveGame read_save(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SaveError(path + ": cannot open the save: " + errno_text());
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.empty()) throw SaveError(path + ": the save is empty");
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) throw SaveError(path + ": the save is damaged (not complete JSON; was it cut short?)");
    try {
        return save_from_json(j);
    } catch (const SaveError& e) {
        throw SaveError(path + ": " + e.what());
    }
}

std::string default_save_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/frontdoor";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frontdoor";
}

}  // namespace fd
