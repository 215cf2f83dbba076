// Story flags: what scripts may store in flags and read back.
#pragma once
#include <map>
#include <string>
#include <variant>

namespace fd {

using FlagValue = std::variant<bool, double, std::string>;
using Flags = std::map<std::string, FlagValue>;

std::string flag_to_string(const FlagValue& v);
bool flag_truthy(const FlagValue& v);

}  // namespace fd
