#pragma once
// The ETS page of Tools ▸ Options (extension/OptionsDialog.xcu, dialogs/Options.xdl): LibreOffice calls this handler
// when the page is shown ("initialize"), when the person presses OK ("ok") or Reset ("back"). It fills the page from
// the profile (Settings.xcs) and writes back what the person typed; a value refused (core/analysis/user_options) keeps
// the old one, and the page says why in its own words.

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace ets::uno {

class OptionsHandler : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler, css::lang::XServiceInfo> {
public:
    explicit OptionsHandler(css::uno::Reference<css::uno::XComponentContext> context);

    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const rtl::OUString& method) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace ets::uno
