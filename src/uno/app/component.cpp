// The library's entry points, named in extension/ets-workbench.components (passive registration):
// the office calls them only when it first needs the protocol handler, the automation service, the job run when a
// document is opened or the sidebar's panel factory.

#include "app/automation.hpp"
#include "app/options_handler.hpp"
#include "app/protocol_handler.hpp"
#include "app/sidebar_panel.hpp"
#include "app/transcript_opened_job.hpp"

#include <sal/types.h>

namespace {

template <typename Implementation>
css::uno::XInterface* createAcquired(css::uno::XComponentContext* context,
                                     const css::uno::Sequence<css::uno::Any>& arguments) {
    auto* instance = new Implementation(context);
    instance->acquire();
    if constexpr (std::is_same_v<Implementation, ets::uno::ProtocolHandler>)
        if (arguments.hasElements())
            instance->initialize(arguments);
    return static_cast<cppu::OWeakObject*>(instance);
}

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_etsworkbench_ProtocolHandler_get_implementation(css::uno::XComponentContext* context,
                                                    const css::uno::Sequence<css::uno::Any>& arguments) {
    return createAcquired<ets::uno::ProtocolHandler>(context, arguments);
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_etsworkbench_Automation_get_implementation(css::uno::XComponentContext* context,
                                               const css::uno::Sequence<css::uno::Any>& arguments) {
    return createAcquired<ets::uno::Automation>(context, arguments);
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_etsworkbench_TranscriptOpenedJob_get_implementation(css::uno::XComponentContext* context,
                                                        const css::uno::Sequence<css::uno::Any>& arguments) {
    return createAcquired<ets::uno::TranscriptOpenedJob>(context, arguments);
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_etsworkbench_PanelFactory_get_implementation(css::uno::XComponentContext* context,
                                                 const css::uno::Sequence<css::uno::Any>& arguments) {
    return createAcquired<ets::uno::PanelFactory>(context, arguments);
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_etsworkbench_OptionsHandler_get_implementation(css::uno::XComponentContext* context,
                                                   const css::uno::Sequence<css::uno::Any>& arguments) {
    return createAcquired<ets::uno::OptionsHandler>(context, arguments);
}
