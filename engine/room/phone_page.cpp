// Puts the workshop's words into the phone page and writes the "room full" and
// "not found" pages (see phone_page.hpp). Every word is escaped for where it goes.
#include "phone_page.hpp"

#include <nlohmann/json.hpp>

#include "html_text.hpp"

namespace fd::room {

namespace {

const std::string kLangMark = "<html lang=\"en\">";
const std::string kTextMark = "<script id=\"fd-text\" type=\"application/json\">{}</script>";

}  // namespace

// Letters, digits and '-' only, up to the first other character.
std::string page_lang(const std::string& lang) {
    std::string out;
    for (char c : lang) {
        if (c == '_') c = '-';
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) break;  // "es.UTF-8", "sr@latin": the tag is what comes before
        out += c;
    }
    return out.empty() ? "en" : out;
}

namespace {

// The words as JSON safe inside a <script> element: no "<" at all ("</script>" cannot end it).
std::string script_json(const PhoneText& t) {
    std::string json = nlohmann::json(t.text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out;
    for (char c : json) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return out;
}

std::string word(const PhoneText& t, const char* key, const char* english) {
    auto it = t.text.find(key);
    return html_escape(it == t.text.end() || it->second.empty() ? english : it->second);
}

std::string small_page(const PhoneText& t, const std::string& title, const std::string& heading, const std::string& body) {
    return "<!doctype html><html lang=\"" + page_lang(t.lang) +
           "\"><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><title>" + title + "</title><h1>" +
           heading + "</h1><p>" + body + "</p></html>";
}

}  // namespace

std::string localized_index(const std::string& html, const PhoneText& t) {
    std::string out = html;
    if (auto at = out.find(kLangMark); at != std::string::npos)
        out.replace(at, kLangMark.size(), "<html lang=\"" + page_lang(t.lang) + "\">");
    if (auto at = out.find(kTextMark); at != std::string::npos)
        out.replace(at, kTextMark.size(), "<script id=\"fd-text\" type=\"application/json\">" + script_json(t) + "</script>");
    return out;
}

std::string room_full_page(const PhoneText& t) {
    return small_page(t, word(t, "full_title", "Room full"), word(t, "full_heading", "This room is full"),
                      word(t, "full_body", "Every place in the room is taken. Ask the facilitator, or vote with a show of hands."));
}

std::string not_found_page(const PhoneText& t) {
    return small_page(t, word(t, "nothere_title", "Not here"), word(t, "nothere_heading", "Nothing here"),
                      word(t, "nothere_body", "Open the address on the screen."));
}

}  // namespace fd::room
