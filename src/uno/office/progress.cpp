#include "office/progress.hpp"

#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

Progress::Progress(const Reference<css::frame::XFrame>& frame, const rtl::OUString& text, sal_Int32 range)
    : text_(text), range_(range) {
    Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
    if (!factory.is())
        return;
    indicator_ = factory->createStatusIndicator();
    if (indicator_.is())
        indicator_->start(text, range);
}

Progress::~Progress() {
    try {
        if (indicator_.is())
            indicator_->end();
    } catch (...) {
        // The status bar may be gone with its window; nothing to tell anyone.
    }
}

void Progress::set(sal_Int32 value, sal_Int32 range) {
    if (!indicator_.is())
        return;
    if (range != range_) {
        range_ = range;
        indicator_->start(text_, range);  // XStatusIndicator has no setRange: start again with the same text
    }
    indicator_->setValue(value);
}

}  // namespace ets::uno
