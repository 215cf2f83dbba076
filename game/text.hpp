// Words and numbers as the screens write them (no drawing here, so the game's
// logic can use them without ImGui).
#pragma once
#include <string>

#include "money.hpp"

namespace fdg {

std::string capitalised(const std::string& word);  // "wrong_size" -> "Wrong size"
// "+£585", "−£120", "£0"; "+585 €" in Spanish: fd::format_money in the money style
// the game set (the player's language, the story's currency; game_language.hpp).
std::string money_text(long long amount, bool sign = true);
const fd::MoneyStyle& money_style();
void set_money_style(const fd::MoneyStyle& style);
std::string signed_text(long long amount);  // "+3", "−25", "0"
// A player's name as shown: the default names (Game::default_player, kept in saves as
// they are) in the player's language, any other name as typed.
std::string player_label(const std::string& name);

}  // namespace fdg
