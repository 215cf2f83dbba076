#include "file_text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <sys/stat.h>

namespace fd {

namespace {
FileText failed(std::string why) {
    FileText f;
    f.error = std::move(why);
    return f;
}

// The overlays alive on this thread, by normalised path.
thread_local std::map<std::string, std::string> overlays;

std::string overlay_key(const std::string& path) {
    std::error_code ec;
    auto absolute = std::filesystem::absolute(path, ec);
    return (ec ? std::filesystem::path(path) : absolute).lexically_normal().string();
}
}  // namespace

SourceOverlay::SourceOverlay(const std::string& path, std::string text) : key_(overlay_key(path)) {
    overlays[key_] = std::move(text);
}

SourceOverlay::~SourceOverlay() { overlays.erase(key_); }

FileText read_file(const std::string& path, std::size_t max_bytes) {
    if (!overlays.empty()) {
        auto it = overlays.find(overlay_key(path));
        if (it != overlays.end()) {
            if (it->second.size() > max_bytes)
                return failed("is " + std::to_string(it->second.size()) + " bytes, over the limit of " +
                              std::to_string(max_bytes));
            FileText f;
            f.ok = true;
            f.text = it->second;
            return f;
        }
    }
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) return failed(std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    if (fstat(fileno(in), &st) == 0 && S_ISDIR(st.st_mode)) {
        std::fclose(in);
        return failed("is a directory, not a file");
    }
    if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes) {
        std::fclose(in);
        return failed("is " + std::to_string(st.st_size) + " bytes, over the limit of " + std::to_string(max_bytes));
    }
    FileText f;
    char buf[65536];
    std::size_t n;
    // A file that grows while it is read (or a pipe) is still cut off at the cap.
    while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
        if (f.text.size() + n > max_bytes) {
            std::fclose(in);
            return failed("is over the limit of " + std::to_string(max_bytes) + " bytes");
        }
        f.text.append(buf, n);
    }
    bool error = std::ferror(in);
    int err = errno;
    std::fclose(in);
    if (error) return failed(std::string("cannot read: ") + std::strerror(err));
    f.ok = true;
    return f;
}

}  // namespace fd
