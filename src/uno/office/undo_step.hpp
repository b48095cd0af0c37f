#pragma once
// One command = one undo step: every edit made while an UndoStep lives is undone by one Ctrl+Z.

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <rtl/ustring.hxx>

namespace ets::uno {

class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::uno::XInterface>& document, const rtl::OUString& title) {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY);
        if (supplier.is())
            manager_ = supplier->getUndoManager();
        if (manager_.is() && manager_->isLocked())
            manager_.clear();  // a hidden document opened for the command alone records nothing
        if (manager_.is())
            manager_->enterUndoContext(title);
    }
    ~UndoStep() {
        try {
            if (manager_.is())
                manager_->leaveUndoContext();
        } catch (...) {
            // Leaving cannot fail in a way the person could act on; never throw from a destructor.
        }
    }
    // Adds an action of the command's own (a change Writer's undo does not record) to this step; nothing when the
    // document records no undo.
    void add(const css::uno::Reference<css::document::XUndoAction>& action) {
        if (manager_.is())
            manager_->addUndoAction(action);
    }

    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> manager_;
};

}  // namespace ets::uno
