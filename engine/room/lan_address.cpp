// Lists the machine's IPv4 addresses with getifaddrs and picks the default
// one for the room (see lan_address.hpp).
#include "lan_address.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace fd::room {

bool is_private_ipv4(const std::string& address) {
    in_addr a{};
    if (inet_pton(AF_INET, address.c_str(), &a) != 1) return false;
    unsigned long ip = ntohl(a.s_addr);
    return (ip >> 24) == 10 || (ip >> 20) == ((172u << 4) | 1u) || (ip >> 16) == ((192u << 8) | 168u);
}

std::vector<LanAddress> lan_addresses() {
    std::vector<LanAddress> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP)) continue;
        char text[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(i->ifa_addr)->sin_addr, text, sizeof text);
        LanAddress a;
        a.interface_name = i->ifa_name ? i->ifa_name : "";
        a.address = text;
        a.is_loopback = (i->ifa_flags & IFF_LOOPBACK) != 0;
        a.is_private = is_private_ipv4(a.address);
        out.push_back(a);
    }
    freeifaddrs(list);
    return out;
}

std::string default_room_address(const std::vector<LanAddress>& all) {
    for (const auto& a : all)
        if (a.is_private && !a.is_loopback) return a.address;
    for (const auto& a : all)
        if (!a.is_loopback) return a.address;
    return "127.0.0.1";
}

}  // namespace fd::room
