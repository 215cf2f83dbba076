// Sending the outbox: one pass (send_due, used by `frontdoor records send` and the
// tests) and a background thread that makes passes while the game runs. Batches go
// whole; a batch the LRS rejects is split to find the statement it rejects, which is
// kept with the LRS's reason. A failure to reach the LRS (or 5xx, 401, 403, 429)
// leaves everything waiting, to try again with backoff.
#pragma once
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "lrs_client.hpp"
#include "lrs_config.hpp"
#include "outbox.hpp"

namespace fd {

struct SendReport {
    int sent = 0, rejected = 0;
    std::string problem;  // why the LRS could not take them (empty when all went)
};

// Sends every statement due at `now` (or until the LRS cannot be reached), each built
// from the records as it goes (statement_builder.hpp), addressed to `address` (the
// defaults without one); their ids are the event's, so sending twice changes nothing.
SendReport send_due(Db& db, LrsTransport& lrs, int batch_size, double now, const LrsConfig* address = nullptr);
// Is this HTTP status the LRS refusing the statement itself (kept, not retried)?
bool status_rejects_statement(int status);

class SenderThread {
public:
    using TransportFactory = std::function<std::unique_ptr<LrsTransport>()>;
    SenderThread(std::string db_path, int batch_size, TransportFactory make, std::optional<LrsConfig> address = {});
    ~SenderThread();  // stops and joins
    void wake();      // new statements: try now
    void stop();

private:
    void run();
    std::string db_path_;
    int batch_size_;
    TransportFactory make_;
    std::optional<LrsConfig> address_;
    std::mutex m_;
    std::condition_variable cv_;
    bool stop_ = false, woken_ = false;
    std::thread thread_;
};

}  // namespace fd
