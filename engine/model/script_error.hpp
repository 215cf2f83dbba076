// An error raised by a script (or found in it), always tied to a file and line,
// and, for an error while playing, to the beat (and stage) it came from.
#pragma once
#include <stdexcept>
#include <string>

#include "diagnostic_codes.hpp"

namespace fd {

class ScriptError : public std::runtime_error {
public:
    // `code`: which diagnostic code the error is (most run-time errors are FD001; an
    // effects function returning a bad value is the code of that value's problem).
    ScriptError(std::string file, int line, std::string message, std::string traceback = {},
                std::string code = fd::code::script_fails)
        : std::runtime_error(format(file, line, message)),
          file_(std::move(file)), line_(line), message_(message), cause_(std::move(message)),
          traceback_(std::move(traceback)), code_(std::move(code)) {}

    const std::string& file() const { return file_; }
    int line() const { return line_; }
    const std::string& message() const { return message_; }
    const std::string& traceback() const { return traceback_; }
    const std::string& beat() const { return beat_; }
    const std::string& stage() const { return stage_; }
    const std::string& code() const { return code_; }
    // The message without the " (at beat ...)" that at() adds: the front ends word that
    // part themselves from beat() and stage() (game/script_error_text.hpp).
    const std::string& cause() const { return cause_; }
    // What the engine itself stopped the script for, as an id for the layer that words
    // it: "instructions", "memory", "string", "backstop" (the budget's limits, with the
    // limit passed in reason_amount(): instructions, MB, seconds); "" otherwise.
    const std::string& reason() const { return reason_; }
    long long reason_amount() const { return reason_amount_; }
    void set_reason(std::string id, long long amount) {
        reason_ = std::move(id);
        reason_amount_ = amount;
    }
    // "FILE:LINE: message [FD012]": what run and the window show.
    std::string with_code() const { return std::string(what()) + " [" + code_ + "]"; }

    // The same error, said to come from `beat` of `stage` ("" when there is
    // only one stage, or no beat): "... (at beat 'first_ask')".
    ScriptError at(const std::string& beat, const std::string& stage) const {
        std::string where;
        if (!beat.empty()) where = "beat '" + beat + "'";
        if (!stage.empty()) where += (where.empty() ? "" : " of ") + std::string("stage '") + stage + "'";
        ScriptError e(file_, line_, where.empty() ? message_ : message_ + " (at " + where + ")", traceback_, code_);
        e.beat_ = beat;
        e.stage_ = stage;
        e.cause_ = cause_;
        e.reason_ = reason_;
        e.reason_amount_ = reason_amount_;
        return e;
    }

private:
    static std::string format(const std::string& file, int line, const std::string& msg) {
        if (line > 0) return file + ":" + std::to_string(line) + ": " + msg;
        return file + ": " + msg;
    }
    std::string file_;
    int line_;
    std::string message_;
    std::string cause_;
    std::string traceback_;
    std::string beat_;
    std::string stage_;
    std::string code_;
    std::string reason_;
    long long reason_amount_ = 0;
};

}  // namespace fd
