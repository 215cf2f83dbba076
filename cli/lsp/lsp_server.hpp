// The Front Door language server's protocol side: the LSP lifecycle
// (initialize, shutdown, exit), the open documents (open, change, save, close)
// and which answer each request gets. Messages in, messages out: the framing on
// stdin and stdout is jsonrpc.hpp's job (cmd_lsp.cpp joins the two).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api_docs.hpp"
#include "lsp_text.hpp"

namespace fd::lsp {

class LspServer {
public:
    explicit LspServer(ApiDocs docs);

    // Handles one message from the client; returns what to send back (the
    // response to a request, diagnostics after a document changed).
    std::vector<nlohmann::json> handle(const nlohmann::json& message);

    bool exited() const { return exited_; }
    // 0 when the client asked to shut down before exit, else 1 (as LSP says).
    int exit_code() const { return shut_down_ ? 0 : 1; }

private:
    nlohmann::json request(const std::string& method, const nlohmann::json& params);
    void notify(const std::string& method, const nlohmann::json& params, std::vector<nlohmann::json>& out);
    nlohmann::json initialize(const nlohmann::json& params);

    ApiDocs docs_;
    OpenDocuments open_;
    bool initialized_ = false, shut_down_ = false, exited_ = false;
    bool utf16_ = true;
};

}  // namespace fd::lsp
