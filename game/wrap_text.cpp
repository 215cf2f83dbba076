// Text broken into lines at a width, for the widgets that draw wrapped text.
#include "wrap_text.hpp"

#include <algorithm>
#include <cfloat>
#include <vector>

namespace fdg {

namespace {

// A word wider than `width` (a folder path, a long name) in pieces that fit:
// after a '/' where it can, else between two characters (never inside one).
std::vector<std::string> split_long_word(ImFont* font, const std::string& word, float width) {
    auto w = [font](const std::string& t) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, t.c_str()).x; };
    std::vector<std::string> out;
    std::string rest = word;
    while (!rest.empty() && w(rest) > width) {
        std::size_t fit = 0, slash = 0;  // bytes that fit; bytes up to the last '/' that fits
        for (std::size_t i = 1; i <= rest.size(); ++i) {
            if (i < rest.size() && (static_cast<unsigned char>(rest[i]) & 0xC0) == 0x80) continue;  // inside a UTF-8 letter
            if (w(rest.substr(0, i)) > width) break;
            fit = i;
            if (rest[i - 1] == '/') slash = i;
        }
        std::size_t cut = slash > 0 ? slash : std::max<std::size_t>(fit, 1);
        while (cut < rest.size() && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) ++cut;  // a whole letter
        out.push_back(rest.substr(0, cut));
        rest.erase(0, cut);
    }
    if (!rest.empty()) out.push_back(rest);
    return out;
}

}  // namespace

std::string wrap_words(ImFont* font, const std::string& s, float width) {
    if (width <= 0 || s.empty()) return s;
    auto w = [font](const std::string& t) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, t.c_str()).x; };
    const float space = w(" ");
    std::string out;
    out.reserve(s.size() + 8);
    std::size_t start = 0;
    while (start <= s.size()) {  // each paragraph on its own
        std::size_t nl = s.find('\n', start);
        std::string para = s.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        float line_w = -1;  // -1: the line is empty
        std::size_t at = 0;
        while (at <= para.size()) {
            std::size_t sp = para.find(' ', at);
            std::string word = para.substr(at, sp == std::string::npos ? std::string::npos : sp - at);
            float ww = w(word);
            if (ww > width) {  // too wide for any line: its pieces on lines of their own
                std::vector<std::string> pieces = split_long_word(font, word, width);
                for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
                    out += (line_w < 0 ? "" : "\n") + pieces[i];
                    line_w = w(pieces[i]);
                }
                if (line_w >= 0) out += '\n';  // the last piece starts the next line, where the words go on
                line_w = -1;
                word = pieces.back();
                ww = w(word);
            }
            if (line_w < 0) line_w = ww;
            else if (line_w + space + ww > width) {
                out += '\n';
                line_w = ww;
            } else {
                out += ' ';
                line_w += space + ww;
            }
            out += word;
            if (sp == std::string::npos) break;
            at = sp + 1;
        }
        if (nl == std::string::npos) break;
        out += '\n';
        start = nl + 1;
    }
    return out;
}

}  // namespace fdg
