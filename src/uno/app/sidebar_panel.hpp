#pragma once
// The ETS deck of Writer's sidebar (extension/Sidebar.xcu): the factory the office asks for the panel
// (extension/Factories.xcu), and the panel of themes. What it lists, ticks and filters is decided by
// core/coding/theme_panel; a click runs vnd.ets:QuickTag, an untick vnd.ets:Untag, through the command table.

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace ets::uno {

class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit PanelFactory(css::uno::Reference<css::uno::XComponentContext> context);

    // Never throws: a panel that cannot be made is logged and left out (the office shows the deck without it).
    css::uno::Reference<css::ui::XUIElement>
        SAL_CALL createUIElement(const rtl::OUString& resourceUrl,
                                 const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace ets::uno
