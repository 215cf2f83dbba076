// The machine's IPv4 addresses (getifaddrs), for the facilitator to pick the
// one the phones can reach. The default is the first private address (a LAN);
// loopback only when there is nothing else; never 0.0.0.0 unless asked for.
#pragma once
#include <string>
#include <vector>

namespace fd::room {

struct LanAddress {
    std::string interface_name;  // "wlan0"
    std::string address;         // "192.168.1.23"
    bool is_private = false;     // 10/8, 172.16/12, 192.168/16
    bool is_loopback = false;
};

std::vector<LanAddress> lan_addresses();  // up, IPv4, in the system's order
bool is_private_ipv4(const std::string& address);
// The default pick: the first private address, else the first non-loopback one, else 127.0.0.1.
std::string default_room_address(const std::vector<LanAddress>& all);

}  // namespace fd::room
