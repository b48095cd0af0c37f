#pragma once
// The dispatch object behind one vnd.ets: URL: runs the command and tells the caller how it went.

#include "commands/command.hpp"

#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <cppuhelper/implbase1.hxx>

namespace ets::uno {

class CommandDispatch : public cppu::WeakImplHelper1<css::frame::XNotifyingDispatch> {
public:
    CommandDispatch(css::uno::Reference<css::uno::XComponentContext> context,
                    css::uno::Reference<css::frame::XFrame> frame, CommandFunction command);

    // XNotifyingDispatch: the listener gets SUCCESS or FAILURE and the message as Result.
    void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                           const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                                           const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                       const css::util::URL& url) override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    CommandFunction command_;
};

} // namespace ets::uno
