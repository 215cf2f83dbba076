// A room server alone, for the browser test (tests/room/phone_vote.js) and the
// benchmark (tools/bench_room): prints "port N" and then obeys one command a
// line on stdin: open ID, close, reveal PLAYED C0 C1 C2 C3 C4, lock, snapshot,
// spanish (the phone page's language becomes Spanish, two of its words given), quit.
// Each command is answered "ok" so the caller knows it took effect.
#include <iostream>
#include <sstream>
#include <string>

#include "room_server.hpp"

using namespace fd::room;

namespace {

RoomDecision sample(long long id) {
    RoomDecision d;
    d.id = id;
    d.title = "The Wrong Size";
    d.line = "I bought these boots for my son last week and they're the wrong size. I want my money back.";
    d.answers = {{"Avoid", "I'm afraid I can't help with refunds. You'll need to come back when the manager is in."},
                 {"Accommodate", "Of course, I'm so sorry. Here is your money back, no questions asked."},
                 {"Compromise", "I can't refund without a receipt, but I can give you store credit."},
                 {"Collaborate", "Let's see what works for you both: I can check for his size, or look at a refund."},
                 {"Compete", "Our policy is no refunds on worn shoes. I can't do anything about that."}};
    return d;
}

}  // namespace

int main(int argc, char** argv) {
    RoomConfig c;
    c.port = 0;
    c.code = "K7Q2";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string k = argv[i], v = argv[i + 1];
        if (k == "--assets") c.assets_dir = v;
        else if (k == "--port") c.port = static_cast<unsigned short>(std::stoi(v));
        else if (k == "--code") c.code = v;
        else if (k == "--max-connections") c.max_connections = std::stoul(v);
        else {
            std::cerr << "room_serve: unknown option " << k << "\n";
            return 2;
        }
    }
    RoomServer server(c);
    try {
        server.start();
    } catch (const RoomError& e) {
        std::cerr << "room_serve: " << e.what() << "\n";
        return 1;
    }
    std::cout << "port " << server.port() << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        std::string cmd;
        in >> cmd;
        if (cmd == "quit") break;
        if (cmd == "open") {
            long long id = 1;
            in >> id;
            server.open_vote(sample(id));
        } else if (cmd == "close") {
            server.close_vote();
        } else if (cmd == "reveal") {
            RoomResult r;
            in >> r.played;
            for (int& n : r.counts) in >> n;
            server.reveal(r);
        } else if (cmd == "spanish") {
            PhoneText t;
            t.lang = "es";
            t.text = {{"room_chose_n", "La sala eligi\u00f3 la respuesta {n}."}, {"ask", "\u00bfQu\u00e9 respondes?"}};
            server.set_phone_text(t);
        } else if (cmd == "lock") {
            server.set_locked(true);
        } else if (cmd == "snapshot") {
            RoomSnapshot s = server.snapshot();
            std::cout << "voted " << s.voted << " devices " << s.devices << "\n";
        }
        std::cout << "ok" << std::endl;
    }
    server.stop();
    return 0;
}
