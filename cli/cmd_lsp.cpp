// frontdoor lsp: the language server, speaking LSP on stdin and stdout until
// the editor says exit (or closes the pipe).
#include <filesystem>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "jsonrpc.hpp"
#include "lsp_server.hpp"

namespace fd::cli {

namespace {
const char* kLspHelp =
    "usage: frontdoor lsp [--docs README.md]\n"
    "A Language Server for scripts, on stdin and stdout, for any editor with an LSP client:\n"
    "lint diagnostics as you type, go to definition of beat ids and stage files, completion\n"
    "of beat ids, modes, fields, sectors, moods and situation keys, hover help for fields.\n"
    "--docs: the API page hover text comes from (default: scripts/README.md here, else the\n"
    "shipped one).\n"
    "Setup for Neovim, Helix and VS Code: scripts/README.md, \"Editor integration\".\n";
// The API page hover reads: the one beside the scripts in use, else the shipped
// one (a designer's own scripts/ folder seldom has a copy of the page).
std::string api_page() {
    std::string local = fd::shipped_scripts_dir() + "/README.md";
    std::error_code ec;
    if (std::filesystem::is_regular_file(local, ec)) return local;
    // The same lookup from the program's folder, where there is no ./scripts of the designer's.
    return fd::scripts_dir_for(fd::executable_dir(), fd::executable_dir()) + "/README.md";
}
}  // namespace

int cmd_lsp(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"docs", true}});
    if (args.has("help")) {
        std::cout << kLspHelp;
        return 0;
    }
    if (!args.positional().empty()) throw UsageError("lsp takes no paths: the editor sends the files");
    std::string docs = args.has("docs") ? args.get("docs") : api_page();
    lsp::ApiDocs api = lsp::ApiDocs::from_file(docs);
    // stderr is the editor's log of the server.
    if (api.size() == 0) std::cerr << "frontdoor lsp: no field help in " << docs << ": hover will be empty\n";
    lsp::LspServer server(std::move(api));
    std::ios::sync_with_stdio(false);
    while (!server.exited()) {
        lsp::Incoming in = lsp::read_message(std::cin);
        if (in.kind == lsp::Incoming::Kind::End) break;
        if (in.kind == lsp::Incoming::Kind::BadFraming) {
            std::cerr << "frontdoor lsp: " << in.error << "; stopping\n";
            return 1;
        }
        if (in.kind == lsp::Incoming::Kind::BadJson) {
            lsp::write_message(std::cout, lsp::error_response(nullptr, lsp::error_code::parse_error, in.error));
            continue;
        }
        for (const auto& out : server.handle(in.message)) lsp::write_message(std::cout, out);
    }
    return server.exited() ? server.exit_code() : 1;
}

}  // namespace fd::cli
