// URIs, paths and position units for the language server (see lsp_text.hpp).
#include "lsp_text.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>

#include "diagnostic_json.hpp"

namespace fd::lsp {

namespace {
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Bytes in the UTF-8 sequence a lead byte starts (a stray byte counts as one).
int utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}
}  // namespace

std::string path_from_uri(const std::string& uri) {
    const std::string scheme = "file://";
    if (uri.rfind(scheme, 0) != 0) return "";
    std::string path;
    for (std::size_t i = scheme.size(); i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 && hex_value(uri[i + 2]) >= 0) {
            path += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
            i += 2;
        } else {
            path += uri[i];
        }
    }
    return path;
}

std::string uri_from_path(const std::string& path) {
    std::string uri = "file://";
    for (unsigned char c : normal_path(path)) {
        if (std::isalnum(c) || std::string("/-._~").find(static_cast<char>(c)) != std::string::npos) {
            uri += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            uri += buf;
        }
    }
    return uri;
}

std::string normal_path(const std::string& path) {
    std::error_code ec;
    auto absolute = std::filesystem::absolute(path, ec);
    return (ec ? std::filesystem::path(path) : absolute).lexically_normal().string();
}

int byte_column(const std::string& line_text, int character, bool utf16) {
    if (!utf16) return std::min(std::max(character, 0), static_cast<int>(line_text.size()));
    int units = 0;
    std::size_t i = 0;
    while (i < line_text.size() && units < character) {
        int len = utf8_length(static_cast<unsigned char>(line_text[i]));
        units += len == 4 ? 2 : 1;  // outside the basic plane: a surrogate pair
        i += static_cast<std::size_t>(len);
    }
    return static_cast<int>(std::min(i, line_text.size()));
}

int character_of(const std::string& line_text, int byte_column, bool utf16) {
    if (!utf16) return byte_column;
    int units = 0;
    std::size_t end = std::min(static_cast<std::size_t>(std::max(byte_column, 0)), line_text.size());
    for (std::size_t i = 0; i < end;) {
        int len = utf8_length(static_cast<unsigned char>(line_text[i]));
        units += len == 4 ? 2 : 1;
        i += static_cast<std::size_t>(len);
    }
    return units;
}

TextPos to_text_pos(const std::string& text, const nlohmann::json& position, bool utf16) {
    int line = position.value("line", 0);
    int character = position.value("character", 0);
    return {line, byte_column(cli::line_of(text, line + 1), character, utf16)};
}

nlohmann::json to_position(const std::string& text, TextPos pos, bool utf16) {
    return {{"line", pos.line}, {"character", character_of(cli::line_of(text, pos.line + 1), pos.column, utf16)}};
}

nlohmann::json to_range(const std::string& text, TextPos start, TextPos end, bool utf16) {
    return {{"start", to_position(text, start, utf16)}, {"end", to_position(text, end, utf16)}};
}

namespace {
// The byte offset in `text` of a position (bytes within the line), clamped to the text.
std::size_t offset_of(const std::string& text, TextPos pos) {
    std::size_t start = 0;
    for (int l = 0; l < pos.line; ++l) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string::npos) return text.size();
        start = nl + 1;
    }
    return std::min(start + static_cast<std::size_t>(pos.column), text.size());
}
}  // namespace

void apply_change(std::string& text, const nlohmann::json& change, bool utf16) {
    std::string replacement = change.at("text").get<std::string>();
    if (!change.contains("range")) {
        text = std::move(replacement);
        return;
    }
    std::size_t from = offset_of(text, to_text_pos(text, change["range"].at("start"), utf16));
    std::size_t to = offset_of(text, to_text_pos(text, change["range"].at("end"), utf16));
    text.replace(from, std::max(from, to) - from, replacement);
}

}  // namespace fd::lsp
