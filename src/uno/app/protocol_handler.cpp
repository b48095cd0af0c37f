#include "app/protocol_handler.hpp"

#include "app/command_table.hpp"
#include "app/service_names.hpp"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace ets::uno {

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

const char* const kProtocol = "vnd.ets:";

// The command's name in a URL: what follows the protocol, up to the arguments a shortcut's URL may carry.
OUString commandName(const OUString& url) {
    const sal_Int32 from = static_cast<sal_Int32>(std::char_traits<char>::length(kProtocol));
    const sal_Int32 query = url.indexOf('?', from);
    return query < 0 ? url.copy(from) : url.copy(from, query - from);
}

// "vnd.ets:QuickTag?Number:short=3&Other:string=x" (the form of LibreOffice's own shortcut URLs): each value as text,
// which the command's arguments read as text, number or flag. Percent escapes are decoded.
std::vector<css::beans::PropertyValue> urlArguments(const OUString& url) {
    std::vector<css::beans::PropertyValue> values;
    const sal_Int32 query = url.indexOf('?');
    if (query < 0)
        return values;
    const rtl::OString text = rtl::OUStringToOString(url.copy(query + 1), RTL_TEXTENCODING_UTF8);
    std::string all(text.getStr(), static_cast<std::size_t>(text.getLength()));
    std::size_t start = 0;
    while (start <= all.size()) {
        const std::size_t end = std::min(all.find('&', start), all.size());
        const std::string item = all.substr(start, end - start);
        start = end + 1;
        const std::size_t equals = item.find('=');
        if (item.empty() || equals == std::string::npos)
            continue;
        const std::string name = item.substr(0, std::min(item.find(':'), equals));
        std::string value;
        for (std::size_t i = equals + 1; i < item.size(); ++i)
            if (item[i] == '%' && i + 2 < item.size() && std::isxdigit(static_cast<unsigned char>(item[i + 1])) &&
                std::isxdigit(static_cast<unsigned char>(item[i + 2]))) {
                value += static_cast<char>(std::stoi(item.substr(i + 1, 2), nullptr, 16));
                i += 2;
            } else
                value += item[i];
        css::beans::PropertyValue property;
        property.Name = OUString::fromUtf8(name.c_str());
        property.Value <<= OUString::fromUtf8(value.c_str());
        values.push_back(property);
    }
    return values;
}
const ServiceNames kNames{"org.etsworkbench.ProtocolHandler", "com.sun.star.frame.ProtocolHandler"};

// The dispatch object behind one vnd.ets: URL in one frame.
class CommandDispatch : public cppu::WeakImplHelper1<css::frame::XNotifyingDispatch> {
public:
    CommandDispatch(Reference<css::uno::XComponentContext> context, Reference<css::frame::XFrame> frame,
                    const CommandEntry& command)
        : context_(std::move(context)), frame_(std::move(frame)), command_(command) {}

    // The listener gets SUCCESS or FAILURE, and the message as Result.
    void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                           const Sequence<css::beans::PropertyValue>& arguments,
                                           const Reference<css::frame::XDispatchResultListener>& listener) override {
        // Kept alive while it runs: a dialog may close the frame's last reference to this object.
        Reference<css::frame::XNotifyingDispatch> self(this);
        CommandCall call;
        call.context = context_;
        call.frame = frame_;
        std::vector<css::beans::PropertyValue> all = urlArguments(url.Complete);
        // Arguments in the URL come from a shortcut or a toolbar button a person pressed (a macro gives them as
        // values): no dialog, but a refusal is said.
        call.showsRefusals = !all.empty();
        for (const css::beans::PropertyValue& given : arguments)
            all.push_back(given);
        call.arguments = Arguments::fromDispatch(
            Sequence<css::beans::PropertyValue>(all.data(), static_cast<sal_Int32>(all.size())));
        call.interactive = !call.arguments.isAutomation();
        const CommandOutcome outcome = runCommand(command_, call);
        if (!listener.is())
            return;
        css::frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State =
            outcome.success ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
        event.Result <<= outcome.message;
        listener->dispatchFinished(event);
    }

    void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments) override {
        dispatchWithNotification(url, arguments, nullptr);
    }

    // Menus and toolbars ask whether the command is enabled: it is wherever it applies (a Calc command is disabled
    // in Writer); a command that cannot run for another reason says why when it is called.
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override {
        if (!listener.is())
            return;
        css::frame::FeatureStateEvent state;
        state.Source = static_cast<cppu::OWeakObject*>(this);
        state.FeatureURL = url;
        state.IsEnabled = appliesTo(command_, frame_);
        state.Requery = false;
        listener->statusChanged(state);
    }

    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}

private:
    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    const CommandEntry& command_;
};

}  // namespace

ProtocolHandler::ProtocolHandler(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {
    // Nothing else here: the office creates handlers while building menus, before anyone asks for ETS.
}

void SAL_CALL ProtocolHandler::initialize(const Sequence<css::uno::Any>& arguments) {
    for (const auto& argument : arguments)
        if (argument >>= frame_)
            break;
}

Reference<css::frame::XDispatch> SAL_CALL ProtocolHandler::queryDispatch(const css::util::URL& url, const OUString&,
                                                                         sal_Int32) {
    if (!url.Complete.startsWith(OUString::createFromAscii(kProtocol)))
        return nullptr;
    const CommandEntry* command = findCommand(commandName(url.Complete));
    if (!command)
        return nullptr;
    return new CommandDispatch(context_, frame_, *command);
}

Sequence<Reference<css::frame::XDispatch>>
    SAL_CALL ProtocolHandler::queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) {
    Sequence<Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

OUString SAL_CALL ProtocolHandler::getImplementationName() { return kNames.implementationName(); }
sal_Bool SAL_CALL ProtocolHandler::supportsService(const OUString& name) { return kNames.supports(name); }
Sequence<OUString> SAL_CALL ProtocolHandler::getSupportedServiceNames() { return kNames.services(); }

}  // namespace ets::uno
