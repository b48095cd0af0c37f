#include "app/command_dispatch.hpp"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

CommandDispatch::CommandDispatch(Reference<css::uno::XComponentContext> context, Reference<css::frame::XFrame> frame,
                                 CommandFunction command)
    : context_(std::move(context)), frame_(std::move(frame)), command_(command)
{
}

void SAL_CALL CommandDispatch::dispatchWithNotification(const css::util::URL&,
                                                        const Sequence<css::beans::PropertyValue>& arguments,
                                                        const Reference<css::frame::XDispatchResultListener>& listener)
{
    // Kept alive while it runs: a dialog may close the frame's last reference to this object.
    Reference<css::frame::XNotifyingDispatch> self(this);
    CommandCall call{context_, frame_, Arguments::fromDispatch(arguments), false};
    call.interactive = !call.arguments.isAutomation();
    const CommandOutcome outcome = runCommand(command_, call);
    if (listener.is())
    {
        css::frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State = outcome.success ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
        event.Result <<= outcome.message;
        listener->dispatchFinished(event);
    }
}

void SAL_CALL CommandDispatch::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments)
{
    dispatchWithNotification(url, arguments, nullptr);
}

void SAL_CALL CommandDispatch::addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                                 const css::util::URL& url)
{
    // Every command the menu shows is usable; a command that cannot run says why when called.
    if (!listener.is())
        return;
    css::frame::FeatureStateEvent state;
    state.Source = static_cast<cppu::OWeakObject*>(this);
    state.FeatureURL = url;
    state.IsEnabled = true;
    state.Requery = false;
    listener->statusChanged(state);
}

void SAL_CALL CommandDispatch::removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&)
{
}

} // namespace ets::uno
