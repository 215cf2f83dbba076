// Posting statements to an LRS over HTTP(S) with libcurl. The credentials go to curl
// as user and password, never into the URL, a message or a log.
#pragma once
#include <memory>
#include <string>

#include "lrs_config.hpp"

namespace fd {

struct LrsResponse {
    int status = 0;     // the HTTP status; 0 when the LRS could not be reached
    std::string body;   // the LRS's answer (its reason for a 4xx)
    std::string error;  // why it could not be reached
};

class LrsTransport {
public:
    virtual ~LrsTransport() = default;
    // POSTs a JSON array of statements to the statements resource.
    virtual LrsResponse post_statements(const std::string& json_array) = 0;
};

std::unique_ptr<LrsTransport> make_http_transport(const LrsConfig& config);

}  // namespace fd
