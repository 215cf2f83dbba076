// The learner records' SQLite file: opened in WAL mode with foreign keys on, brought
// up to the newest schema by records_schema.cpp, and small RAII helpers for prepared
// statements and transactions. One Db per thread (the sender has its own).
#pragma once
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace fd {

// A records database that cannot be opened, migrated, read or written; the message
// names the file and SQLite's reason.
class RecordsError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Db {
public:
    // Opens (creating it and its folder) and migrates `path`.
    explicit Db(const std::string& path);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    void exec(const std::string& sql);
    int schema_version();
    long long last_insert_id() const;
    int changes() const;  // rows changed by the last statement
    [[noreturn]] void fail(const std::string& doing) const;  // throws RecordsError

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class Stmt {
public:
    Stmt(Db& db, const char* sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int i, long long v);
    Stmt& bind(int i, int v) { return bind(i, static_cast<long long>(v)); }
    Stmt& bind(int i, double v);
    Stmt& bind(int i, const std::string& v);
    Stmt& bind_null(int i);
    bool step();  // true when a row is ready
    void run();   // steps a statement that returns no rows
    void reset();
    long long i64(int col) const;
    double f64(int col) const;
    std::string text(int col) const;
    bool is_null(int col) const;

private:
    Db& db_;
    sqlite3_stmt* st_ = nullptr;
};

// BEGIN IMMEDIATE; rolled back unless commit() is called.
class Transaction {
public:
    explicit Transaction(Db& db);
    ~Transaction();
    void commit();

private:
    Db& db_;
    bool done_ = false;
};

// Brings the database to the newest schema (records_schema.cpp).
void migrate(Db& db);
int newest_schema_version();

// $XDG_DATA_HOME/frontdoor/records.db (or $FRONTDOOR_RECORDS_DB when set: tests, benchmarks).
std::string default_records_path();

}  // namespace fd
