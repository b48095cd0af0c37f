#pragma once
// The job LibreOffice runs when a document is opened (extension/Jobs.xcu, event OnLoad): a transcript of the open
// project opened from a new place (moved or renamed) is recognised by its interview id and the project follows it;
// one that waits for a codebook change (another person had it open, or a change was interrupted) is rewritten now,
// and the project saved. Any other document is left alone at once, and no ETS file is read for it.

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace ets::uno {

class TranscriptOpenedJob : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    explicit TranscriptOpenedJob(css::uno::Reference<css::uno::XComponentContext> context);

    css::uno::Any SAL_CALL execute(const css::uno::Sequence<css::beans::NamedValue>& arguments) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace ets::uno
