// The only randomness scripts get: a seeded generator whose whole state is one
// number, so saves can store it and replays are byte-for-byte identical.
#pragma once
#include <cstdint>

namespace fd {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 1) : state_(seed) {}

    std::uint64_t next() {  // splitmix64
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [lo, hi] for any lo <= hi, the whole 64-bit range included; the
    // modulo bias is below 2^-40 for game-sized ranges. Unsigned arithmetic: no overflow.
    long long between(long long lo, long long hi) {
        if (hi <= lo) return lo;
        std::uint64_t gap = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);  // hi - lo, exact
        std::uint64_t r = next();
        std::uint64_t offset = gap == UINT64_MAX ? r : r % (gap + 1);
        return from_twos_complement(static_cast<std::uint64_t>(lo) + offset);
    }

    std::uint64_t state() const { return state_; }

private:
    // The signed number whose two's complement is u (lo + offset, which lies in [lo, hi]).
    static long long from_twos_complement(std::uint64_t u) {
        if (u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<long long>(u);
        return -static_cast<long long>(~u) - 1;
    }
    std::uint64_t state_;
};

}  // namespace fd
