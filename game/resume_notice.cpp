// The resumed save's notice, worded from fd::ResumeMove (see resume_notice.hpp).
#include "resume_notice.hpp"

#include "ui_text.hpp"

namespace fdg {

std::string resume_notice(const fd::ResumeMove& move) {
    using Kind = fd::ResumeMove::Kind;
    switch (move.kind) {
        case Kind::None: return "";
        case Kind::PlaceGone:
            return fd::format_text(fd::tr("The place '{place}' in this save is no longer in '{encounter}'; resuming at the nearest earlier decision."),
                                   {{"place", move.gone}, {"encounter", move.encounter}});
        case Kind::ToNext:
            return fd::format_text(fd::tr("The stage '{stage}' in this save is no longer in the campaign; resuming at '{next}', the next after '{done}'."),
                                   {{"stage", move.gone}, {"next", move.resumed_at}, {"done", move.after}});
        case Kind::ToStart:
            return fd::format_text(fd::tr("The stage '{stage}' in this save is no longer in the campaign; resuming at the start, '{start}'."),
                                   {{"stage", move.gone}, {"start", move.resumed_at}});
    }
    return "";
}

}  // namespace fdg
