// The list of every diagnostic code, for the documentation check and tools.
#include "diagnostic_codes.hpp"

namespace fd {

const std::vector<DiagnosticCode>& diagnostic_codes() {
    static const std::vector<DiagnosticCode> all = {
        code::script_fails,   code::returns_nothing, code::missing_field,    code::wrong_type,
        code::unknown_field,  code::duplicate_id,    code::missing_mode,     code::bad_mode,
        code::unknown_beat,   code::unreachable_beat, code::no_ending,       code::out_of_range,
        code::no_fit_or_why,  code::text_too_long,   code::unknown_value,    code::unknown_stage,
        code::encounter_played_twice, code::duplicate_encounter, code::over_limit,
        code::undrawable_text, code::unused_flag, code::undeclared_flag, code::bad_plan,
    };
    return all;
}

}  // namespace fd
