// JSON-RPC 2.0 messages over a byte stream with the Language Server Protocol's
// framing: "Content-Length: N\r\n" (other headers ignored), a blank line, then
// N bytes of JSON. Knows nothing of what the messages mean.
#pragma once
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace fd::lsp {

// The largest message body read; a bigger Content-Length is a framing error.
inline constexpr std::size_t kMaxMessageBytes = 64u << 20;

struct Incoming {
    enum class Kind { Message, End, BadJson, BadFraming };
    Kind kind = Kind::End;
    nlohmann::json message;  // when Message
    std::string error;       // when BadJson or BadFraming: what was wrong
};

// Reads the next message. End: the stream closed between messages. BadJson: the
// frame was read but its body is not JSON (the stream can go on). BadFraming:
// the headers or the body are broken (the stream cannot be trusted after it).
Incoming read_message(std::istream& in);

// Writes one message with its Content-Length header and flushes.
void write_message(std::ostream& out, const nlohmann::json& message);

// A response to request `id`; an error response; a notification.
nlohmann::json response(const nlohmann::json& id, nlohmann::json result);
nlohmann::json error_response(const nlohmann::json& id, int code, const std::string& message);
nlohmann::json notification(const std::string& method, nlohmann::json params);

// JSON-RPC and LSP error codes.
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int invalid_after_shutdown = -32600;
}  // namespace error_code

}  // namespace fd::lsp
