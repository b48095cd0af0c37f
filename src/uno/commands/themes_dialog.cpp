// The Themes dialog (dialogs/Themes.xdl): the codebook as an indented list; the selected theme's
// name, description, colour and parent are edited in place; add, merge and delete from buttons.
// Every button runs the same code as the automation form of vnd.ets:Themes.

#include "commands/commands.hpp"
#include "commands/tagging.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

namespace ets::uno::commands {

CommandOutcome changeCodebook(CommandCall& call, const std::string& action); // themes.cpp

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

int depth(const Project& project, const Theme& theme)
{
    int level = 0;
    for (const Theme* parent = project.findTheme(theme.parentId); parent && level < 20;
         parent = project.findTheme(parent->parentId))
        ++level;
    return level;
}

// Parents before their children, each child right under its parent.
void inTreeOrder(const Project& project, const std::string& parentId, std::vector<const Theme*>& out)
{
    for (const Theme& theme : project.themes)
        if (theme.parentId == parentId)
        {
            out.push_back(&theme);
            inTreeOrder(project, theme.id, out);
        }
}

class CodebookEditor : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    explicit CodebookEditor(CommandCall& call) : call_(call) {}

    void fill(const Reference<css::awt::XDialog>& dialog)
    {
        const Project& project = call_.project->project;
        order_.clear();
        std::vector<const Theme*> themes;
        inTreeOrder(project, "", themes);
        Reference<css::awt::XListBox> list = listBox(dialog, "ThemeList");
        list->removeItems(0, list->getItemCount());
        Reference<css::awt::XListBox> parents = listBox(dialog, "ParentList");
        parents->removeItems(0, parents->getItemCount());
        parents->addItem(uiText(call_.context, "themes.no_parent"), 0);
        Reference<css::awt::XListBox> into = listBox(dialog, "IntoList");
        into->removeItems(0, into->getItemCount());
        for (const Theme* theme : themes)
        {
            const int count = countPassages(project, theme->id);
            const std::string line = std::string(static_cast<std::size_t>(depth(project, *theme)) * 4, ' ') +
                                     theme->name + "  (" + std::to_string(count) + ")";
            list->addItem(toOUString(line), list->getItemCount());
            parents->addItem(toOUString(theme->name), parents->getItemCount());
            into->addItem(toOUString(theme->name), into->getItemCount());
            order_.push_back(theme->name);
        }
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override
    {
        try
        {
            if (method == "select")
                showSelected(dialog);
            else if (method == "add")
                run(dialog, "Add", Arguments()
                                       .set("Name", field(dialog, "NameField"))
                                       .set("Description", field(dialog, "DescriptionField"))
                                       .set("Colour", field(dialog, "ColourField"))
                                       .set("Parent", chosenParent(dialog)));
            else if (method == "save")
                save(dialog);
            else if (method == "merge")
                run(dialog, "Merge", Arguments().set("Name", selected(dialog)).set("Into",
                                         toUtf8(listBox(dialog, "IntoList")->getSelectedItem())));
            else if (method == "delete")
                remove(dialog);
            else
                return false;
        }
        catch (const Error& error)
        {
            showMessage(call_.context, call_.frame, MessageKind::Error, uiText(call_.context, error));
        }
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override
    {
        return methodNames({"select", "add", "save", "merge", "delete"});
    }

private:
    static std::string field(const Reference<css::awt::XDialog>& dialog, const char* name)
    {
        return toUtf8(controlText(dialog, name).trim());
    }

    std::string selected(const Reference<css::awt::XDialog>& dialog) const
    {
        const sal_Int16 position = listBox(dialog, "ThemeList")->getSelectedItemPos();
        if (position < 0 || static_cast<std::size_t>(position) >= order_.size())
            throw Error("themes.none_selected");
        return order_[static_cast<std::size_t>(position)];
    }

    std::string chosenParent(const Reference<css::awt::XDialog>& dialog) const
    {
        const sal_Int16 position = listBox(dialog, "ParentList")->getSelectedItemPos();
        return position <= 0 ? std::string() : order_[static_cast<std::size_t>(position - 1)];
    }

    void showSelected(const Reference<css::awt::XDialog>& dialog)
    {
        const Project& project = call_.project->project;
        const Theme& theme = requireTheme(project, selected(dialog));
        setControlText(dialog, "NameField", toOUString(theme.name));
        setControlText(dialog, "DescriptionField", toOUString(theme.description));
        setControlText(dialog, "ColourField", toOUString(theme.colour));
        const Theme* parent = project.findTheme(theme.parentId);
        sal_Int16 parentPosition = 0;
        for (std::size_t i = 0; parent && i < order_.size(); ++i)
            if (order_[i] == parent->name)
                parentPosition = static_cast<sal_Int16>(i + 1);
        listBox(dialog, "ParentList")->selectItemPos(parentPosition, true);
    }

    void save(const Reference<css::awt::XDialog>& dialog)
    {
        std::string name = selected(dialog);
        const std::string newName = field(dialog, "NameField");
        if (newName != name)
        {
            run(dialog, "Rename", Arguments().set("Name", name).set("NewName", newName));
            name = newName;
        }
        run(dialog, "Describe", Arguments()
                                    .set("Name", name)
                                    .set("Description", field(dialog, "DescriptionField"))
                                    .set("Colour", field(dialog, "ColourField"))
                                    .set("Parent", chosenParent(dialog)));
    }

    void remove(const Reference<css::awt::XDialog>& dialog)
    {
        const std::string name = selected(dialog);
        const Project& project = call_.project->project;
        const int count = countPassages(project, requireTheme(project, name).id);
        // Said before anything is done: what happens to the passages of the theme.
        const OUString question = count > 0
            ? uiText(call_.context, "themes.confirm_delete_used", {name, std::to_string(count)})
            : uiText(call_.context, "themes.confirm_delete", {name});
        if (askYesNo(call_.context, call_.frame, question))
            run(dialog, "Delete", Arguments().set("Name", name).set("Force", "true"));
    }

    void run(const Reference<css::awt::XDialog>& dialog, const char* action, Arguments arguments)
    {
        CommandCall inner = call_;
        inner.arguments = std::move(arguments);
        inner.interactive = false;
        const CommandOutcome outcome = changeCodebook(inner, action);
        setLabel(dialog, "StatusLabel", outcome.message);
        fill(dialog);
    }

    CommandCall& call_;
    std::vector<std::string> order_; // theme names in list order
};

} // namespace

CommandOutcome runThemesDialog(CommandCall& call)
{
    rtl::Reference<CodebookEditor> editor(new CodebookEditor(call));
    Dialog dialog(call.context, call.frame, "Themes", static_cast<cppu::OWeakObject*>(editor.get()));
    editor->fill(dialog);
    dialog.execute();
    return CommandOutcome::done(OUString());
}

} // namespace ets::uno::commands
