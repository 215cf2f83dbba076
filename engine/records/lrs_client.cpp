// The libcurl transport of lrs_client.hpp.
#include "lrs_client.hpp"

#include <curl/curl.h>

#include <mutex>

namespace fd {
namespace {

std::size_t collect(char* data, std::size_t size, std::size_t n, void* into) {
    auto* body = static_cast<std::string*>(into);
    if (body->size() < 64 * 1024) body->append(data, size * n);
    return size * n;
}

class CurlTransport : public LrsTransport {
public:
    explicit CurlTransport(LrsConfig config) : config_(std::move(config)) {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    }

    LrsResponse post_statements(const std::string& json_array) override {
        LrsResponse r;
        CURL* curl = curl_easy_init();
        if (!curl) {
            r.error = "cannot start the HTTP client";
            return r;
        }
        curl_slist* headers = nullptr;
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
        std::string url = config_.statements_url();
        char err[CURL_ERROR_SIZE] = "";
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json_array.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json_array.size()));
        if (!config_.username.empty() || !config_.password.empty()) {
            curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
            curl_easy_setopt(curl, CURLOPT_USERNAME, config_.username.c_str());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, config_.password.c_str());
        }
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, err);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        CURLcode rc = curl_easy_perform(curl);
        if (rc == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
            r.status = static_cast<int>(status);
        } else {
            r.error = std::string("cannot reach ") + config_.endpoint + ": " + (*err ? err : curl_easy_strerror(rc));
        }
        curl_slist_free_all(headers);
        curl_easy_cleanup(curl);
        return r;
    }

private:
    LrsConfig config_;
};

}  // namespace

std::unique_ptr<LrsTransport> make_http_transport(const LrsConfig& config) {
    return std::make_unique<CurlTransport>(config);
}

}  // namespace fd
