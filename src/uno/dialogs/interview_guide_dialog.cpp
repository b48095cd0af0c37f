#include "dialogs/interview_guide_dialog.hpp"

#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <utility>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace {

// The prompts typed in their box, one a line (a text field may give Windows line ends).
std::vector<std::string> promptsTyped(const std::string& text) {
    std::vector<std::string> prompts = typedLines(text);
    for (std::string& prompt : prompts)
        prompt.erase(std::remove(prompt.begin(), prompt.end(), '\r'), prompt.end());
    return prompts;
}

// Keeps the grid being edited. The fields on the right always show the selected question; every action first
// stores them into it, so that nothing typed is lost by selecting, moving or writing.
class GridEditor : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    explicit GridEditor(std::vector<GuideQuestion> questions) : questions_(std::move(questions)) {}

    void attach(const Reference<css::awt::XDialog>& dialog) { dialog_ = dialog; }

    // Refills the list (selecting `position`) and shows that question in the fields.
    void show(int position) {
        shown_ = questions_.empty() ? -1 : std::clamp(position, 0, static_cast<int>(questions_.size()) - 1);
        std::vector<rtl::OUString> items;
        for (std::size_t i = 0; i < questions_.size(); ++i)
            // A question longer than the list is wide ends in « … » there: the field below shows it whole.
            items.push_back(toOUString(std::to_string(i + 1) + ". " + excerpt(questions_[i].question, 110)));
        // Selecting in the list fires "select" again: ignored while the dialog is being filled.
        updating_ = true;
        setListItems(dialog_, "QuestionList", items, static_cast<sal_Int16>(shown_));
        updating_ = false;
        showFields();
    }

    void showFields() {
        const GuideQuestion empty;
        const GuideQuestion& question = shown_ >= 0 ? questions_[static_cast<std::size_t>(shown_)] : empty;
        setControlText(dialog_, "QuestionField", toOUString(question.question));
        setControlText(dialog_, "PurposeField", toOUString(question.purpose));
        setControlText(dialog_, "PromptsField", toOUString(joined(question.prompts, "\n")));
    }

    // The grid with what the fields hold now.
    const std::vector<GuideQuestion>& questions() {
        storeFields();
        return questions_;
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>&, const Any&,
                                        const rtl::OUString& method) override {
        if (updating_)
            return true;
        storeFields();
        if (method == "select") {
            const int position = selectedPosition(dialog_, "QuestionList");
            if (position >= 0 && position < static_cast<int>(questions_.size())) {
                shown_ = position;
                showFields();
            }
        } else if (method == "add") {
            questions_.push_back(GuideQuestion{});
            show(static_cast<int>(questions_.size()) - 1);
        } else if (method == "remove" && shown_ >= 0) {
            questions_.erase(questions_.begin() + shown_);
            show(shown_);
        } else if ((method == "up" && shown_ > 0) ||
                   (method == "down" && shown_ >= 0 && shown_ + 1 < static_cast<int>(questions_.size()))) {
            const int other = method == "up" ? shown_ - 1 : shown_ + 1;
            std::swap(questions_[static_cast<std::size_t>(shown_)], questions_[static_cast<std::size_t>(other)]);
            show(other);
        } else if (method != "up" && method != "down" && method != "remove")
            return false;
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override {
        return methodNames({"select", "add", "remove", "up", "down"});
    }

private:
    void storeFields() {
        if (shown_ < 0 || shown_ >= static_cast<int>(questions_.size()))
            return;
        GuideQuestion& question = questions_[static_cast<std::size_t>(shown_)];
        question.question = toUtf8(controlText(dialog_, "QuestionField").trim());
        question.purpose = toUtf8(controlText(dialog_, "PurposeField").trim());
        question.prompts = promptsTyped(toUtf8(controlText(dialog_, "PromptsField")));
    }

    std::vector<GuideQuestion> questions_;
    Reference<css::awt::XDialog> dialog_;
    int shown_ = -1;
    bool updating_ = false;
};

}  // namespace

bool runInterviewGuideDialog(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame, const InterviewGuide& guide,
                             const std::function<void(const GuideEdits&)>& accept) {
    rtl::Reference<GridEditor> editor(new GridEditor(guide.questions));
    Dialog dialog(context, frame, "InterviewGuide", static_cast<cppu::OWeakObject*>(editor.get()));
    editor->attach(dialog);
    editor->show(0);
    setControlText(dialog, "PresentationField", toOUString(guide.presentation));
    setControlText(dialog, "ConsentField", toOUString(guide.consent));
    const bool accepted = dialog.runUntilAccepted([&] {
        GuideEdits edits;
        edits.presentation = toUtf8(controlText(dialog, "PresentationField"));
        edits.consent = toUtf8(controlText(dialog, "ConsentField"));
        edits.questions = editor->questions();
        accept(edits);
    });
    editor->attach(nullptr);
    return accepted;
}

}  // namespace ets::uno
