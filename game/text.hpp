// Words and numbers as the screens write them (no drawing here, so the game's
// logic can use them without ImGui).
#pragma once
#include <string>

namespace fdg {

std::string capitalised(const std::string& word);  // "wrong_size" -> "Wrong size"
// "+£585", "−£120", "£0": the scripts' content is British, so money is in pounds.
std::string money_text(long long amount, bool sign = true);
std::string signed_text(long long amount);  // "+3", "−25", "0"

}  // namespace fdg
