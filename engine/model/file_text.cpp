#include "file_text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace fd {

namespace {
FileText failed(std::string why) {
    FileText f;
    f.error = std::move(why);
    return f;
}
}  // namespace

FileText read_file(const std::string& path, std::size_t max_bytes) {
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
