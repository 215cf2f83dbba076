// The pages the room serves in the workshop's language: the phone page with its
// words put in (a JSON the page's script reads, and the lang attribute), and the
// short "room full" and "not found" pages, written here in full.
#pragma once
#include <string>

#include "room_config.hpp"

namespace fd::room {

// index.html with `<html lang="en">` set to t.lang and the empty words block
// (<script id="fd-text" type="application/json">{}</script>) filled with t.text.
std::string localized_index(const std::string& html, const PhoneText& t);

// A language as the page's lang attribute: "es_ES.UTF-8" -> "es-ES"; "" -> "en".
std::string page_lang(const std::string& lang);

std::string room_full_page(const PhoneText& t);
std::string not_found_page(const PhoneText& t);

}  // namespace fd::room
