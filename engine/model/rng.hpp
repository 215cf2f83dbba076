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

    // Uniform in [lo, hi]; the modulo bias is below 2^-40 for game-sized ranges.
    long long between(long long lo, long long hi) {
        if (hi <= lo) return lo;
        std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<long long>(next() % span);
    }

    std::uint64_t state() const { return state_; }
    void set_state(std::uint64_t s) { state_ = s; }

private:
    std::uint64_t state_;
};

}  // namespace fd
