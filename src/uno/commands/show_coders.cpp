// vnd.ets:ShowCoders — in the open transcript's view, the comments of the other coders hidden (« mine ») or every
// comment shown (« all »), so that a coder codes blind in a transcript another has coded. Only the view changes: the
// document's content, its comments included, stays as it is. Argument: Show ("mine" or "all"; without it the view
// switches between the two). Result: a sentence.

#include "commands/commands.hpp"

#include "core/coding/second_coder.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <mutex>
#include <optional>
#include <vector>

namespace ets::uno::commands {
namespace {

// The documents whose view shows their coder's comments only (the view is the document's current one). Held weakly: a
// closed document drops out, and a new one that happens to get its address is not taken for it.
std::vector<css::uno::WeakReference<css::text::XTextDocument>>& blindViews() {
    static std::vector<css::uno::WeakReference<css::text::XTextDocument>> views;
    return views;
}
std::mutex& blindViewsMutex() {
    static std::mutex mutex;
    return mutex;
}

// Whether `document` shows its coder's comments only; `blind` given sets it. Closed documents are forgotten.
bool blindView(const css::uno::Reference<css::text::XTextDocument>& document, std::optional<bool> blind = {}) {
    auto& views = blindViews();
    bool found = false;
    std::vector<css::uno::WeakReference<css::text::XTextDocument>> kept;
    for (const auto& weak : views) {
        const css::uno::Reference<css::text::XTextDocument> held(weak);
        if (!held.is())
            continue;
        if (held == document) {
            found = true;
            if (blind && !*blind)
                continue;
        }
        kept.push_back(weak);
    }
    if (blind && *blind && !found)
        kept.emplace_back(document);
    views = std::move(kept);
    return blind ? *blind : found;
}

void dispatchInFrame(const CommandCall& call, const css::uno::Reference<css::frame::XFrame>& frame,
                     const OUString& command, const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    css::uno::Reference<css::frame::XDispatchProvider> provider(frame, css::uno::UNO_QUERY_THROW);
    css::frame::DispatchHelper::create(call.context)->executeDispatch(provider, command, "", 0, arguments);
}

// Closes the old view once the dispatch that replaced it has returned (closing a frame inside its own dispatch would
// pull it from under the dispatcher).
class CloseLater : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit CloseLater(css::uno::Reference<css::frame::XFrame> frame) : frame_(std::move(frame)) {}
    void SAL_CALL notify(const css::uno::Any&) override {
        try {
            css::uno::Reference<css::util::XCloseable>(frame_, css::uno::UNO_QUERY_THROW)->close(true);
        } catch (...) {
            // The person closed it already, or it refuses: the new view is there either way.
        }
    }

private:
    css::uno::Reference<css::frame::XFrame> frame_;
};

}  // namespace

CommandOutcome showCoders(CommandCall& call) {
    WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
    const std::vector<std::string> others = otherCoders(transcript.records(), call.coder);
    const std::string given = call.arguments.textOr("Show", "");
    std::string show;
    {
        const std::lock_guard<std::mutex> lock(blindViewsMutex());
        if (trimmedName(given).empty())
            show = blindView(transcript.document()) ? "all" : "mine";
        else if (sameName(given, "mine") || sameName(given, "all"))
            show = sameName(given, "mine") ? "mine" : "all";
        else
            throw Error("args.bad_choice", {"Show", given, "mine, all"});
        blindView(transcript.document(), show == "mine");
    }

    if (show == "mine") {
        // Writer's own "hide this author's comments", in the view only.
        for (const std::string& coder : others) {
            css::uno::Sequence<css::beans::PropertyValue> author(1);
            author[0].Name = "Author";
            author[0].Value <<= toOUString(coder);
            dispatchInFrame(call, call.frame, ".uno:HideAuthor", author);
        }
        return reportDone(call, uiText(call.context, "show_coders.mine", {call.coder, std::to_string(others.size())}));
    }

    // Writer keeps a hidden comment hidden for the life of its view: a new view of the same document (unsaved changes
    // and all) shows them all, and takes the old one's place.
    css::uno::Reference<css::frame::XModel> model(transcript.document(), css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<css::awt::XWindow> oldWindow = call.frame->getContainerWindow();
    const css::awt::Rectangle place = oldWindow->getPosSize();
    css::uno::Reference<css::uno::XInterface> selection;
    const css::uno::Reference<css::view::XSelectionSupplier> selected(model->getCurrentController(),
                                                                      css::uno::UNO_QUERY);
    if (selected.is())
        selected->getSelection() >>= selection;
    dispatchInFrame(call, call.frame, ".uno:NewWindow", {});
    const css::uno::Reference<css::frame::XController> now = model->getCurrentController();
    if (now.is() && now->getFrame() != call.frame) {
        now->getFrame()->getContainerWindow()->setPosSize(place.X, place.Y, place.Width, place.Height,
                                                          css::awt::PosSize::POSSIZE);
        const css::uno::Reference<css::view::XSelectionSupplier> select(now, css::uno::UNO_QUERY);
        if (select.is() && selection.is())
            select->select(css::uno::Any(selection));
        css::awt::AsyncCallback::create(call.context)->addCallback(new CloseLater(call.frame), css::uno::Any());
    }
    // No message box: its window would be the view about to close.
    return CommandOutcome::done(uiText(call.context, "show_coders.all", {std::to_string(others.size() + 1)}));
}

}  // namespace ets::uno::commands
