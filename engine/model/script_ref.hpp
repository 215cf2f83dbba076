// A handle on a script function (an effects function, a route condition, a
// stage's next): opaque to the model, resolved only by the story's ScriptHost.
#pragma once

namespace fd {

struct ScriptRef {
    int id = -1;  // the host's number for the function; -1: none
    bool valid() const { return id >= 0; }
};

}  // namespace fd
