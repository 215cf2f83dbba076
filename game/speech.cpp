// Self-voicing: the words of a screen from what it drew, and speech-dispatcher to say them.
#include "speech.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <libspeechd.h>

namespace fdg {

namespace {

bool spoken_kind(const std::string& kind) { return kind != "footer" && kind != "button_hint"; }

}  // namespace

std::string screen_words(const std::vector<ProbeItem>& items) {
    std::string out, last;
    // A modal window (the Esc menu) is what the player faces: read it alone, not the screen behind.
    bool modal = std::any_of(items.begin(), items.end(), [](const ProbeItem& it) { return it.modal; });
    for (const ProbeItem& it : items) {
        if (modal && !it.modal) continue;
        if (!spoken_kind(it.kind) || it.text.empty() || it.text == last) continue;
        last = it.text;
        std::string piece = it.text;
        for (char& c : piece)
            if (c == '\n') c = ' ';
        // An answer's number and mode lead into its words: "1, Avoid: Online orders..."
        bool lead = it.kind == "answer_number" || it.kind == "answer_mode";
        // A full stop between pieces, unless the piece before ended its own sentence.
        if (!out.empty()) out += std::strchr(",.!?:\"", out.back()) ? " " : ". ";
        out += piece;
        if (lead) out += ",";
    }
    return out;
}

Speech::~Speech() {
    if (conn_) spd_close(static_cast<SPDConnection*>(conn_));
}

void Speech::connect() {
    tried_ = true;
    const char* mode = std::getenv("FRONTDOOR_SPEECH");
    if (mode && std::strcmp(mode, "capture") == 0) return;
    conn_ = spd_open("frontdoor", "main", nullptr, SPD_MODE_SINGLE);
}

void Speech::say(const std::string& text) {
    said_.push_back(text);
    if (!tried_) connect();
    if (!conn_) return;
    auto* c = static_cast<SPDConnection*>(conn_);
    spd_cancel(c);
    spd_say(c, SPD_TEXT, text.c_str());
}

}  // namespace fdg
