// Editor integration: `frontdoor lint --format json`, and the language server at
// the protocol level (framing, lifecycle, each request) without an editor.
// tests/lsp/ drives the real server from headless Neovim.
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_language.hpp"
#include "diagnostic_json.hpp"
#include "file_text.hpp"
#include "jsonrpc.hpp"
#include "lsp_server.hpp"
#include "lsp_text.hpp"
#include "minimal_encounter.hpp"
#include "script_outline.hpp"
#include "test_support.hpp"
#include "vocabulary.hpp"

using nlohmann::json;
using namespace fd::lsp;
using namespace fdtest;

namespace {

// The minimal encounter with its first answer sent to a beat that does not exist (line 12).
std::string broken_encounter() {
    return with(minimal_encounter(), "next = \"lost\", fit = 1, why = \"Too", "next = \"lsot\", fit = 1, why = \"Too");
}

// A client talking to a server in this process: requests get their response,
// notifications the server sends are kept.
struct Client {
    LspServer server{ApiDocs::from_file(source_path("scripts/README.md"))};
    std::vector<json> notifications;
    int next_id = 1;

    json send(const json& message) {
        json answer;
        for (auto& m : server.handle(message)) {
            if (m.contains("id") && message.contains("id") && m["id"] == message["id"])
                answer = m;
            else
                notifications.push_back(m);
        }
        return answer;
    }
    json request(const std::string& method, const json& params) {
        return send({{"jsonrpc", "2.0"}, {"id", next_id++}, {"method", method}, {"params", params}});
    }
    void notify(const std::string& method, const json& params) {
        send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
    }
    void start() { request("initialize", {{"capabilities", json::object()}}); notify("initialized", json::object()); }
    // The diagnostics of the last publishDiagnostics for `uri`.
    json diagnostics(const std::string& uri) const {
        for (auto it = notifications.rbegin(); it != notifications.rend(); ++it)
            if ((*it)["method"] == "textDocument/publishDiagnostics" && (*it)["params"]["uri"] == uri)
                return (*it)["params"]["diagnostics"];
        return nullptr;
    }
    void open(const std::string& uri, const std::string& text) {
        notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "lua"}, {"version", 1}, {"text", text}}}});
    }
    json at(const std::string& method, const std::string& uri, int line, int character) {
        return request(method, {{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}});
    }
};

std::vector<std::string> labels(const json& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i["label"]);
    return out;
}

// Line `line` (0-based) of text and the column where `needle` starts on it.
int column_of(const std::string& text, int line, const std::string& needle) {
    auto c = static_cast<int>(fd::cli::line_of(text, line + 1).find(needle));
    REQUIRE(c >= 0);
    return c;
}

}  // namespace

TEST_CASE("A framed message reads back whole, two in a row are two messages, then the stream ends", "[editor][lsp]") {
    std::stringstream pipe;
    write_message(pipe, {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "a"}, {"params", {{"text", "é\r\n"}}}});
    write_message(pipe, {{"jsonrpc", "2.0"}, {"method", "b"}});
    Incoming first = read_message(pipe);
    REQUIRE(first.kind == Incoming::Kind::Message);
    CHECK(first.message["params"]["text"] == "é\r\n");
    Incoming second = read_message(pipe);
    REQUIRE(second.kind == Incoming::Kind::Message);
    CHECK(second.message["method"] == "b");
    CHECK(read_message(pipe).kind == Incoming::Kind::End);
}

TEST_CASE("Headers are read case-blind with others ignored, and a body that is not JSON does not stop the stream", "[editor][lsp]") {
    std::stringstream pipe;
    pipe << "content-length: 5\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{oops";
    write_message(pipe, {{"method", "next"}});
    Incoming bad = read_message(pipe);
    CHECK(bad.kind == Incoming::Kind::BadJson);
    Incoming next = read_message(pipe);
    REQUIRE(next.kind == Incoming::Kind::Message);
    CHECK(next.message["method"] == "next");
}

TEST_CASE("A message without Content-Length, with a huge one, or cut short is a framing error", "[editor][lsp]") {
    std::stringstream none("Content-Type: x\r\n\r\n{}");
    CHECK(read_message(none).kind == Incoming::Kind::BadFraming);
    std::stringstream huge("Content-Length: 99999999999999999999\r\n\r\n{}");
    Incoming h = read_message(huge);
    CHECK(h.kind == Incoming::Kind::BadFraming);
    CHECK_THAT(h.error, Catch::Contains("over"));
    std::stringstream cut("Content-Length: 10\r\n\r\n{}");
    CHECK(read_message(cut).kind == Incoming::Kind::BadFraming);
    std::stringstream garbled("Content-Length: 1x\r\n\r\n{}");
    CHECK(read_message(garbled).kind == Incoming::Kind::BadFraming);
}

TEST_CASE("initialize answers with what the server can do, in UTF-16 unless the client offers UTF-8", "[editor][lsp]") {
    LspServer server{ApiDocs{}};
    auto out = server.handle({{"jsonrpc", "2.0"}, {"id", 7}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}});
    REQUIRE(out.size() == 1);
    const json& caps = out[0]["result"]["capabilities"];
    CHECK(out[0]["id"] == 7);
    CHECK(caps["definitionProvider"] == true);
    CHECK(caps["hoverProvider"] == true);
    CHECK(caps["completionProvider"].is_object());
    CHECK(caps["textDocumentSync"]["change"] == 1);
    CHECK(caps["positionEncoding"] == "utf-16");
    LspServer utf8{ApiDocs{}};
    json params = {{"capabilities", {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}}}};
    auto out8 = utf8.handle({{"jsonrpc", "2.0"}, {"id", "x"}, {"method", "initialize"}, {"params", params}});
    CHECK(out8[0]["result"]["capabilities"]["positionEncoding"] == "utf-8");
}

TEST_CASE("Requests before initialize, unknown methods and malformed params get JSON-RPC errors, not a crash", "[editor][lsp]") {
    Client c;
    CHECK(c.at("textDocument/hover", "file:///x.lua", 0, 0)["error"]["code"] == error_code::server_not_initialized);
    c.start();
    CHECK(c.request("workspace/symbol", json::object())["error"]["code"] == error_code::method_not_found);
    CHECK(c.request("textDocument/definition", {{"position", 3}})["error"]["code"] == error_code::invalid_params);
    auto junk = c.server.handle(json::array({1, 2}));
    REQUIRE(junk.size() == 1);
    CHECK(junk[0]["error"]["code"] == error_code::invalid_request);
}

TEST_CASE("shutdown then exit ends the server with status 0, and exit alone with status 1", "[editor][lsp]") {
    Client polite;
    polite.start();
    CHECK(polite.request("shutdown", nullptr)["result"].is_null());
    CHECK(polite.request("textDocument/hover", json::object())["error"]["code"] == error_code::invalid_after_shutdown);
    polite.notify("exit", nullptr);
    CHECK(polite.server.exited());
    CHECK(polite.server.exit_code() == 0);
    Client abrupt;
    abrupt.start();
    abrupt.notify("exit", nullptr);
    CHECK(abrupt.server.exited());
    CHECK(abrupt.server.exit_code() == 1);
}

TEST_CASE("Opening a broken encounter publishes lint's error on the misspelt beat id, with its code", "[editor][lsp]") {
    std::string dir = temp_dir("lsp-open");
    std::string path = write_temp_file(dir, "scripts/encounters/mini.lua", broken_encounter());
    std::string uri = uri_from_path(path);
    Client c;
    c.start();
    c.open(uri, broken_encounter());
    json d = c.diagnostics(uri);
    REQUIRE(d.size() == 1);
    CHECK(d[0]["code"] == "FD009");
    CHECK(d[0]["severity"] == 1);
    CHECK_THAT(d[0]["message"].get<std::string>(), Catch::Contains("did you mean 'lost'?"));
    int col = column_of(broken_encounter(), 11, "lsot");
    CHECK(d[0]["range"]["start"] == json({{"line", 11}, {"character", col}}));
    CHECK(d[0]["range"]["end"] == json({{"line", 11}, {"character", col + 4}}));
}

TEST_CASE("A change is linted as typed, from the unsaved text, and fixing it clears the diagnostics", "[editor][lsp]") {
    std::string dir = temp_dir("lsp-change");
    std::string path = write_temp_file(dir, "scripts/encounters/mini.lua", minimal_encounter());
    std::string uri = uri_from_path(path);
    Client c;
    c.start();
    c.open(uri, minimal_encounter());
    CHECK(c.diagnostics(uri).empty());
    std::string typo = with(minimal_encounter(), "mood = \"upset\"", "mood = \"upste\"");
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {{{"text", typo}}}}});
    json d = c.diagnostics(uri);
    REQUIRE(d.size() == 1);
    CHECK(d[0]["code"] == "FD015");
    CHECK(d[0]["range"]["start"]["line"] == 4);
    CHECK(read_text(path) == minimal_encounter());  // the file on disk was never written
    c.notify("textDocument/didSave", {{"textDocument", {{"uri", uri}}}, {"text", minimal_encounter()}});
    CHECK(c.diagnostics(uri).empty());
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 3}}}, {"contentChanges", {{{"text", "return encounter {"}}}}});
    REQUIRE(c.diagnostics(uri).size() == 1);
    CHECK(c.diagnostics(uri)[0]["code"] == "FD001");
    c.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
    CHECK(c.diagnostics(uri).empty());
}

TEST_CASE("A campaign's diagnostics for a stage's encounter show at the stage's file line, and saving the fix clears them", "[editor][lsp]") {
    std::string dir = temp_dir("lsp-campaign");
    write_temp_file(dir, "scripts/encounters/mini.lua", broken_encounter());
    std::string campaign =
        "return campaign {\n  id = \"c\",\n  title = \"C\",\n  start = \"one\",\n  stages = {\n"
        "    stage { id = \"one\", file = \"encounters/mini.lua\" },\n  },\n}\n";
    std::string uri = uri_from_path(write_temp_file(dir, "scripts/campaign.lua", campaign));
    Client c;
    c.start();
    c.open(uri, campaign);
    json d = c.diagnostics(uri);
    REQUIRE(!d.empty());
    CHECK(d[0]["range"]["start"]["line"] == 5);
    CHECK_THAT(d[0]["message"].get<std::string>(), Catch::Contains("mini.lua:12:"));

    // Fixing the encounter and saving it clears the campaign's diagnostics too.
    std::string enc_uri = uri_from_path(dir + "/scripts/encounters/mini.lua");
    c.open(enc_uri, broken_encounter());
    CHECK(!c.diagnostics(enc_uri).empty());
    c.notify("textDocument/didSave", {{"textDocument", {{"uri", enc_uri}}}, {"text", minimal_encounter()}});
    CHECK(c.diagnostics(enc_uri).empty());
    CHECK(c.diagnostics(uri).empty());
}

TEST_CASE("Go to definition jumps from next and start to the beat, and from a stage's file to the file", "[editor][lsp]") {
    std::string dir = temp_dir("lsp-definition");
    std::string enc_path = write_temp_file(dir, "scripts/encounters/mini.lua", minimal_encounter());
    std::string uri = uri_from_path(enc_path);
    Client c;
    c.start();
    c.open(uri, minimal_encounter());
    // line 12 (0-based 11): next = "lost" -> ending { id = "lost" } on line 20 (0-based 19)
    json r = c.at("textDocument/definition", uri, 11, column_of(minimal_encounter(), 11, "lost\"") + 1)["result"];
    CHECK(r["uri"] == uri);
    CHECK(r["range"]["start"] == json({{"line", 19}, {"character", column_of(minimal_encounter(), 19, "lost\"")}}));
    json start = c.at("textDocument/definition", uri, 5, column_of(minimal_encounter(), 5, "ask"))["result"];
    CHECK(start["range"]["start"]["line"] == 8);
    CHECK(c.at("textDocument/definition", uri, 2, 12)["result"].is_null());  // title: not a reference

    std::string campaign = "return campaign {\n  id = \"c\", title = \"C\", start = \"one\",\n  stages = {\n"
                           "    stage { id = \"one\", file = \"encounters/mini.lua\" },\n  },\n}\n";
    std::string curi = uri_from_path(write_temp_file(dir, "scripts/campaign.lua", campaign));
    c.open(curi, campaign);
    json file = c.at("textDocument/definition", curi, 3, column_of(campaign, 3, "mini"))["result"];
    CHECK(file["uri"] == uri);
    json stage = c.at("textDocument/definition", curi, 1, column_of(campaign, 1, "one"))["result"];
    CHECK(stage["range"]["start"]["line"] == 3);
}

TEST_CASE("Completion offers beat ids, modes, sectors, moods, situation keys and levels, and fields, from the engine's lists", "[editor][lsp]") {
    std::string text = "return encounter {\n"
                       "  setting = { sector = \"re\" },\n"
                       "  customer = { mood = \"\" },\n"
                       "  beats = {\n"
                       "    decision { id = \"ask\", situation = { stress = \"\",  },\n"
                       "      answers = { answer { mode = \"\", next = \"\" } } },\n"
                       "    ending { id = \"done\", outcome = \"\" },\n"
                       "  },\n"
                       "}\n";
    std::string uri = "file:///nowhere/scripts/encounters/x.lua";
    Client c;
    c.start();
    c.open(uri, text);
    auto at = [&](int line, const std::string& after) {
        return labels(c.at("textDocument/completion", uri, line, column_of(text, line, after) + static_cast<int>(after.size()))["result"]);
    };
    using V = std::vector<std::string>;
    CHECK(at(1, "sector = \"") == fd::kSectors);
    CHECK(at(2, "mood = \"") == fd::kMoods);
    CHECK(at(4, "stress = \"") == fd::kSituationLevels);
    CHECK(at(4, "stress = \"\",  ") == fd::kSituationKeys);
    CHECK(at(5, "mode = \"") == V{"avoid", "accommodate", "compromise", "collaborate", "compete"});
    CHECK(at(5, "next = \"") == V{"ask", "done"});
    CHECK(at(6, "outcome = \"") == fd::kOutcomes);
    CHECK(at(6, "ending { ") == fd::fields_of("ending"));
    CHECK(at(3, "beats = {") == V{"narration", "decision", "route", "ending"});
}

TEST_CASE("Completion in a stage's file offers the scripts beside the campaign", "[editor][lsp]") {
    std::string dir = temp_dir("lsp-files");
    write_temp_file(dir, "scripts/encounters/b.lua", minimal_encounter());
    write_temp_file(dir, "scripts/encounters/a.lua", minimal_encounter());
    write_temp_file(dir, "scripts/notes.txt", "not a script");
    std::string campaign = "return campaign {\n  stages = { stage { id = \"one\", file = \"\" } },\n}\n";
    std::string uri = uri_from_path(write_temp_file(dir, "scripts/campaign.lua", campaign));
    Client c;
    c.start();
    c.open(uri, campaign);
    json items = c.at("textDocument/completion", uri, 1, column_of(campaign, 1, "file = \"") + 8)["result"];
    CHECK(labels(items) == std::vector<std::string>{"encounters/a.lua", "encounters/b.lua"});
}

TEST_CASE("Hover on a field shows what the API page says about it", "[editor][lsp]") {
    std::string text = "return encounter {\n  customer = { trust = 40 },\n  beats = { ending { id = \"e\", outcome = \"kept\",\n"
                       "    effects = function(s) if s.flags.x then return { wall = 1 } end end } },\n}\n";
    std::string uri = "file:///nowhere/x.lua";
    Client c;
    c.start();
    c.open(uri, text);
    auto hover = [&](int line, const std::string& word) {
        json r = c.at("textDocument/hover", uri, line, column_of(text, line, word) + 1)["result"];
        return r.is_null() ? std::string() : r["contents"]["value"].get<std::string>();
    };
    CHECK_THAT(hover(1, "trust"), Catch::Contains("how much she believes you"));
    CHECK_THAT(hover(2, "outcome"), Catch::Contains("won_back"));
    CHECK_THAT(hover(3, "flags"), Catch::Contains("this encounter's flags"));
    CHECK_THAT(hover(2, "ending"), Catch::Contains("`outcome` is one of"));
    CHECK(hover(3, "then").empty());
}

TEST_CASE("Hover text is read from the page's tables, example comments and bold paragraphs, and nothing else", "[editor][lsp]") {
    ApiDocs docs = ApiDocs::from_markdown(
        "## Answers\n\n| field | meaning |\n|---|---|\n| `fit` | how well it fits: 1 to 5 |\n| `s.random(a, b)` | a whole number |\n\n"
        "```lua\n  wall = 40,   -- how closed off she is\n  plain = 1\n```\n\n"
        "**route** — goes to the first case\nwhose `when(s)` is true.\n\nUnrelated text about `says`.\n");
    CHECK(docs.lookup("fit") == "**`fit`**: how well it fits: 1 to 5 *(Answers)*");
    CHECK(docs.lookup("s.random") == "**`s.random(a, b)`**: a whole number *(Answers)*");
    CHECK(docs.lookup("wall") == "`wall = 40,` — how closed off she is *(Answers)*");
    CHECK_THAT(docs.lookup("route"), Catch::Contains("whose `when(s)` is true."));
    CHECK(docs.lookup("plain").empty());
    CHECK(docs.lookup("says").empty());
    CHECK(docs.lookup("field").empty());
    CHECK(docs.size() == 4);
}

TEST_CASE("Hover on a beat id in next or start shows the beat it names, or says none does", "[editor][lsp]") {
    std::string text = with(minimal_encounter(), "next = \"kept\", fit = 3", "next = \"kpet\", fit = 3");
    std::string uri = "file:///nowhere/scripts/encounters/mini.lua";
    Client c;
    c.start();
    c.open(uri, text);
    json start = c.at("textDocument/hover", uri, 5, column_of(text, 5, "ask"))["result"];
    CHECK(start["contents"]["value"] == "`id = \"ask\",` (line 9)");
    json typo = c.at("textDocument/hover", uri, 12, column_of(text, 12, "kpet"))["result"];
    CHECK(typo["contents"]["value"] == "no beat or stage has the id `kpet`");
}

TEST_CASE("frontdoor lsp answers framed requests on its stdin and exits 0 after shutdown and exit", "[editor][lsp][cli]") {
    std::string dir = temp_dir("lsp-stdio");
    std::string uri = uri_from_path(write_temp_file(dir, "scripts/encounters/mini.lua", broken_encounter()));
    std::stringstream in;
    write_message(in, {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}});
    write_message(in, {{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                       {"params", {{"textDocument", {{"uri", uri}, {"languageId", "lua"}, {"version", 1}, {"text", broken_encounter()}}}}}});
    in << "Content-Length: 3\r\n\r\n{x}";
    write_message(in, {{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
    write_message(in, {{"jsonrpc", "2.0"}, {"method", "exit"}});
    write_temp_file(dir, "in", in.str());
    std::string cmd = "'" + std::string(FD_BINARY) + "' lsp --docs '" + source_path("scripts/README.md") + "' <'" + dir +
                      "/in' >'" + dir + "/out'";
    int status = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    std::stringstream out(read_text(dir + "/out"));
    std::vector<json> got;
    for (Incoming m = read_message(out); m.kind == Incoming::Kind::Message && got.size() < 10; m = read_message(out))
        got.push_back(m.message);
    REQUIRE(got.size() == 4);
    CHECK(got[0]["id"] == 1);
    CHECK(got[0]["result"]["capabilities"]["definitionProvider"] == true);
    CHECK(got[1]["method"] == "textDocument/publishDiagnostics");
    CHECK(got[1]["params"]["diagnostics"][0]["code"] == "FD009");
    CHECK(got[2]["error"]["code"] == error_code::parse_error);
    CHECK(got[3] == json({{"jsonrpc", "2.0"}, {"id", 2}, {"result", nullptr}}));
}

TEST_CASE("Positions count UTF-16 units as LSP clients do, so a line with curly quotes still lands on the beat id", "[editor][lsp]") {
    std::string line = "  narration { id = \"n\", text = \"“Hi” — 😀\", next = \"end\" },";
    int byte = static_cast<int>(line.find("end"));
    int units = character_of(line, byte, true);
    CHECK(units == byte - 2 - 2 - 2 - 2);  // “ ” — are 3 bytes, 1 unit each; 😀 is 4 bytes, 2 units
    CHECK(byte_column(line, units, true) == byte);
    CHECK(path_from_uri(uri_from_path("/tmp/a b/ü.lua")) == "/tmp/a b/ü.lua");
}

TEST_CASE("Half-typed text never trips the outline: every shipped and hostile script, cut anywhere, gives places inside the text", "[editor][lsp]") {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const char* dir : {"scripts", "tests/hostile"})
        for (const auto& e : fs::recursive_directory_iterator(source_path(dir)))
            if (e.path().extension() == ".lua") files.push_back(e.path().string());
    REQUIRE(files.size() > 100);
    std::size_t cuts = 0;
    for (const auto& f : files) {
        std::string whole = read_text(f);
        // Every 61st byte (a prime, so cuts land inside strings, comments and names) and the end.
        for (std::size_t cut = 0; cut <= whole.size(); cut = cut == whole.size() ? cut + 1 : std::min(cut + 61, whole.size())) {
            std::string text = whole.substr(0, cut);
            fd::ScriptOutline o = fd::outline_script(text);
            fd::TextPos end = o.tokens.empty() ? fd::TextPos{} : o.tokens.back().end;
            for (const auto& s : o.strings) REQUIRE((s.start <= s.end && s.end <= end));
            for (const auto& t : o.tables) REQUIRE((t.open <= t.close && t.close <= end));
            fd::completions_at(o, end);
            o.name_at(end);
            ++cuts;
        }
    }
    CHECK(cuts > 1000);
}

TEST_CASE("A change given as a range edit is applied in place, counting UTF-16 units", "[editor][lsp]") {
    std::string text = "a = \"—x\"\nnext = \"lsot\"\n";
    apply_change(text, {{"range", {{"start", {{"line", 1}, {"character", 8}}}, {"end", {{"line", 1}, {"character", 12}}}}}, {"text", "lost"}}, true);
    CHECK(text == "a = \"—x\"\nnext = \"lost\"\n");
    apply_change(text, {{"range", {{"start", {{"line", 0}, {"character", 6}}}, {"end", {{"line", 0}, {"character", 7}}}}}, {"text", "y"}}, true);
    CHECK(text == "a = \"—y\"\nnext = \"lost\"\n");
    apply_change(text, {{"text", "whole"}}, true);
    CHECK(text == "whole");
}

TEST_CASE("read_file sees an editor's unsaved text while its overlay lives, and the disk after", "[editor]") {
    std::string dir = temp_dir("overlay");
    std::string path = write_temp_file(dir, "a.lua", "on disk");
    {
        fd::SourceOverlay unsaved(dir + "/./a.lua", "in the editor");
        CHECK(fd::read_file(path, 100).text == "in the editor");
        CHECK_FALSE(fd::read_file(path, 5).ok);  // the cap still holds
    }
    CHECK(fd::read_file(path, 100).text == "on disk");
}

TEST_CASE("lint --format json prints one object per diagnostic with file, line, column, severity, code, message and hint", "[editor][cli]") {
    std::string dir = temp_dir("lint-json");
    std::string path = write_temp_file(dir, "scripts/encounters/mini.lua", broken_encounter());
    auto r = run_cli("lint --format json '" + path + "'");
    CHECK(r.code == 1);
    json all = json::parse(r.out);
    REQUIRE(all.size() == 1);
    CHECK(all[0] == json({{"file", path},
                          {"line", 12},
                          {"column", column_of(broken_encounter(), 11, "lsot") + 1},
                          {"severity", "error"},
                          {"code", "FD009"},
                          {"message", "answer 'ask.avoid' goes to 'lsot', which is not a beat here"},
                          {"hint", "did you mean 'lost'?"}}));
    auto clean = run_cli("lint --format json tests/fixtures/encounters/desk.lua");
    CHECK(clean.code == 0);
    CHECK(json::parse(clean.out) == json::array());
    CHECK(run_cli("lint --format xml " + path).code == 2);
}

TEST_CASE("A client whose locale is es gets the diagnostic's message in Spanish, with the same range and code", "[editor][lsp][i18n]") {
    std::string dir = temp_dir("lsp-locale");
    std::string path = write_temp_file(dir, "scripts/encounters/mini.lua", broken_encounter());
    std::string uri = uri_from_path(path);
    Client english;
    english.start();
    english.open(uri, broken_encounter());
    json en = english.diagnostics(uri);
    Client spanish;
    spanish.request("initialize", {{"capabilities", json::object()}, {"locale", "es"}});
    spanish.notify("initialized", json::object());
    spanish.open(uri, broken_encounter());
    json es = spanish.diagnostics(uri);
    fd::cli::use_cli_language("en");  // the catalog is the process's: later tests speak English
    REQUIRE(en.size() == 1);
    REQUIRE(es.size() == 1);
    CHECK(es[0]["code"] == en[0]["code"]);
    CHECK(es[0]["range"] == en[0]["range"]);
    CHECK(es[0]["severity"] == en[0]["severity"]);
    CHECK(es[0]["message"] == "`answer` 'ask.avoid' va a 'lsot', que no es un paso de este encuentro; ¿quisiste decir 'lost'?");
    CHECK(en[0]["message"] == "answer 'ask.avoid' goes to 'lsot', which is not a beat here; did you mean 'lost'?");
}
