// Designers' test plans (scripts/tests/*.lua): play with these answers and
// expect this ending, this much trust, these flags.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "encounter.hpp"
#include "lua_sandbox.hpp"

namespace fd {

struct TestExpect {
    std::string ending, outcome;
    std::optional<int> trust_at_least, trust_at_most;
    Flags flags, story;
};

struct TestPlan {
    std::string file;       // the plan file
    std::string name;
    std::string target;     // script under test, relative to scripts/
    std::vector<Mode> choose;
    std::optional<Mode> always;
    std::uint64_t seed = 1;
    Flags story;
    std::map<std::string, std::string> outcomes;
    TestExpect expect;
    SourceSpot spot;
    bool broken = false;  // the plan itself has errors (in the diagnostics): it is not run
};

struct TestPlansLoad {
    std::vector<TestPlan> plans;
    Diagnostics diagnostics;
};

TestPlansLoad read_test_plans(std::shared_ptr<LuaSandbox> sandbox, const std::string& path);
TestPlansLoad load_test_plans(const std::string& path);

struct PlanResult {
    bool passed = false;
    int line = 0;            // the failed expectation's line in the plan file
    std::string message;
    // Every beat the plan's play-through rested at, as (encounter file, beat id): for coverage.
    std::vector<std::pair<std::string, std::string>> visited;
};

PlanResult run_plan(const TestPlan& plan, const std::string& scripts_root);

}  // namespace fd
