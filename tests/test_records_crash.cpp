// Records survive the program being killed: fd_records_play --loop writes attempts
// until it is killed with SIGKILL at a random moment; each time the file must pass
// PRAGMA integrity_check and foreign_key_check, and every attempt's decisions must be
// whole (numbered 0..n-1 with none missing), so a kill loses at most the move in flight.
#include <catch2/catch.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "records_db.hpp"
#include "test_support.hpp"

extern char** environ;

using namespace fdtest;

namespace {

pid_t start_player(const std::string& db) {
    return spawn_until_ready({FD_RECORDS_PLAY, db, source_path("scripts/campaign.lua"), "Kim", "--loop"});
}

std::string first_text(fd::Db& db, const char* sql) {
    fd::Stmt s(db, sql);
    return s.step() ? s.text(0) : "";
}

}  // namespace

TEST_CASE("records killed mid-write 100 times pass integrity_check and lose no committed decision",
          "[records][hardening]") {
    std::string dir = temp_dir("records-kill");
    std::string db_path = dir + "/records.db";
    std::mt19937 rng(20261202);
    long long attempts_before = 0;
    for (int i = 0; i < 100; ++i) {
        INFO("kill " << i);
        pid_t pid = start_player(db_path);
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 40000));
        REQUIRE(::kill(pid, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFSIGNALED(status));
        fd::Db db(db_path);  // opens, recovers the WAL, migrates: throws if damaged
        CHECK(first_text(db, "PRAGMA integrity_check") == "ok");
        CHECK(first_text(db, "PRAGMA foreign_key_check") == "");
        // Decisions of every attempt are numbered without a gap.
        CHECK(first_text(db,
                         "SELECT attempt_id FROM decisions GROUP BY attempt_id "
                         "HAVING COUNT(*) <> MAX(seq) + 1 LIMIT 1") == "");
        fd::Stmt n(db, "SELECT COUNT(*) FROM attempts");
        n.step();
        CHECK(n.i64(0) > attempts_before);  // each run committed its attempt before "ready"
        attempts_before = n.i64(0);
    }
    std::filesystem::remove_all(dir);
}
