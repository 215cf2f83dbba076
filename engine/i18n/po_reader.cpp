// The .po reader: libgettextpo parses; errors are collected, a fatal one ends the
// read through a longjmp out of gettext's handler (which must not return).
#include "po_reader.hpp"

#include <gettext-po.h>

#include <csetjmp>
#include <cstdlib>
#include <sstream>

#include "file_text.hpp"

namespace fd::i18n {
namespace {

// gettext's handlers are plain C callbacks: the read in progress keeps its errors here.
thread_local std::vector<std::string>* t_errors = nullptr;
thread_local std::jmp_buf* t_escape = nullptr;

void note(const char* filename, size_t lineno, const char* text) {
    if (!t_errors) return;
    std::string where = filename ? filename : "?";
    if (lineno != static_cast<size_t>(-1)) where += ":" + std::to_string(lineno);
    t_errors->push_back(where + ": " + (text ? text : "error"));
}

void on_error(int severity, po_message_t, const char* filename, size_t lineno, size_t, int, const char* text) {
    if (severity != PO_SEVERITY_WARNING) note(filename, lineno, text);
    if (severity == PO_SEVERITY_FATAL_ERROR && t_escape) std::longjmp(*t_escape, 1);
}

void on_error2(int severity, po_message_t, const char* filename1, size_t lineno1, size_t, int, const char* text1,
               po_message_t, const char*, size_t, size_t, int, const char* text2) {
    if (severity != PO_SEVERITY_WARNING)
        note(filename1, lineno1, (std::string(text1 ? text1 : "") + " " + (text2 ? text2 : "")).c_str());
    if (severity == PO_SEVERITY_FATAL_ERROR && t_escape) std::longjmp(*t_escape, 1);
}

const po_xerror_handler kHandler = {on_error, on_error2};

// gettext's read, guarded: no C++ object lives in this frame across the longjmp.
po_file_t guarded_read(const char* path) {
    std::jmp_buf escape;
    t_escape = &escape;
    po_file_t file = nullptr;
    if (setjmp(escape) == 0) file = po_file_read(path, &kHandler);
    t_escape = nullptr;
    return file;
}

std::string text_or_empty(const char* s) { return s ? s : ""; }

std::string header_field(const char* header, const char* field) {
    if (!header) return "";
    char* v = po_header_field(header, field);
    std::string out = text_or_empty(v);
    std::free(v);
    return out;
}

// The line of each live entry's msgid, in file order (libgettextpo does not say;
// its messages come in file order, so the n-th msgid line is the n-th message's).
std::vector<int> msgid_lines(const std::string& path) {
    std::vector<int> lines;
    FileText f = read_file(path, std::size_t{64} << 20);
    std::istringstream in(f.ok ? f.text : std::string());
    int n = 0;
    for (std::string line; std::getline(in, line);)
        if (++n, line.rfind("msgid ", 0) == 0) lines.push_back(n);
    return lines;
}

PoEntry entry_of(po_message_t m) {
    PoEntry e;
    e.context = text_or_empty(po_message_msgctxt(m));
    e.english = text_or_empty(po_message_msgid(m));
    e.english_plural = text_or_empty(po_message_msgid_plural(m));
    if (e.english_plural.empty()) {
        e.translated.push_back(text_or_empty(po_message_msgstr(m)));
    } else {
        for (int i = 0; po_message_msgstr_plural(m, i); ++i) e.translated.push_back(po_message_msgstr_plural(m, i));
    }
    e.fuzzy = po_message_is_fuzzy(m) != 0;
    e.obsolete = po_message_is_obsolete(m) != 0;
    e.c_format = po_message_is_format(m, "c-format") != 0;
    e.comments = text_or_empty(po_message_extracted_comments(m));
    return e;
}

}  // namespace

PoFile read_po(const std::string& path) {
    PoFile out;
    out.path = path;
    FileText probe = read_file(path, std::size_t{64} << 20);
    if (!probe.ok) {
        out.errors.push_back(path + ": cannot read the file");
        return out;
    }
    t_errors = &out.errors;
    po_file_t file = guarded_read(path.c_str());
    t_errors = nullptr;
    if (!file || !out.errors.empty()) {
        if (out.errors.empty()) out.errors.push_back(path + ": not a readable .po file");
        if (file) po_file_free(file);
        return out;
    }
    std::vector<int> lines = msgid_lines(path);
    std::size_t live = 0;
    po_message_iterator_t it = po_message_iterator(file, nullptr);
    for (po_message_t m = po_next_message(it); m; m = po_next_message(it)) {
        bool obsolete = po_message_is_obsolete(m) != 0;
        int line = !obsolete && live < lines.size() ? lines[live] : 0;
        if (!obsolete) ++live;
        if (!po_message_msgctxt(m) && text_or_empty(po_message_msgid(m)).empty()) {  // the header
            // Read from the message the file owns: po_file_domain_header returns a copy to free.
            out.language = header_field(po_message_msgstr(m), "Language");
            out.plural_forms = header_field(po_message_msgstr(m), "Plural-Forms");
            continue;
        }
        PoEntry e = entry_of(m);
        e.line = line;
        out.entries.push_back(std::move(e));
    }
    po_message_iterator_free(it);
    po_file_free(file);
    return out;
}

}  // namespace fd::i18n
