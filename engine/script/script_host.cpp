// ScriptHost's bookkeeping: the sandboxes it owns and the functions it keeps.
// The calls themselves are in script_calls.cpp.
#include "script_host.hpp"

#include <algorithm>

namespace fd {

void ScriptHost::adopt(const std::shared_ptr<LuaSandbox>& sandbox) {
    if (std::find(sandboxes_.begin(), sandboxes_.end(), sandbox) == sandboxes_.end()) sandboxes_.push_back(sandbox);
}

ScriptRef ScriptHost::keep_function(const std::shared_ptr<LuaSandbox>& sandbox, const std::string& file, int line) {
    adopt(sandbox);
    lua_State* L = sandbox->L();
    Kept k{sandbox.get(), LUA_NOREF, file, line};
    if (!lua_iscfunction(L, -1)) {
        int defined = 0;
        std::string source = LuaSandbox::describe_function(L, -1, &defined);
        if (defined > 0) {
            k.file = source;
            k.line = defined;
        }
    }
    k.lua_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    kept_.push_back(std::move(k));
    return ScriptRef{static_cast<int>(kept_.size()) - 1};
}

const ScriptHost::Kept& ScriptHost::kept(ScriptRef ref) const {
    if (!ref.valid() || static_cast<std::size_t>(ref.id) >= kept_.size())
        throw std::logic_error("a script function this host does not keep (#" + std::to_string(ref.id) + ")");
    return kept_[static_cast<std::size_t>(ref.id)];
}

void ScriptHost::collect_garbage() {
    for (const auto& sb : sandboxes_) lua_gc(sb->L(), LUA_GCCOLLECT);
}

std::vector<std::string> ScriptHost::module_files() const {
    std::vector<std::string> out;
    for (const auto& sb : sandboxes_)
        for (const auto& m : sb->module_files())
            if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    return out;
}

}  // namespace fd
