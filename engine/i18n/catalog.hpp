// A translation in memory: (msgctxt, msgid) -> msgstr, from a .po file. Fuzzy,
// empty and obsolete entries are left out, so their English shows instead.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "po_reader.hpp"

namespace fd::i18n {

class Catalog {
public:
    Catalog() = default;
    explicit Catalog(const PoFile& po);

    // The translation, or null when there is none to show (missing, fuzzy, empty).
    const std::string* find(const std::string& context, const std::string& english) const;
    // The translation or the English.
    const std::string& text(const std::string& context, const std::string& english) const;
    // A plural: the form for n by the file's Plural-Forms, else English's (n == 1 ? one : many).
    const std::string& plural(const std::string& context, const std::string& one, const std::string& many,
                              long n) const;
    bool empty() const { return texts_.empty() && plurals_.empty(); }
    std::size_t size() const { return texts_.size() + plurals_.size(); }
    const std::string& language() const { return language_; }

    // Which form of a plural n takes under a Plural-Forms header; supports the forms
    // of Latin, Greek and Cyrillic languages (nplurals 1, 2 "n != 1" / "n > 1", and
    // the three-form Slavic rule); -1 for one it does not know.
    static int plural_index(const std::string& plural_forms, long n);

private:
    using Key = std::pair<std::string, std::string>;
    std::map<Key, std::string> texts_;
    std::map<Key, std::vector<std::string>> plurals_;
    std::string language_, plural_forms_;
};

}  // namespace fd::i18n
