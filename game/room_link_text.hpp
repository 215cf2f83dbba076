// The phone page's words in the workshop's language, from the interface's catalog
// (the keys are those of TEXT_EN in assets/phone/phone.js).
#pragma once
#include "room_config.hpp"

namespace fdg {

fd::room::PhoneText phone_text();  // in the language in use now

}  // namespace fdg
