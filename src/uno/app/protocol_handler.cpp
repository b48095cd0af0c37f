#include "app/protocol_handler.hpp"

#include "app/command_dispatch.hpp"

namespace ets::uno {

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {
const char* const kProtocol = "vnd.ets:";
}

ProtocolHandler::ProtocolHandler(Reference<css::uno::XComponentContext> context) : context_(std::move(context))
{
    // Nothing else here: the office creates handlers while building menus, before anyone asks for ETS.
}

void SAL_CALL ProtocolHandler::initialize(const Sequence<css::uno::Any>& arguments)
{
    for (const auto& argument : arguments)
        if (argument >>= frame_)
            break;
}

Reference<css::frame::XDispatch> SAL_CALL ProtocolHandler::queryDispatch(const css::util::URL& url, const OUString&,
                                                                         sal_Int32)
{
    if (!url.Complete.startsWith(OUString::createFromAscii(kProtocol)))
        return nullptr;
    const OUString name = url.Complete.copy(static_cast<sal_Int32>(std::char_traits<char>::length(kProtocol)));
    CommandFunction command = findCommand(name);
    if (!command)
        return nullptr;
    return new CommandDispatch(context_, frame_, command);
}

Sequence<Reference<css::frame::XDispatch>> SAL_CALL
ProtocolHandler::queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests)
{
    Sequence<Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

OUString SAL_CALL ProtocolHandler::getImplementationName()
{
    return "org.etsworkbench.ProtocolHandler";
}

sal_Bool SAL_CALL ProtocolHandler::supportsService(const OUString& name)
{
    return name == "com.sun.star.frame.ProtocolHandler";
}

Sequence<OUString> SAL_CALL ProtocolHandler::getSupportedServiceNames()
{
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

} // namespace ets::uno
