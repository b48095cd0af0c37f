#pragma once
// Long work shows progress: the status bar of the frame's window (Writer or Calc), ended when this goes out of scope.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <rtl/ustring.hxx>

namespace ets::uno {

class Progress {
public:
    // A no-op without a frame (a macro running a command through the service).
    Progress(const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text, sal_Int32 range);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    // `range` may differ from the one given first (known only once the work started): the bar starts again with it.
    void set(sal_Int32 value, sal_Int32 range);

private:
    css::uno::Reference<css::task::XStatusIndicator> indicator_;
    rtl::OUString text_;
    sal_Int32 range_ = 0;
};

}  // namespace ets::uno
