// Self-voicing: V reads the current screen aloud through speech-dispatcher
// (libspeechd), as Ren'Py's self-voicing does. What is read is the text the
// screen drew this frame, in the order it drew it (the layout probe's record),
// so every screen is covered without a list per screen. Every utterance is also
// kept, so tests see what would be spoken without a speech server
// (FRONTDOOR_SPEECH=capture never opens one).
#pragma once
#include <string>
#include <vector>

#include "layout_probe.hpp"

namespace fdg {

// The words a screen reader would say for the items drawn, in drawing order:
// key hints left out, an answer read as "1, Avoid: ..." and repeats dropped.
// With a modal window open (the Esc menu, an error) only its words.
std::string screen_words(const std::vector<ProbeItem>& items);

class Speech {
public:
    Speech() = default;
    ~Speech();
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;
    void say(const std::string& text);  // interrupts what is being said
    const std::vector<std::string>& said() const { return said_; }
    bool connected() const { return conn_ != nullptr; }

private:
    void connect();
    void* conn_ = nullptr;  // SPDConnection*, kept out of this header
    bool tried_ = false;
    std::vector<std::string> said_;
};

}  // namespace fdg
