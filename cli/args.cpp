#include "args.hpp"

#include "diagnostic.hpp"
#include "detail_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {

Args::Args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs) {
    std::vector<std::string> names;
    for (const auto& s : specs) names.push_back("--" + s.name);
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() < 2 || a[0] != '-' || a == "-") {
            positional_.push_back(a);
            continue;
        }
        if (a == "--") {
            positional_.insert(positional_.end(), argv.begin() + static_cast<long>(i) + 1, argv.end());
            break;
        }
        std::string name = a, value;
        bool inline_value = false;
        if (auto eq = a.find('='); eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            inline_value = true;
        }
        if (name == "-h") name = "--help";
        const OptionSpec* spec = nullptr;
        for (const auto& s : specs)
            if ("--" + s.name == name) spec = &s;
        if (!spec) {
            std::string problem = format_text(tr("unknown option '{option}'"), {{"option", name}});
            throw UsageError(problem + tr_detail(did_you_mean_hint(name, names)));
        }
        if (spec->takes_value && !inline_value) {
            if (i + 1 >= argv.size()) throw UsageError(format_text(tr("option '{option}' needs a value"), {{"option", name}}));
            value = argv[++i];
        } else if (!spec->takes_value && inline_value) {
            throw UsageError(format_text(tr("option '{option}' takes no value"), {{"option", name}}));
        }
        values_[spec->name] = value;
    }
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second;
}

long long Args::get_int(const std::string& name, long long fallback) const {
    if (!has(name)) return fallback;
    const std::string& v = values_.at(name);
    try {
        std::size_t used = 0;
        long long n = std::stoll(v, &used);
        if (used == v.size()) return n;
    } catch (const std::exception&) {
    }
    throw UsageError(format_text(tr("--{option} needs a whole number, not '{value}'"), {{"option", name}, {"value", v}}));
}

double Args::get_double(const std::string& name, double fallback) const {
    if (!has(name)) return fallback;
    const std::string& v = values_.at(name);
    try {
        std::size_t used = 0;
        double d = std::stod(v, &used);
        if (used == v.size()) return d;
    } catch (const std::exception&) {
    }
    throw UsageError(format_text(tr("--{option} needs a number, not '{value}'"), {{"option", name}, {"value", v}}));
}

std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else if (c != ' ') {
            cur += c;
        }
    }
    if (!cur.empty() || !out.empty()) out.push_back(cur);
    return out;
}

}  // namespace fd::cli
