// One sending pass and the background sender of sender.hpp.
#include "sender.hpp"

#include <algorithm>
#include <cstdio>

#include "records_time.hpp"
#include "statement_builder.hpp"
#include "xapi.hpp"

namespace fd {

bool status_rejects_statement(int status) {
    return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404 && status != 408 &&
           status != 429;
}

namespace {

std::string reason_of(const LrsResponse& r) {
    if (r.status == 0) return r.error;
    std::string body = r.body.substr(0, 800);
    return "HTTP " + std::to_string(r.status) + (body.empty() ? "" : ": " + body);
}

// The items' statements (their bodies, built by built_items) as one JSON array.
std::string as_array(const std::vector<OutboxItem>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i].body;
    return out + "]";
}

std::vector<long long> ids_of(const std::vector<OutboxItem>& items) {
    std::vector<long long> ids;
    for (const auto& it : items) ids.push_back(it.id);
    return ids;
}

// Sends `items` one by one after their batch was refused; false when the LRS went away.
bool send_singly(Outbox& box, LrsTransport& lrs, const std::vector<OutboxItem>& items, double now, SendReport& rep) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        LrsResponse r = lrs.post_statements(as_array({items[i]}));
        if (r.status >= 200 && r.status < 300) {
            box.mark_sent({items[i].id});
            ++rep.sent;
        } else if (status_rejects_statement(r.status)) {
            box.mark_rejected(items[i].id, reason_of(r));
            ++rep.rejected;
        } else {
            rep.problem = reason_of(r);
            box.mark_retry(ids_of({items.begin() + static_cast<long>(i), items.end()}), now, rep.problem);
            return false;
        }
    }
    return true;
}

// The items with their statements built; one whose record is gone is kept as rejected
// with that reason (it cannot be built again either).
std::vector<OutboxItem> built_items(Outbox& box, StatementBuilder& build, std::vector<OutboxItem> items,
                                    SendReport& rep) {
    std::vector<OutboxItem> out;
    for (OutboxItem& it : items) {
        try {
            it.body = build.body(it);
            out.push_back(std::move(it));
        } catch (const RecordsError& e) {
            box.mark_rejected(it.id, e.what());
            ++rep.rejected;
        }
    }
    return out;
}

}  // namespace

SendReport send_due(Db& db, LrsTransport& lrs, int batch_size, double now, const LrsConfig* address) {
    Outbox box(db);
    SendReport rep;
    StatementBuilder build(db, address ? *address : LrsConfig{});
    // Each pass sends, rejects or postpones every item it takes, so the loop ends.
    for (;;) {
        std::vector<OutboxItem> due = box.due(now, std::max(1, batch_size));
        if (due.empty()) break;
        std::vector<OutboxItem> items = built_items(box, build, std::move(due), rep);
        if (items.empty()) continue;
        LrsResponse r = lrs.post_statements(as_array(items));
        if (r.status >= 200 && r.status < 300) {
            box.mark_sent(ids_of(items));
            rep.sent += static_cast<int>(items.size());
        } else if (status_rejects_statement(r.status)) {
            if (items.size() == 1) {
                box.mark_rejected(items[0].id, reason_of(r));
                ++rep.rejected;
            } else if (!send_singly(box, lrs, items, now, rep)) {
                break;
            }
        } else {
            rep.problem = reason_of(r);
            box.mark_retry(ids_of(items), now, rep.problem);
            break;
        }
    }
    return rep;
}

SenderThread::SenderThread(std::string db_path, int batch_size, TransportFactory make, std::optional<LrsConfig> address)
    : db_path_(std::move(db_path)),
      batch_size_(batch_size),
      make_(std::move(make)),
      address_(std::move(address)),
      thread_([this] { run(); }) {}

SenderThread::~SenderThread() { stop(); }

void SenderThread::wake() {
    std::lock_guard<std::mutex> lock(m_);
    woken_ = true;
    cv_.notify_all();
}

void SenderThread::stop() {
    {
        std::lock_guard<std::mutex> lock(m_);
        stop_ = true;
        cv_.notify_all();
    }
    if (thread_.joinable()) thread_.join();
}

void SenderThread::run() {
    try {
        Db db(db_path_);
        auto lrs = make_();
        for (;;) {
            send_due(db, *lrs, batch_size_, system_seconds(), address_ ? &*address_ : nullptr);
            double next = Outbox(db).next_due();
            double wait = next > 0 ? std::clamp(next - system_seconds(), 0.5, 30.0) : 30.0;
            std::unique_lock<std::mutex> lock(m_);
            cv_.wait_for(lock, std::chrono::duration<double>(wait), [this] { return stop_ || woken_; });
            if (stop_) return;
            woken_ = false;
        }
    } catch (const RecordsError& e) {
        // The window shows the count waiting; the reason goes to stderr for whoever runs it.
        std::fprintf(stderr, "frontdoor: records sender stopped: %s\n", e.what());
    }
}

}  // namespace fd
