// Says a diagnostic's detail in the interface's language (see detail_text.hpp).
#include "detail_text.hpp"

#include "ui_text.hpp"

namespace fd {

std::string tr_detail(const Detail& detail) {
    return detail.said([](const std::string& format) { return std::string(tr(format.c_str())); });
}

}  // namespace fd
