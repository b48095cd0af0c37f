// vnd.ets:ShowCoders — in the open transcript's view, the comments of the other coders hidden (« mine ») or every
// comment shown (« all »), so that a coder codes blind in a transcript another has coded. Only the view changes: the
// document's content, its comments included, stays as it is. Argument: Show ("mine" or "all"; without it the view
// switches between the two). Result: a sentence.

#include "commands/commands.hpp"

#include "core/coding/second_coder.hpp"
#include "core/text/error.hpp"
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

#include <mutex>
#include <set>

namespace ets::uno::commands {
namespace {

// The documents whose view shows their coder's comments only (the view is the document's current one).
std::set<const void*>& blindViews() {
    static std::set<const void*> views;
    return views;
}
std::mutex& blindViewsMutex() {
    static std::mutex mutex;
    return mutex;
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
        } catch (const css::uno::Exception&) {
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
    const void* view = transcript.document().get();
    std::string show = call.arguments.textOr("Show", "");
    {
        const std::lock_guard<std::mutex> lock(blindViewsMutex());
        if (show.empty())
            show = blindViews().count(view) ? "all" : "mine";
        if (show != "mine" && show != "all")
            throw Error("show_coders.bad_choice", {show});
        if (show == "mine")
            blindViews().insert(view);
        else
            blindViews().erase(view);
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
