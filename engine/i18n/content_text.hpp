// Every translatable text of a loaded story, each with its stable id: the list the
// extractor writes as a template and the list a translation is applied to.
//
// The id scheme (a PO entry's msgctxt), defined here once:
//   campaign.<campaign id>.title
//   <encounter id>.title | .place | .customer.name | .customer.role | .customer.life
//   <encounter id>.<beat id>.text              narration or ending text
//   <encounter id>.<beat id>.says              what happens / what the customer says at a decision
//   <encounter id>.<beat id>.prompt            the question put to the player at a decision
//   <encounter id>.<beat id>.<mode>.says       an answer: what the player says
//   <encounter id>.<beat id>.<mode>.reaction   an answer: what the customer does in reply
//   <encounter id>.<beat id>.<mode>.why        an answer: the debrief's reason for its fit
// Ids are made of the script's own ids, so they survive rewording and reordering.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "story.hpp"

namespace fd::i18n {

struct TextEntry {
    std::string id;                     // the msgctxt
    std::string english;                // the msgid
    std::vector<std::string> comments;  // "#." lines for the translator
    std::string file;                   // the script, relative to the story's folder
    int line = 0;
    std::size_t max_chars = 0;          // 0: no limit the layout needs
};

// The story's texts in play order of the file (campaign first, then each encounter
// once, in stage order), empty texts left out. `ref_root` is the folder `file` is
// made relative to ("" = the story file's folder).
std::vector<TextEntry> content_texts(const Story& story, const std::string& ref_root = "");

// A copy of the story whose encounters are its own (the texts can change; the ids,
// routes and script handles are the same, so a session plays it the same way).
std::shared_ptr<Story> copy_story(const Story& story);
// Calls `visit` with each text's entry and the field that holds it, in the order of
// content_texts. `story` must be a copy_story (its encounters are changed in place).
using TextVisitor = std::function<void(TextEntry&&, std::string& field)>;
void visit_texts(Story& story, const TextVisitor& visit, const std::string& ref_root = "");

}  // namespace fd::i18n
