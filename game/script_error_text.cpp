// A script error's details in the player's language (see script_error_text.hpp).
#include "script_error_text.hpp"

#include "ui_text.hpp"

namespace fdg {

namespace {

// What the engine stopped the script for (ScriptError::reason), else the message as written.
std::string cause_text(const fd::ScriptError& e) {
    const std::string& r = e.reason();
    long long n = e.reason_amount();
    std::string amount = std::to_string(n);
    if (r == "instructions" && n >= 1'000'000 && n % 1'000'000 == 0)
        return fd::format_text(fd::trn("script ran more than {count} million instructions (an endless loop?)",
                                       "script ran more than {count} million instructions (an endless loop?)", static_cast<long>(n / 1'000'000)),
                               {{"count", std::to_string(n / 1'000'000)}});
    if (r == "instructions")
        return fd::format_text(fd::tr("script ran more than {count} instructions (an endless loop?)"), {{"count", amount}});
    if (r == "memory") return fd::format_text(fd::tr("script used more than {mb} MB of memory"), {{"mb", amount}});
    if (r == "string")
        return fd::format_text(fd::tr("script built a string of more than {mb} MB of memory (one string may not be longer)"), {{"mb", amount}});
    if (r == "backstop")
        return fd::format_text(fd::tr("script ran longer than the {seconds} s backstop (an endless loop?)"), {{"seconds", amount}});
    return e.cause();
}

// The cause and where in the story it happened (ScriptError::at).
std::string cause_at(const fd::ScriptError& e) {
    std::string cause = cause_text(e);
    if (!e.beat().empty() && !e.stage().empty())
        return fd::format_text(fd::tr("{error} (at beat '{beat}' of stage '{stage}')"), {{"error", cause}, {"beat", e.beat()}, {"stage", e.stage()}});
    if (!e.beat().empty()) return fd::format_text(fd::tr("{error} (at beat '{beat}')"), {{"error", cause}, {"beat", e.beat()}});
    if (!e.stage().empty()) return fd::format_text(fd::tr("{error} (at stage '{stage}')"), {{"error", cause}, {"stage", e.stage()}});
    return cause;
}

}  // namespace

std::string script_error_details(const fd::ScriptError& e) {
    std::string place = e.line() > 0 ? e.file() + ":" + std::to_string(e.line()) : e.file();
    return place + ": " + cause_at(e) + " [" + e.code() + "]";
}

}  // namespace fdg
