// UUID v5 over OpenSSL's SHA-1, and random v4 UUIDs.
#include "uuid.hpp"

#include <openssl/sha.h>

#include <array>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace fd {

const char* const kFrontDoorUuidNamespace = "3c1e6f0a-7d4b-5e2a-9f61-0b8d2c4a7e15";

namespace {

std::array<unsigned char, 16> parse(const std::string& u) {
    if (!is_uuid(u)) throw std::invalid_argument("not a UUID: " + u);
    std::array<unsigned char, 16> b{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < u.size() && k < 16; ++i) {
        if (u[i] == '-') continue;
        b[k++] = static_cast<unsigned char>(std::stoi(u.substr(i, 2), nullptr, 16));
        ++i;
    }
    return b;
}

std::string format(const unsigned char* b) {
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

}  // namespace

bool is_uuid(const std::string& s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (s[i] == '-')) return false;
        if (!dash && !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

std::string uuid_v5(const std::string& namespace_uuid, const std::string& name) {
    auto ns = parse(namespace_uuid);
    std::string input(reinterpret_cast<const char*>(ns.data()), ns.size());
    input += name;
    unsigned char hash[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(input.data()), input.size(), hash);
    hash[6] = static_cast<unsigned char>((hash[6] & 0x0f) | 0x50);
    hash[8] = static_cast<unsigned char>((hash[8] & 0x3f) | 0x80);
    return format(hash);
}

std::string uuid_v4() {
    static thread_local std::random_device rd;
    unsigned char b[16];
    for (int i = 0; i < 16; i += 4) {
        unsigned v = rd();
        for (int k = 0; k < 4; ++k) b[i + k] = static_cast<unsigned char>(v >> (8 * k));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    return format(b);
}

}  // namespace fd
