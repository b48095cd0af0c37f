// vnd.ets:SearchAndTag without arguments: the search dialog (dialogs/SearchAndTag.xdl). The person types the words,
// searches, sees the hits in context (organisation, transcript, a few words around), ticks those to tag (all are
// ticked at first), chooses themes and tags them after confirming their number.

#include "commands/commands.hpp"
#include "commands/search_and_tag.hpp"

#include "core/coding/tagging.hpp"
#include "core/text/error.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"
#include "dialogs/theme_list.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

SearchOptions optionsInDialog(const DialogRef& dialog) {
    SearchOptions options;
    options.query = toUtf8(controlText(dialog, "QueryField"));
    options.regex = isBoxTicked(dialog, "RegexBox");
    options.wholeWord = isBoxTicked(dialog, "WholeWordBox");
    options.matchCase = isBoxTicked(dialog, "MatchCaseBox");
    const sal_Int16 unit = selectedPosition(dialog, "UnitList");
    options.unit = unit == 1 ? SearchUnit::Sentence : unit == 2 ? SearchUnit::Paragraph : SearchUnit::Match;
    return options;
}

// « …words before [the words found] words after… », the dots where the context was cut short of the paragraph.
std::string hitLine(const TranscriptHits& transcript, const SearchHit& hit) {
    const HitInContext context = hitInContext(transcript.text, hit);
    const std::string dots = "\xE2\x80\xA6";
    const bool ended =
        !context.after.empty() && std::string(".!?\xC2\xBB").find(context.after.back()) != std::string::npos;
    return (context.before.empty() ? "" : dots + context.before + " ") + "[" + context.match + "]" +
           (context.after.empty() ? ""
                                  : (std::string(".,").find(context.after.front()) != std::string::npos ? "" : " ") +
                                        context.after + (ended ? "" : dots));
}

// The transcripts' file names, comma-separated.
std::string names(const std::vector<std::string>& transcripts) {
    std::string out;
    for (const std::string& key : transcripts)
        out += (out.empty() ? "" : ", ") + std::filesystem::u8path(key).filename().u8string();
    return out;
}

bool sameOptions(const SearchOptions& a, const SearchOptions& b) {
    return a.query == b.query && a.regex == b.regex && a.wholeWord == b.wholeWord && a.matchCase == b.matchCase &&
           a.unit == b.unit;
}

class SearchHandler : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    SearchHandler(CommandCall& call, std::vector<std::string> themes) : call_(call), themes_(std::move(themes), {}) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override {
        if (method == "filter") {
            themes_.show(dialog, toUtf8(controlText(dialog, "FilterField")));
            return true;
        }
        if (method != "search")
            return false;
        try {
            search(dialog);
        } catch (const Error& error) {
            showError(call_.context, call_.frame, error);
        }
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override { return methodNames({"filter", "search"}); }

    void showThemes(const DialogRef& dialog) { themes_.show(dialog, ""); }

    // Searches every transcript and lists the hits, all ticked.
    void search(const DialogRef& dialog) {
        lines_.clear();
        found_ = {};
        search_.reset();
        setListItems(dialog, "HitList", {}, -1);
        const SearchOptions options = optionsInDialog(dialog);
        search_ = std::make_unique<TextSearch>(options);
        found_ = searchTranscripts(call_, *search_, "");
        std::vector<OUString> items;
        for (std::size_t t = 0; t < found_.hits.size(); ++t) {
            const TranscriptHits& transcript = found_.hits[t];
            // The organisation says where a hit comes from in fewer letters than the file's name.
            const std::string where = transcript.organisation.empty()
                                          ? std::filesystem::u8path(transcript.transcript).stem().u8string()
                                          : transcript.organisation;
            for (std::size_t h = 0; h < transcript.hits.size() && items.size() < kMostListedHits; ++h)
                items.push_back(toOUString(where + " \xE2\x80\x94 " + hitLine(transcript, transcript.hits[h])));
            for (std::size_t h = 0; h < std::min(transcript.hits.size(), kMostListedHits - lines_.size()); ++h)
                lines_.emplace_back(t, h);
        }
        setListItems(dialog, "HitList", items, -1);
        const Reference<css::awt::XListBox> list = listBox(dialog, "HitList");
        for (std::size_t i = 0; i < items.size(); ++i)
            list->selectItemPos(static_cast<sal_Int16>(i), true);
        OUString label = uiText(call_.context, "search.hits_label",
                                {std::to_string(hitCount(found_.hits)), std::to_string(items.size())});
        // What was searched otherwise than asked is said where the person reads the count.
        if (!found_.unreadable.empty())
            label += " " + uiText(call_.context, "search.unreadable_note", {names(found_.unreadable)});
        if (!found_.readByOffice.empty())
            label += " " + uiText(call_.context, "search.office_read_note", {names(found_.readByOffice)});
        setLabel(dialog, "HitsLabel", label);
        searched_ = options;
    }

    // Tags the ticked hits; false when the person did not confirm.
    bool tag(const DialogRef& dialog, CommandOutcome& outcome) {
        if (!search_ || !sameOptions(searched_, optionsInDialog(dialog))) {
            search(dialog);  // what the dialog shows is what gets tagged
            throw Error("search.look_first");
        }
        TickedHits ticked;
        std::size_t count = 0;
        for (const sal_Int16 position : listBox(dialog, "HitList")->getSelectedItemsPos()) {
            const auto [t, h] = lines_.at(static_cast<std::size_t>(position));
            const SearchHit& hit = found_.hits[t].hits[h];
            count += ticked[found_.hits[t].transcript].insert({hit.start, hit.end}).second ? 1 : 0;
        }
        if (count == 0)
            throw Error("search.none_ticked");
        const std::vector<std::string> themes = themes_.chosen(dialog);
        if (themes.empty())
            throw Error("tag.no_theme");
        std::string names;
        for (const std::string& theme : themes)
            names += (names.empty() ? "" : ", ") + theme;
        if (!askYesNo(call_.context, call_.frame,
                      uiText(call_.context, "search.confirm",
                             {searched_.query, std::to_string(count), std::to_string(ticked.size()), names})))
            return false;
        const std::vector<TaggedHits> tagged = tagFound(call_, *search_, found_, themes, &ticked);
        std::size_t passages = 0;
        for (const TaggedHits& one : tagged)
            passages += one.anchors.size();
        outcome = reportDone(call_, uiText(call_.context, "search.tagged",
                                           {std::to_string(passages), names, std::to_string(tagged.size())}));
        return true;
    }

private:
    CommandCall& call_;
    ThemeList themes_;
    std::unique_ptr<TextSearch> search_;
    SearchOptions searched_;
    SearchFound found_;
    std::vector<std::pair<std::size_t, std::size_t>> lines_;  // per line of the list: transcript, hit
};

}  // namespace

CommandOutcome searchAndTagWithDialog(CommandCall& call) {
    rtl::Reference<SearchHandler> handler(new SearchHandler(call, themeChoices(call.project->project, recentThemes())));
    Dialog dialog(call.context, call.frame, "SearchAndTag", static_cast<cppu::OWeakObject*>(handler.get()));
    handler->showThemes(dialog);
    CommandOutcome outcome = CommandOutcome::cancel();
    dialog.runUntilAccepted([&] { handler->tag(dialog, outcome); });
    return outcome;
}

}  // namespace ets::uno::commands
