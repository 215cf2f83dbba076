// UUIDs for xAPI: version 5 (SHA-1 of a namespace and a name, RFC 4122) so the same
// attempt and event always give the same statement id, and version 4 (random) for a
// new attempt's registration.
#pragma once
#include <string>

namespace fd {

// The namespace Front Door's statement ids are made in.
extern const char* const kFrontDoorUuidNamespace;

std::string uuid_v5(const std::string& namespace_uuid, const std::string& name);
std::string uuid_v4();
bool is_uuid(const std::string& s);

}  // namespace fd
