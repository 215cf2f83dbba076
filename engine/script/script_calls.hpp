// Calls from the session into script functions: effects, route conditions and
// campaign routing. Each sees a fresh read-only view of the state.
#pragma once
#include <optional>
#include <string>

#include "encounter.hpp"
#include "lua_sandbox.hpp"
#include "state.hpp"

namespace fd {

// Plain effects as they are; a function's effects computed against the state.
Effects resolve_effects(LuaSandbox& sb, const Effects& fx, SessionState& s);
bool evaluate_condition(LuaSandbox& sb, int ref, SessionState& s);
// A stage id, or nothing when the function returns nil (the campaign ends).
std::optional<std::string> call_stage_next(LuaSandbox& sb, int ref, SessionState& s);

}  // namespace fd
