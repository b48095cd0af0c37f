#pragma once
// The org.etsworkbench.Automation service (idl/): the ETS commands for macros and tests, never a dialog.

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/etsworkbench/XAutomation.hpp>

namespace ets::uno {

class Automation : public cppu::WeakImplHelper2<org::etsworkbench::XAutomation, css::lang::XServiceInfo> {
public:
    explicit Automation(css::uno::Reference<css::uno::XComponentContext> context);

    org::etsworkbench::CommandResult SAL_CALL
    execute(const rtl::OUString& command, const css::uno::Sequence<css::beans::NamedValue>& arguments) override;
    org::etsworkbench::CommandResult SAL_CALL
    executeInFrame(const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& command,
                   const css::uno::Sequence<css::beans::NamedValue>& arguments) override;
    org::etsworkbench::CommandResult SAL_CALL openProject(const rtl::OUString& folder, sal_Bool create,
                                                          const rtl::OUString& name,
                                                          const rtl::OUString& coder) override;
    rtl::OUString SAL_CALL getProjectFolder() override;
    org::etsworkbench::CommandResult SAL_CALL about() override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace ets::uno
