// Walks a loaded story and lists its translatable texts with ids, context and limits.
#include "content_text.hpp"

#include <filesystem>
#include <map>
#include <set>

namespace fd::i18n {
namespace {

// The same limits the encounter loader warns over (encounter_loader.cpp check_length):
// what the projector layout has room for.
constexpr std::size_t kLifeMax = 240, kAnswerSaysMax = 220, kReactionMax = 200, kWhyMax = 240,
                      kDecisionSaysMax = 300, kPromptMax = 200, kBeatTextMax = 400;

const char* mode_gloss(Mode m) {
    switch (m) {
        case Mode::Avoid: return "avoid: sidesteps or passes the problem on";
        case Mode::Accommodate: return "accommodate: gives the customer what they ask";
        case Mode::Compromise: return "compromise: splits the difference";
        case Mode::Collaborate: return "collaborate: works it out together with the customer";
        case Mode::Compete: return "compete: holds the line, insists";
    }
    return "";
}

std::string relative_file(const std::string& file, const std::string& root) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path f = fs::absolute(fs::path(file), ec).lexically_normal();
    fs::path r = fs::absolute(fs::path(root), ec).lexically_normal();
    fs::path rel = f.lexically_relative(r);
    return rel.empty() ? file : rel.generic_string();
}

std::string situation_text(const Situation& s) {
    std::string out;
    for (const auto& [key, value] : s.attributes) out += (out.empty() ? "" : ", ") + key + "=" + value;
    return out;
}

std::string limit_comment(std::size_t max) {
    return "At most " + std::to_string(max) + " characters (the projector layout).";
}

// Visits the text fields of a story's copy with their entries; the file of the
// entries being visited is `file_`.
class Walker {
public:
    Walker(const TextVisitor& visit, std::string root) : visit_(visit), root_(std::move(root)) {}

    void campaign(Story& story) {
        file_ = relative_file(story.file, root_);
        add("campaign." + story.id + ".title", story.title, story.spot.field("title"),
            {"The title of the whole campaign: the title screen and the records."}, 0);
    }

    void encounter(Encounter& e) {
        file_ = relative_file(e.file, root_);
        const std::string who = e.customer.name;  // before a visitor changes it
        add(e.id + ".title", e.title, e.spot.field("title"),
            {"The title of one encounter (a placement): the title card, the menu and the debrief."}, 0);
        add(e.id + ".place", e.place, e.setting_spot.field("place"),
            {"Where the encounter happens (sector: " + e.sector + "): shown under the title."}, 0);
        add(e.id + ".customer.name", e.customer.name, e.customer_spot.field("name"),
            {"The customer's name. Names usually stay as they are; change one only if it would read wrongly."}, 0);
        add(e.id + ".customer.role", e.customer.role, e.customer_spot.field("role"),
            {"Who " + who + " is, in a few words: shown with the name."}, 0);
        add(e.id + ".customer.life", e.customer.life, e.customer_spot.field("life"),
            {"What is going on in " + who + "'s life today (background the player sees).", limit_comment(kLifeMax)},
            kLifeMax);
        for (auto& b : e.beats) beat(e, b);
    }

private:
    void beat(const Encounter& e, Beat& b) {
        const std::string who = e.customer.name;
        const std::string base = e.id + "." + b.id;
        if (b.kind == BeatKind::Narration)
            add(base + ".text", b.text, b.spot.field("text"),
                {"Narration between decisions (no one speaks it; quotes inside are speech).", limit_comment(kBeatTextMax)},
                kBeatTextMax);
        if (b.kind == BeatKind::Ending)
            add(base + ".text", b.text, b.spot.field("text"),
                {"An ending of the encounter (outcome: " + b.outcome + "): narration, how it turned out.",
                 limit_comment(kBeatTextMax)},
                kBeatTextMax);
        if (b.kind != BeatKind::Decision) return;
        std::string situation = "Situation: " + situation_text(b.situation) + ".";
        add(base + ".says", b.text, b.spot.field("says"),
            {"A decision: what happens and what " + who + " says (speech in quotes, in the customer's voice).",
             situation, limit_comment(kDecisionSaysMax)},
            kDecisionSaysMax);
        add(base + ".prompt", b.prompt, b.spot.field("prompt"),
            {"The question put to the player at this decision (\"you\" is the player).", limit_comment(kPromptMax)},
            kPromptMax);
        for (auto& a : b.answers) answer(base, who, a, situation);
    }

    void answer(const std::string& base, const std::string& who, Answer& a, const std::string& situation) {
        std::string key = base + "." + mode_name(a.mode);
        std::string mode = std::string("Mode: ") + mode_gloss(a.mode) + ".";
        std::string fit = "Fit " + std::to_string(a.fit) + " of 5.";
        add(key + ".says", a.says, a.spot.field("says"),
            {"An answer the player can choose: spoken by the player (front-desk staff) to " + who + ".", mode, situation,
             limit_comment(kAnswerSaysMax)},
            kAnswerSaysMax);
        add(key + ".reaction", a.reaction, a.spot.field("reaction"),
            {"What " + who + " does or says in reply to that answer (speech in quotes).", mode,
             limit_comment(kReactionMax)},
            kReactionMax);
        add(key + ".why", a.why, a.spot.field("why"),
            {"The debrief, after play: why this answer fits the moment or not, addressed to the player.", mode, fit,
             limit_comment(kWhyMax)},
            kWhyMax);
    }

    void add(std::string id, std::string& text, int line, std::vector<std::string> comments, std::size_t max) {
        if (text.empty() || !seen_.insert(id).second) return;
        visit_({std::move(id), text, std::move(comments), file_, line, max}, text);
    }

    const TextVisitor& visit_;
    std::string root_;
    std::string file_;
    std::set<std::string> seen_;
};

}  // namespace

std::shared_ptr<Story> copy_story(const Story& story) {
    auto copy = std::make_shared<Story>(story);
    std::map<const Encounter*, std::shared_ptr<const Encounter>> copies;
    for (auto& st : copy->stages) {
        if (!st.encounter) continue;
        auto& c = copies[st.encounter.get()];
        if (!c) c = std::make_shared<Encounter>(*st.encounter);
        st.encounter = c;
    }
    return copy;
}

void visit_texts(Story& story, const TextVisitor& visit, const std::string& ref_root) {
    std::string root = ref_root;
    if (root.empty()) root = std::filesystem::path(story.file).parent_path().string();
    if (root.empty()) root = ".";
    Walker walk(visit, root);
    if (story.is_campaign) walk.campaign(story);
    std::set<const Encounter*> done;
    for (auto& st : story.stages)
        if (st.encounter && done.insert(st.encounter.get()).second)
            walk.encounter(const_cast<Encounter&>(*st.encounter));  // the caller's own copy (copy_story)
}

std::vector<TextEntry> content_texts(const Story& story, const std::string& ref_root) {
    std::vector<TextEntry> out;
    auto copy = copy_story(story);
    visit_texts(*copy, [&](TextEntry&& e, std::string&) { out.push_back(std::move(e)); }, ref_root);
    return out;
}

}  // namespace fd::i18n
