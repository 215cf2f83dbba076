// frontdoor records ...: a player's own records and the statements for the LRS.
//   records list [--player NAME]                       players; one player's attempts and decisions
//   records delete --player NAME [--email E] [--employee-id ID]   removes a player and all their records
//   records send [--retry-rejected]                    sends waiting statements to the LRS now
//   records status                                     what is waiting, what the LRS rejected and why
//   records statements                                 the statements not yet sent, as JSON
// and `frontdoor report records [--lang LANG]` (report_records). Every subcommand takes --db FILE.
#include <fstream>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "lrs_client.hpp"
#include "lrs_config.hpp"
#include "outbox.hpp"
#include "records_time.hpp"
#include "report.hpp"
#include "sender.hpp"
#include "statement_builder.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

const char* const kHelp = N_(
    "usage: frontdoor records list [--player NAME]\n"
    "       frontdoor records delete --player NAME [--email E] [--employee-id ID]\n"
    "       frontdoor records send [--retry-rejected]\n"
    "       frontdoor records status\n"
    "       frontdoor records statements\n"
    "Records are kept in $XDG_DATA_HOME/frontdoor/records.db (--db FILE for another).\n"
    "They leave this machine only when an LRS is configured in $XDG_CONFIG_HOME/frontdoor/lrs.json\n"
    "or FRONTDOOR_LRS_ENDPOINT / _USERNAME / _PASSWORD.\n");

std::string db_path(const Args& a) { return a.get("db", default_records_path()); }

bool write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (out) return true;
    std::cerr << "frontdoor: " << terminal_text(path) << ": cannot write\n";
    return false;
}

int records_list(const Args& a) {
    Db db(db_path(a));
    RecordsStore store(db);
    bool one = a.has("player");
    for (const auto& p : store.players()) {
        if (one && p.name != a.get("player")) continue;
        auto attempts = store.attempts_of(p.id);
        std::cout << terminal_text(p.label()) << ": " << attempts.size() << " attempt(s)\n";
        if (!one) continue;
        for (const auto& at : attempts) {
            std::cout << "  " << at.started_at << "  " << terminal_text(at.story_title) << "  "
                      << at.encounters_finished << "/" << at.stages_total << " encounters, " << at.decisions
                      << " decisions, " << at.best_fit << " best fit" << (at.completed ? ", completed" : "") << "\n";
            for (const auto& d : store.decisions_of(at.id))
                std::cout << "    " << terminal_text(d.encounter + " / " + d.beat) << ": " << d.mode << " (fit "
                          << d.fit << " of " << d.best_fit << ")\n";
        }
    }
    return 0;
}

int records_delete(const Args& a) {
    if (!a.has("player")) throw UsageError(tr("records delete needs --player NAME"));
    Db db(db_path(a));
    RecordsStore store(db);
    int removed = 0, players = 0;
    for (const auto& p : store.players()) {
        if (p.name != a.get("player")) continue;
        if (a.has("email") && p.email != a.get("email")) continue;
        if (a.has("employee-id") && p.employee_id != a.get("employee-id")) continue;
        removed += store.delete_player(p.id);
        ++players;
    }
    std::cout << "deleted " << players << " player(s) and " << removed << " attempt(s) from this machine";
    std::cout << (players ? "; statements already sent stay in the LRS\n" : "\n");
    return players ? 0 : 1;
}

void print_rejected(Outbox& box) {
    for (const auto& r : box.rejected())
        std::cout << "  rejected " << r.statement_id << ": " << terminal_text(r.last_error) << "\n";
}

int records_send(const Args& a) {
    LrsConfig config = read_lrs_config(config_dir());
    if (!config.configured()) {
        std::cerr << "frontdoor records send: no LRS configured (" << terminal_text(lrs_config_path(config_dir()))
                  << " or FRONTDOOR_LRS_ENDPOINT): records stay on this machine\n";
        return 1;
    }
    Db db(db_path(a));
    Outbox box(db);
    if (a.has("retry-rejected")) box.requeue_rejected();
    box.make_all_due();
    auto lrs = make_http_transport(config);
    SendReport rep = send_due(db, *lrs, config.batch_size, system_seconds(), &config);
    OutboxCounts c = box.counts();
    std::cout << "sent " << rep.sent << ", rejected " << rep.rejected << ", waiting " << c.waiting << " ("
              << terminal_text(config.describe()) << ")\n";
    if (!rep.problem.empty()) std::cout << "  not sent: " << terminal_text(rep.problem) << "\n";
    print_rejected(box);
    return c.waiting == 0 && rep.rejected == 0 ? 0 : 1;
}

int records_status(const Args& a) {
    LrsConfig config = read_lrs_config(config_dir());
    Db db(db_path(a));
    Outbox box(db);
    OutboxCounts c = box.counts();
    std::cout << terminal_text(config.describe()) << "\n" << c.waiting << " statements waiting, " << c.rejected
              << " rejected, " << c.sent << " sent\n";
    if (!c.last_error.empty()) std::cout << "  last try: " << terminal_text(c.last_error) << "\n";
    if (!config.configured() && c.waiting > 0)
        std::cout << "  they stay on this machine until an LRS is configured; then `frontdoor records send` sends them\n";
    print_rejected(box);
    return 0;
}

// Built from the records as they would be sent now, to the LRS configured (if any).
int records_statements(const Args& a) {
    Db db(db_path(a));
    StatementBuilder build(db, read_lrs_config(config_dir()));
    std::cout << "[";
    bool first = true;
    for (const OutboxItem& item : Outbox(db).unsent()) {
        std::cout << (first ? "\n" : ",\n") << build.body(item);
        first = false;
    }
    std::cout << "\n]\n";
    return 0;
}

}  // namespace

int report_records(const std::vector<std::string>& args) {
    // --lang (taken by dispatch for every command) sets the labels' and titles' language.
    Args a(args, {{"csv", true}, {"html", true}, {"db", true}});
    Db db(db_path(a));
    RecordsReport r = build_report(db);
    std::cout << report_text(r);
    bool ok = true;
    if (a.has("csv")) ok = write_text(a.get("csv"), report_csv(r)) && ok;
    if (a.has("html")) ok = write_text(a.get("html"), report_html(r)) && ok;
    return ok ? 0 : 1;
}

int cmd_records(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help") {
        std::cout << tr(kHelp);
        return args.empty() ? 2 : 0;
    }
    const std::string sub = args[0];
    Args a(std::vector<std::string>(args.begin() + 1, args.end()),
           {{"db", true}, {"player", true}, {"email", true}, {"employee-id", true}, {"retry-rejected", false}});
    try {
        if (sub == "list") return records_list(a);
        if (sub == "delete") return records_delete(a);
        if (sub == "send") return records_send(a);
        if (sub == "status") return records_status(a);
        if (sub == "statements") return records_statements(a);
    } catch (const RecordsError& e) {
        std::cerr << "frontdoor records: " << terminal_text(e.what()) << "\n";
        return 1;
    }
    throw UsageError(format_text(tr("unknown records command '{command}' (list, delete, send, status, statements)"), {{"command", sub}}));
}

}  // namespace fd::cli
