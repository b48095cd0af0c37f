#include "dialogs/themes_dialog.hpp"

#include "core/coding/colour_palette.hpp"
#include "core/text/error.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

class CodebookEditor : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    CodebookEditor(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                   const Project& project, const std::function<OUString(const ThemeEdit&)>& apply)
        : context_(context), frame_(frame), project_(project), apply_(apply) {}

    void fill(const Reference<css::awt::XDialog>& dialog) {
        order_.clear();
        std::vector<OUString> lines;
        std::vector<OUString> names{uiText(context_, "themes.no_parent")};
        for (const ThemeInTree& entry : themeTree(project_)) {
            lines.push_back(toOUString(std::string(static_cast<std::size_t>(entry.depth) * 4, ' ') + entry.theme->name +
                                       "  (" + std::to_string(entry.passages) + ")"));
            names.push_back(toOUString(entry.theme->name));
            order_.push_back(entry.theme->name);
        }
        setListItems(dialog, "ThemeList", lines, -1);
        setListItems(dialog, "ParentList", names, -1);
        setListItems(dialog, "IntoList", std::vector<OUString>(names.begin() + 1, names.end()), -1);
    }

    // The named colours, once: refilling the themes keeps the colour being chosen.
    void fillColours(const Reference<css::awt::XDialog>& dialog) {
        std::vector<OUString> names;
        for (const std::string& name : colourChoices(uiCatalogue(context_)))
            names.push_back(toOUString(name));
        setListItems(dialog, "ColourList", names, 0);
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override {
        try {
            if (method == "colour" || method == "code") {
                if (!syncing_)
                    followColour(dialog, method == "colour");
                return true;
            }
            if (method == "select")
                showSelected(dialog);
            else if (method == "add")
                run(dialog, entryEdit(dialog, ThemeAction::Add, field(dialog, "NameField")));
            else if (method == "save")
                save(dialog);
            else if (method == "merge") {
                ThemeEdit merge;
                merge.action = ThemeAction::Merge;
                merge.name = selected(dialog);
                merge.into = toUtf8(listBox(dialog, "IntoList")->getSelectedItem());
                run(dialog, merge);
            } else if (method == "delete")
                remove(dialog);
            else
                return false;
        } catch (const Error& error) {
            showError(context_, frame_, error);
        }
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override {
        return methodNames({"select", "add", "save", "merge", "delete", "colour", "code"});
    }

private:
    static std::string field(const Reference<css::awt::XDialog>& dialog, const char* name) {
        return toUtf8(controlText(dialog, name).trim());
    }

    std::string selected(const Reference<css::awt::XDialog>& dialog) const {
        const sal_Int16 position = selectedPosition(dialog, "ThemeList");
        if (position < 0 || static_cast<std::size_t>(position) >= order_.size())
            throw Error("themes.none_selected");
        return order_[static_cast<std::size_t>(position)];
    }

    // The entry as the fields show it: what Add creates and Save describes.
    ThemeEdit entryEdit(const Reference<css::awt::XDialog>& dialog, ThemeAction action, const std::string& name) const {
        ThemeEdit edit;
        edit.action = action;
        edit.name = name;
        edit.description = field(dialog, "DescriptionField");
        edit.colour = colourOfChoice(selectedPosition(dialog, "ColourList"), field(dialog, "ColourField"));
        const sal_Int16 parent = selectedPosition(dialog, "ParentList");
        edit.parent = parent <= 0 ? std::string() : order_[static_cast<std::size_t>(parent - 1)];
        return edit;
    }

    void showSelected(const Reference<css::awt::XDialog>& dialog) {
        const Theme& theme = requireTheme(project_, selected(dialog));
        setControlText(dialog, "NameField", toOUString(theme.name));
        setControlText(dialog, "DescriptionField", toOUString(theme.description));
        showColour(dialog, theme.colour);
        const Theme* parent = project_.findTheme(theme.parentId);
        sal_Int16 parentPosition = 0;
        for (std::size_t i = 0; parent && i < order_.size(); ++i)
            if (order_[i] == parent->name)
                parentPosition = static_cast<sal_Int16>(i + 1);
        selectPosition(dialog, "ParentList", parentPosition);
    }

    // A colour named in the list writes its code in the advanced field; a code typed there selects its name (or
    // « Autre couleur »). The sample shows either.
    void followColour(const Reference<css::awt::XDialog>& dialog, bool fromList) {
        syncing_ = true;
        const sal_Int16 position = selectedPosition(dialog, "ColourList");
        if (fromList && static_cast<std::size_t>(position) <= colourPalette().size())
            setControlText(dialog, "ColourField", toOUString(codeOfChoice(position)));
        else if (!fromList)
            selectPosition(dialog, "ColourList", static_cast<sal_Int16>(colourChoiceOf(field(dialog, "ColourField"))));
        setBackgroundColour(dialog, "ColourSample",
                            colourNumber(colourOfChoice(selectedPosition(dialog, "ColourList"), field(dialog, "ColourField"))));
        syncing_ = false;
    }

    void showColour(const Reference<css::awt::XDialog>& dialog, const std::string& colour) {
        syncing_ = true;
        setControlText(dialog, "ColourField", toOUString(colour));
        selectPosition(dialog, "ColourList", static_cast<sal_Int16>(colourChoiceOf(colour)));
        setBackgroundColour(dialog, "ColourSample", colourNumber(colour));
        syncing_ = false;
    }

    void save(const Reference<css::awt::XDialog>& dialog) {
        std::string name = selected(dialog);
        const ThemeEdit described = entryEdit(dialog, ThemeAction::Describe, name);  // read before the list is refilled
        const std::string newName = field(dialog, "NameField");
        if (newName != name) {
            ThemeEdit rename;
            rename.action = ThemeAction::Rename;
            rename.name = name;
            rename.newName = newName;
            run(dialog, rename);
            name = newName;
        }
        ThemeEdit describe = described;
        describe.name = name;
        run(dialog, describe);
    }

    void remove(const Reference<css::awt::XDialog>& dialog) {
        ThemeEdit remove;
        remove.action = ThemeAction::Delete;
        remove.name = selected(dialog);
        remove.force = true;
        const int count = countPassages(project_, requireTheme(project_, remove.name).id);
        // Said before anything is done: what happens to the passages of the theme.
        const OUString question =
            count > 0 ? uiText(context_, "themes.confirm_delete_used", {remove.name, std::to_string(count)})
                      : uiText(context_, "themes.confirm_delete", {remove.name});
        if (askYesNo(context_, frame_, question))
            run(dialog, remove);
    }

    void run(const Reference<css::awt::XDialog>& dialog, const ThemeEdit& edit) {
        setLabel(dialog, "StatusLabel", apply_(edit));
        fill(dialog);
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    const Project& project_;
    const std::function<OUString(const ThemeEdit&)>& apply_;
    std::vector<std::string> order_;  // theme names in list order
    bool syncing_ = false;            // the dialog fills one colour control from the other: no echo back
};

}  // namespace

void runThemesDialog(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                     const Project& project, const std::function<OUString(const ThemeEdit&)>& apply) {
    rtl::Reference<CodebookEditor> editor(new CodebookEditor(context, frame, project, apply));
    Dialog dialog(context, frame, "Themes", static_cast<cppu::OWeakObject*>(editor.get()));
    editor->fillColours(dialog);
    editor->fill(dialog);
    dialog.execute();
}

}  // namespace ets::uno
