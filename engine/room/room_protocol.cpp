// Parses the phones' messages strictly (see room_protocol.hpp) and builds the
// server's error replies.
#include "room_protocol.hpp"

#include <nlohmann/json.hpp>

namespace fd::room {

namespace {

Parsed refuse(const std::string& code, const std::string& reason) {
    Parsed p;
    p.code = code;
    p.reason = reason;
    return p;
}

// The first key of `j` not in `allowed`, or "".
std::string unknown_key(const nlohmann::json& j, std::initializer_list<const char*> allowed) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool known = false;
        for (const char* a : allowed) known = known || it.key() == a;
        if (!known) return it.key();
    }
    return "";
}

Parsed parse_join(const nlohmann::json& j) {
    if (auto k = unknown_key(j, {"type", "code", "device"}); !k.empty())
        return refuse("unknown_field", "unknown field \"" + k + "\" in join");
    if (!j.contains("code") || !j["code"].is_string() || j["code"].get<std::string>().size() > 16)
        return refuse("bad_field", "join needs the room code");
    if (!j.contains("device") || !j["device"].is_string() || !valid_device_token(j["device"].get<std::string>()))
        return refuse("bad_field", "join needs a device token of 8 to 64 letters, digits, - or _");
    Parsed p;
    p.ok = true;
    p.msg.kind = ClientMessage::Join;
    p.msg.code = j["code"].get<std::string>();
    p.msg.device = j["device"].get<std::string>();
    return p;
}

Parsed parse_vote(const nlohmann::json& j) {
    if (auto k = unknown_key(j, {"type", "decision", "answer"}); !k.empty())
        return refuse("unknown_field", "unknown field \"" + k + "\" in vote");
    if (!j.contains("decision") || !j["decision"].is_number_integer())
        return refuse("bad_field", "vote needs the decision's number");
    if (!j.contains("answer") || !j["answer"].is_number_integer() || j["answer"].get<long long>() < 0 ||
        j["answer"].get<long long>() > 4)
        return refuse("bad_field", "vote needs an answer from 0 to 4");
    Parsed p;
    p.ok = true;
    p.msg.kind = ClientMessage::Vote;
    p.msg.decision = j["decision"].get<long long>();
    p.msg.answer = j["answer"].get<int>();
    return p;
}

}  // namespace

bool valid_device_token(const std::string& device) {
    if (device.size() < 8 || device.size() > 64) return false;
    for (char c : device) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

Parsed parse_client_message(const std::string& text) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) return refuse("malformed", "not valid JSON");
    if (!j.is_object()) return refuse("malformed", "a message is a JSON object");
    if (!j.contains("type") || !j["type"].is_string()) return refuse("malformed", "a message needs a \"type\"");
    std::string type = j["type"].get<std::string>();
    if (type == "join") return parse_join(j);
    if (type == "vote") return parse_vote(j);
    if (type == "ping") {
        if (auto k = unknown_key(j, {"type"}); !k.empty())
            return refuse("unknown_field", "unknown field \"" + k + "\" in ping");
        Parsed p;
        p.ok = true;
        p.msg.kind = ClientMessage::Ping;
        return p;
    }
    return refuse("unknown_type", "unknown message type \"" + type.substr(0, 32) + "\"");
}

std::string error_message(const std::string& code, const std::string& reason, int seconds) {
    nlohmann::json j{{"type", "error"}, {"code", code}, {"reason", reason}};
    if (seconds > 0) j["seconds"] = seconds;
    return j.dump();
}

}  // namespace fd::room
