// LSP lifecycle, document sync and request dispatch (see lsp_server.hpp).
#include "lsp_server.hpp"

#include <stdexcept>

#include "cli_language.hpp"
#include "jsonrpc.hpp"
#include "language.hpp"
#include "lsp_features.hpp"
#include "version.hpp"

namespace fd::lsp {

namespace {

using nlohmann::json;

// A request the client got wrong: answered with this code and message.
struct RequestError : std::runtime_error {
    RequestError(int code_, const std::string& what) : std::runtime_error(what), code(code_) {}
    int code;
};

json capabilities() {
    return {
        {"textDocumentSync", {{"openClose", true}, {"change", 1 /* full text */}, {"save", {{"includeText", true}}}}},
        {"definitionProvider", true},
        {"hoverProvider", true},
        {"completionProvider", {{"triggerCharacters", {"\"", "'"}}}},
    };
}

bool offers_utf8(const json& params) {
    const json* encodings = nullptr;
    if (params.contains("capabilities") && params["capabilities"].contains("general"))
        if (params["capabilities"]["general"].contains("positionEncodings"))
            encodings = &params["capabilities"]["general"]["positionEncodings"];
    if (!encodings || !encodings->is_array()) return false;
    for (const auto& e : *encodings)
        if (e == "utf-8") return true;
    return false;
}

// The client's language (InitializeParams.locale, "es", "pt-br") for the diagnostics.
// Without one, or one with no translation, the process's stays (--lang, else the locale).
void use_client_locale(const json& params) {
    if (!params.contains("locale") || !params["locale"].is_string()) return;
    std::string locale = params["locale"].get<std::string>();
    bool code = !locale.empty() && locale.size() <= 16 &&
                locale.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == std::string::npos;
    if (!code) return;
    std::string before = cli::cli_language().empty() ? std::string("en") : cli::cli_language();
    cli::use_cli_language(locale);
    if (cli::cli_language().empty() && !i18n::is_english(i18n::normalized_language(locale))) cli::use_cli_language(before);
}

}  // namespace

LspServer::LspServer(ApiDocs docs) : docs_(std::move(docs)) {}

json LspServer::initialize(const json& params) {
    initialized_ = true;
    utf16_ = !offers_utf8(params);
    use_client_locale(params);
    json caps = capabilities();
    caps["positionEncoding"] = utf16_ ? "utf-16" : "utf-8";
    return {{"capabilities", caps}, {"serverInfo", {{"name", "frontdoor"}, {"version", program_version()}}}};
}

json LspServer::request(const std::string& method, const json& params) {
    if (method == "initialize") return initialize(params);
    if (!initialized_) throw RequestError(error_code::server_not_initialized, "initialize first");
    if (shut_down_) throw RequestError(error_code::invalid_after_shutdown, "the server is shutting down");
    FeatureContext ctx{open_, docs_, utf16_};
    if (method == "shutdown") {
        shut_down_ = true;
        return nullptr;
    }
    if (method == "textDocument/definition") return definition(ctx, params);
    if (method == "textDocument/completion") return completion(ctx, params);
    if (method == "textDocument/hover") return hover(ctx, params);
    throw RequestError(error_code::method_not_found, "no method " + method);
}

void LspServer::notify(const std::string& method, const json& params, std::vector<json>& out) {
    if (method == "exit") {
        exited_ = true;
        return;
    }
    if (!initialized_ || shut_down_) return;  // LSP: drop notifications outside a session
    if (method.rfind("textDocument/did", 0) != 0) return;  // initialized, $/... and the rest need nothing
    std::string uri = params.at("textDocument").at("uri").get<std::string>();
    if (method == "textDocument/didOpen") {
        open_[uri] = params["textDocument"].at("text").get<std::string>();
    } else if (method == "textDocument/didChange") {
        for (const auto& change : params.at("contentChanges")) apply_change(open_[uri], change, utf16_);
    } else if (method == "textDocument/didSave") {
        if (params.contains("text")) open_[uri] = params["text"].get<std::string>();
    } else if (method == "textDocument/didClose") {
        open_.erase(uri);
        out.push_back(notification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}}));
        return;
    }
    if (!open_.count(uri)) return;
    FeatureContext ctx{open_, docs_, utf16_};
    out.push_back(notification("textDocument/publishDiagnostics", diagnostics_for(ctx, uri)));
    // A save may fix or break what other open scripts load (a campaign's encounter,
    // a module): they are linted again too. Typing lints only the buffer typed in.
    if (method == "textDocument/didSave")
        for (const auto& [other, text] : open_)
            if (other != uri) out.push_back(notification("textDocument/publishDiagnostics", diagnostics_for(ctx, other)));
}

std::vector<json> LspServer::handle(const json& message) {
    std::vector<json> out;
    if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
        // A response to a request of ours (we send none) is ignored; anything else is invalid.
        if (!(message.is_object() && message.contains("id") && (message.contains("result") || message.contains("error"))))
            out.push_back(error_response(nullptr, error_code::invalid_request, "not a JSON-RPC request or notification"));
        return out;
    }
    std::string method = message["method"].get<std::string>();
    json params = message.value("params", json::object());
    if (!message.contains("id")) {
        try {
            notify(method, params, out);
        } catch (const std::exception& e) {
            // A notification has no answer: say what went wrong in the client's log.
            out.push_back(notification("window/logMessage", {{"type", 1}, {"message", method + ": " + e.what()}}));
        }
        return out;
    }
    const json& id = message["id"];
    try {
        out.push_back(response(id, request(method, params)));
    } catch (const RequestError& e) {
        out.push_back(error_response(id, e.code, e.what()));
    } catch (const json::exception& e) {
        out.push_back(error_response(id, error_code::invalid_params, std::string(method) + ": " + e.what()));
    } catch (const std::exception& e) {
        out.push_back(error_response(id, error_code::internal_error, std::string(method) + ": " + e.what()));
    }
    return out;
}

}  // namespace fd::lsp
