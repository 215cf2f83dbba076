// An error raised by a script (or found in it), always tied to a file and line.
#pragma once
#include <stdexcept>
#include <string>

namespace fd {

class ScriptError : public std::runtime_error {
public:
    ScriptError(std::string file, int line, std::string message, std::string traceback = {})
        : std::runtime_error(format(file, line, message)),
          file_(std::move(file)), line_(line), message_(std::move(message)),
          traceback_(std::move(traceback)) {}

    const std::string& file() const { return file_; }
    int line() const { return line_; }
    const std::string& message() const { return message_; }
    const std::string& traceback() const { return traceback_; }

private:
    static std::string format(const std::string& file, int line, const std::string& msg) {
        if (line > 0) return file + ":" + std::to_string(line) + ": " + msg;
        return file + ": " + msg;
    }
    std::string file_;
    int line_;
    std::string message_;
    std::string traceback_;
};

}  // namespace fd
