// The language server's view of files: file:// URIs and paths, positions in the
// client's units (UTF-16 by default, UTF-8 when both sides agree) and the bytes
// the outline counts in, and the open documents' texts.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "lua_tokens.hpp"

namespace fd::lsp {

// "file:///a%20b/x.lua" -> "/a b/x.lua"; "" for any other scheme.
std::string path_from_uri(const std::string& uri);
// An absolute, normalised path -> "file:///..." with reserved characters escaped.
std::string uri_from_path(const std::string& path);
// The absolute, normalised form of a path, so two spellings compare equal.
std::string normal_path(const std::string& path);

// Position conversions within one line of text.
int byte_column(const std::string& line_text, int character, bool utf16);
int character_of(const std::string& line_text, int byte_column, bool utf16);

// {"line", "character"} of an LSP position -> bytes; and back.
TextPos to_text_pos(const std::string& text, const nlohmann::json& position, bool utf16);
nlohmann::json to_position(const std::string& text, TextPos pos, bool utf16);
nlohmann::json to_range(const std::string& text, TextPos start, TextPos end, bool utf16);

// One entry of a didChange's contentChanges applied to `text`: the whole new
// text, or (from a client that sends edits although we ask for full text) a
// range replaced.
void apply_change(std::string& text, const nlohmann::json& change, bool utf16);

// The documents the client has open: URI -> current text.
using OpenDocuments = std::map<std::string, std::string>;

}  // namespace fd::lsp
