// Content-Length framing of JSON-RPC messages on streams.
#include "jsonrpc.hpp"

#include <cctype>

namespace fd::lsp {

namespace {
Incoming failed(Incoming::Kind kind, std::string why) {
    Incoming r;
    r.kind = kind;
    r.error = std::move(why);
    return r;
}

// "Content-Length: 12" -> 12; -1 for another header; -2 for a malformed length.
long long content_length(const std::string& header) {
    static const std::string name = "content-length:";
    if (header.size() < name.size()) return -1;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(header[i])) != name[i]) return -1;
    std::size_t p = header.find_first_not_of(' ', name.size());
    if (p == std::string::npos || !std::isdigit(static_cast<unsigned char>(header[p]))) return -2;
    long long n = 0;
    for (; p < header.size() && std::isdigit(static_cast<unsigned char>(header[p])); ++p) {
        n = n * 10 + (header[p] - '0');
        if (n > static_cast<long long>(kMaxMessageBytes)) return static_cast<long long>(kMaxMessageBytes) + 1;
    }
    return p == header.size() ? n : -2;
}
}  // namespace

Incoming read_message(std::istream& in) {
    long long length = -1;
    bool any_header = false;
    std::string header;
    // Headers end at an empty line; a client sends one or two, so a hundred is plenty.
    for (int count = 0;; ++count) {
        if (!std::getline(in, header))
            return any_header ? failed(Incoming::Kind::BadFraming, "the stream ended inside the headers") : Incoming{};
        if (!header.empty() && header.back() == '\r') header.pop_back();
        if (header.empty()) {
            if (!any_header) continue;  // stray blank lines between messages
            break;
        }
        if (count > 100) return failed(Incoming::Kind::BadFraming, "more than 100 header lines");
        any_header = true;
        long long n = content_length(header);
        if (n == -2) return failed(Incoming::Kind::BadFraming, "malformed header: " + header);
        if (n >= 0) length = n;
    }
    if (length < 0) return failed(Incoming::Kind::BadFraming, "a message without Content-Length");
    if (length > static_cast<long long>(kMaxMessageBytes))
        return failed(Incoming::Kind::BadFraming, "Content-Length over " + std::to_string(kMaxMessageBytes) + " bytes");
    std::string body(static_cast<std::size_t>(length), '\0');
    if (!in.read(body.data(), length)) return failed(Incoming::Kind::BadFraming, "the stream ended inside a message");
    Incoming r;
    r.message = nlohmann::json::parse(body, nullptr, false);
    if (r.message.is_discarded()) return failed(Incoming::Kind::BadJson, "the message is not JSON");
    r.kind = Incoming::Kind::Message;
    return r;
}

void write_message(std::ostream& out, const nlohmann::json& message) {
    // Invalid UTF-8 in a script's text is replaced, never an exception here.
    std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

nlohmann::json response(const nlohmann::json& id, nlohmann::json result) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

nlohmann::json error_response(const nlohmann::json& id, int code, const std::string& message) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

nlohmann::json notification(const std::string& method, nlohmann::json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace fd::lsp
