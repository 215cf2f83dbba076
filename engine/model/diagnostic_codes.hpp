// The one table of diagnostic codes: each code's id, severity and meaning, as
// documented in scripts/README.md under "Errors and lint codes" (a test checks
// that the two agree). Checks name a code by its constant, never by a literal.
#pragma once
#include <string>
#include <vector>

namespace fd {

// How bad a code's problems are: most are errors; a few are warnings, and one
// is a warning from lint but an error from explore.
enum class CodeLevel { Error, Warning, LintWarningExploreError };

struct DiagnosticCode {
    const char* id;       // code::unknown_beat
    CodeLevel level;
    const char* meaning;  // the README's "what is wrong" column, word for word; English (translate with tr())

    constexpr operator const char*() const { return id; }
    operator std::string() const { return id; }
};

// Where the codes are explained to designers.
inline constexpr const char* kDiagnosticCodesDoc = "scripts/README.md, \"Errors and lint codes\"";

namespace code {
// Marks a meaning for translation (tools/i18n-ui-template extracts it); the model
// layer does not see engine/i18n, so this is the marker alone: the command line
// translates the meaning where it prints it (gettext's N_ idiom, as ui_text.hpp).
constexpr const char* N_(const char* english) { return english; }
// clang-format off
inline constexpr DiagnosticCode script_fails{"FD001", CodeLevel::Error,
    N_("the script does not load or run: a syntax error, a runtime error, a runaway loop, too much memory, a forbidden call (`io`, `os.exit`, `debug`, `load`)")};
inline constexpr DiagnosticCode returns_nothing{"FD002", CodeLevel::Error,
    N_("the file does not return `encounter { }`, `campaign { }` or `tests { }`")};
inline constexpr DiagnosticCode missing_field{"FD003", CodeLevel::Error,
    N_("a required field is missing or empty (`id`, `says`, `next`, `customer.name`, ...)")};
inline constexpr DiagnosticCode wrong_type{"FD004", CodeLevel::Error,
    N_("a field has the wrong type, or a beat/answer is not written with its constructor")};
inline constexpr DiagnosticCode unknown_field{"FD005", CodeLevel::Error,
    N_("an unknown field (a typo?)")};
inline constexpr DiagnosticCode duplicate_id{"FD006", CodeLevel::Error,
    N_("two beats (or stages) share an id")};
inline constexpr DiagnosticCode missing_mode{"FD007", CodeLevel::Error,
    N_("a decision has no answer for one of the five modes")};
inline constexpr DiagnosticCode bad_mode{"FD008", CodeLevel::Error,
    N_("an unknown mode, or two answers with the same mode")};
inline constexpr DiagnosticCode unknown_beat{"FD009", CodeLevel::Error,
    N_("`next`, `otherwise` or `start` names a beat that does not exist")};
inline constexpr DiagnosticCode unreachable_beat{"FD010", CodeLevel::LintWarningExploreError,
    N_("a beat is never reached")};
inline constexpr DiagnosticCode no_ending{"FD011", CodeLevel::Error,
    N_("no ending can be reached from a beat (a loop with no way out), or the encounter has no ending")};
inline constexpr DiagnosticCode out_of_range{"FD012", CodeLevel::Error,
    N_("an effect or value is out of range (trust, wall -100..100; reputation -10..10; fit 1..5)")};
inline constexpr DiagnosticCode no_fit_or_why{"FD013", CodeLevel::Error,
    N_("an answer has no `fit` or no `why`")};
inline constexpr DiagnosticCode text_too_long{"FD014", CodeLevel::Warning,
    N_("text is too long for the projector layout")};
inline constexpr DiagnosticCode unknown_value{"FD015", CodeLevel::Error,
    N_("an unknown mood, sector, outcome, situation level or look word")};
inline constexpr DiagnosticCode unknown_stage{"FD016", CodeLevel::Error,
    N_("the campaign names a stage or file that does not exist")};
inline constexpr DiagnosticCode encounter_played_twice{"FD017", CodeLevel::Error,
    N_("the campaign can play one encounter twice on some path (found by explore)")};
inline constexpr DiagnosticCode duplicate_encounter{"FD018", CodeLevel::Error,
    N_("two encounter files have the same `id`")};
inline constexpr DiagnosticCode over_limit{"FD019", CodeLevel::Error,
    N_("a value is over one of the engine's hard limits (`engine/model/limits.hpp`): any text 4,000 characters, a flag's name 100, a flag's text 1,000, 200 flags in `flags` or in `story`, a mood 32 characters. An effects function that returns such a value stops play with this message")};
inline constexpr DiagnosticCode undrawable_text{"FD020", CodeLevel::Warning,
    N_("text has a character the game's fonts cannot draw (an emoji, a symbol outside Latin, Greek and Cyrillic) or bytes that are not UTF-8")};
inline constexpr DiagnosticCode unused_flag{"FD021", CodeLevel::Warning,
    N_("a flag (`flags` or `story`) is read but never set, or set but never read")};
inline constexpr DiagnosticCode undeclared_flag{"FD022", CodeLevel::Error,
    N_("the encounter declares its flags (`flags = { name = \"what it means\" }`) and uses one not declared there")};
inline constexpr DiagnosticCode bad_plan{"FD023", CodeLevel::Error,
    N_("a test plan gives more answers than its path uses, or its `file` does not exist")};
// clang-format on
}  // namespace code

// Every code, in order.
const std::vector<DiagnosticCode>& diagnostic_codes();

}  // namespace fd
