// A small command-line parser: named options (with or without a value) and
// positional arguments; unknown options are usage errors with a hint.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fd::cli {

class UsageError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;  // without dashes
    bool takes_value = false;
};

class Args {
public:
    // Throws UsageError for unknown options or a missing value.
    Args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs);

    bool has(const std::string& name) const { return values_.count(name) > 0; }
    std::string get(const std::string& name, const std::string& fallback = "") const;
    long long get_int(const std::string& name, long long fallback) const;
    double get_double(const std::string& name, double fallback) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::vector<std::string> positional_;
};

std::vector<std::string> split(const std::string& text, char sep);

}  // namespace fd::cli
