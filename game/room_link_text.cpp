// The phone page's words put through the interface's catalog (see
// room_link_text.hpp): the game serves the page, so the phones follow the
// language the workshop runs in. Placeholders are the page's: {n}, {text}, ...
#include "room_link_text.hpp"

#include "game_language.hpp"
#include "ui_text.hpp"

namespace fdg {

fd::room::PhoneText phone_text() {
    fd::room::PhoneText p;
    p.lang = current_language().empty() ? "en" : current_language();
    auto& t = p.text;
    t["page_title"] = fd::tr("Front Door room");
    t["connecting"] = fd::tr("Connecting\u2026");
    t["code_label"] = fd::tr("Room code (on the screen)");
    t["join"] = fd::trc("phone", "Join");
    t["ask"] = fd::tr("What do you answer?");
    t["room_chose"] = fd::tr("The room chose");
    // TRANSLATORS: on the phone, over the answer this phone voted for (after a check mark).
    t["your_vote_mark"] = fd::trc("phone", "Your vote");
    t["type_code"] = fd::tr("Type the room code shown on the screen.");
    t["reconnecting"] = fd::tr("Reconnecting to the room\u2026");
    t["reconnecting_vote"] = fd::tr("Reconnecting to the room\u2026 Your vote: answer {n}.");
    t["in_room"] = fd::tr("You are in the room. The next question will appear here.");
    // TRANSLATORS: a screen reader's label for an answer button on the phone.
    t["answer_label"] = fd::tr("Answer {n}: {text}");
    // TRANSLATORS: the same, with the answer's conflict mode ("Collaborate").
    t["answer_mode_label"] = fd::tr("Answer {n}, {mode}: {text}");
    t["vote_changeable"] = fd::tr("Your vote: answer {n}. You can change it until voting closes.");
    t["vote_open"] = fd::tr("Voting is open. Tap your answer.");
    t["closed_vote"] = fd::tr("Voting is closed. Your vote: answer {n}.");
    t["closed"] = fd::tr("Voting is closed.");
    t["chosen"] = fd::tr("Answer {n}: {text}");
    t["count_one"] = fd::trn("Answer {n}: {count} vote", "Answer {n}: {count} votes", 1);
    t["count_many"] = fd::trn("Answer {n}: {count} vote", "Answer {n}: {count} votes", 2);
    t["room_chose_n"] = fd::tr("The room chose answer {n}.");
    t["offline_vote"] = fd::tr("Offline: your vote will be sent when the phone reconnects.");
    t["joining"] = fd::tr("Joining\u2026");
    // TRANSLATORS: at the foot of the phone page: the short id the projector lists phones by.
    t["this_phone"] = fd::tr("This phone: {id}");
    t["connecting_room"] = fd::tr("Connecting to the room\u2026");
    t["err_wrong_code"] = fd::tr("That is not this room's code. Check the code on the screen.");
    t["err_locked_out"] = fd::tr("Too many wrong room codes. Try again in {seconds} s.");
    t["err_removed"] = fd::tr("The facilitator removed this phone from the room.");
    t["err_room_locked"] = fd::tr("The room is locked: the facilitator is not taking new phones.");
    t["err_closed"] = fd::tr("Voting on this question is closed.");
    t["err_throttled"] = fd::tr("Too many messages: slow down. Some were ignored.");
    t["err_not_joined"] = fd::tr("Join the room with its code first.");
    t["err_too_big"] = fd::tr("That message was too long for the room.");
    t["full_title"] = fd::tr("Room full");
    t["full_heading"] = fd::tr("This room is full");
    t["full_body"] = fd::tr("Every place in the room is taken. Ask the facilitator, or vote with a show of hands.");
    t["nothere_title"] = fd::tr("Not here");
    t["nothere_heading"] = fd::tr("Nothing here");
    t["nothere_body"] = fd::tr("Open the address on the screen.");
    return p;
}

}  // namespace fdg
