#pragma once
// A document's views locked for as long as the object lives (XModel::lockControllers, counted: locks nest). While
// locked, Writer neither redraws nor scrolls to each place the layout is asked about, and runs none of its idle work
// (formatting, spelling) between two calls of a long command.

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <utility>

namespace ets::uno {

class ViewLock {
public:
    explicit ViewLock(css::uno::Reference<css::frame::XModel> model) : model_(std::move(model)) {
        model_->lockControllers();
    }
    ~ViewLock() {
        try {
            model_->unlockControllers();
        } catch (const css::uno::Exception&) {
            // The document was closed under us: nothing left to unlock.
        }
    }
    ViewLock(const ViewLock&) = delete;
    ViewLock& operator=(const ViewLock&) = delete;

private:
    css::uno::Reference<css::frame::XModel> model_;
};

}  // namespace ets::uno
