// vnd.ets:InterviewGuide — the methodological protocol as a new, editable Writer document written from the project:
// objectives of the phase, how the organisations were chosen, the presentation of the ETS, the consent wording,
// the question grid in order, how the analysis is done and the calendar.
// Arguments (each optional): Presentation, Consent (texts), Questions (the grid as JSON) — stored in the project
// first; Target (save the guide there, .odt), Hidden (boolean). Result: the saved file's path, or the guide's title.
// From the menu: the dialog of interview_guide_dialog.cpp, to edit the grid and the texts first.

#include "commands/commands.hpp"
#include "commands/interview_guide.hpp"

#include "core/text/error.hpp"
#include "core/method/method.hpp"
#include "core/analysis/programme.hpp"
#include "office/log.hpp"
#include "core/project/opened_project.hpp"
#include "core/project/opened_project.hpp"
#include "core/text/dates.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <filesystem>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The paragraph and list styles every LibreOffice has, so that the guide's lists are bulleted without a template.
constexpr const char* kListStyle = "List 1";

// Appends paragraphs to the end of a Writer text, each with its paragraph style.
class GuideWriter {
public:
    explicit GuideWriter(const Reference<css::text::XTextDocument>& document)
        : text_(document->getText()), cursor_(text_->createTextCursor())
    {
    }

    void paragraph(const char* style, const OUString& content)
    {
        if (!first_)
            text_->insertControlCharacter(Reference<css::text::XTextRange>(cursor_.get()), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        first_ = false;
        Reference<css::beans::XPropertySet> paragraph(cursor_, UNO_QUERY_THROW);
        paragraph->setPropertyValue("ParaStyleName", Any(OUString::createFromAscii(style)));
        // A new paragraph inherits the list of the one before: only list paragraphs keep one.
        const bool list = std::string(style) == kListStyle;
        paragraph->setPropertyValue("NumberingStyleName", Any(list ? OUString::createFromAscii(kListStyle) : OUString()));
        text_->insertString(Reference<css::text::XTextRange>(cursor_.get()), content, false);
    }
    // A text the tandem wrote: one paragraph per line, or a placeholder saying it is still to write.
    void body(const std::string& content, const OUString& whenEmpty)
    {
        if (content.find_first_not_of(" \t\r\n") == std::string::npos)
        {
            paragraph("Text body", whenEmpty);
            return;
        }
        std::size_t start = 0;
        while (start < content.size())
        {
            const std::size_t end = std::min(content.find('\n', start), content.size());
            const std::string line = content.substr(start, end - start);
            if (line.find_first_not_of(" \t\r") != std::string::npos)
                paragraph("Text body", toOUString(line));
            start = end + 1;
        }
    }

private:
    Reference<css::text::XText> text_;
    Reference<css::text::XTextCursor> cursor_;
    bool first_ = true;
};

void writeChoice(CommandCall& call, GuideWriter& out, const Project& project)
{
    int interviewed = 0;
    for (const Organisation& organisation : project.organisations)
        if (wasInterviewed(project, organisation))
            ++interviewed;
    out.paragraph("Text body", uiText(call.context, "guide.choice_text"));
    out.paragraph("Text body", uiText(call.context, "guide.choice_counts",
                                      {std::to_string(project.referents.size()), std::to_string(project.organisations.size()),
                                       std::to_string(interviewed)}));
    for (const std::string& line : nominationLines(project, uiCatalogue(call.context)))
        out.paragraph(kListStyle, toOUString(line));
}

void writeGrid(CommandCall& call, GuideWriter& out, const Project& project)
{
    int number = 0;
    for (const GuideQuestion& question : project.guide.questions)
    {
        out.paragraph("Heading 2", uiText(call.context, "guide.question", {std::to_string(++number), question.question}));
        if (!question.purpose.empty())
            out.paragraph("Text body", uiText(call.context, "guide.purpose", {question.purpose}));
        if (!question.prompts.empty())
            out.paragraph("Text body", uiText(call.context, "guide.prompts"));
        for (const std::string& prompt : question.prompts)
            out.paragraph(kListStyle, toOUString(prompt));
    }
}

void writeCalendar(CommandCall& call, GuideWriter& out, const Project& project)
{
    std::vector<const Interview*> interviews;
    for (const Interview& interview : project.interviews)
        interviews.push_back(&interview);
    std::stable_sort(interviews.begin(), interviews.end(),
                     [](const Interview* a, const Interview* b) { return a->date < b->date; });
    out.paragraph("Text body", uiText(call.context, "guide.calendar_interviews"));
    for (const Interview* interview : interviews)
    {
        const Organisation* organisation = project.findOrganisation(interview->organisationId);
        out.paragraph(kListStyle, uiText(call.context, "guide.calendar_interview",
                                            {interview->date.empty() ? "?" : interview->date,
                                             organisation ? organisation->name : std::string("?")}));
    }
    out.paragraph("Text body", uiText(call.context, "guide.calendar_restitution"));
    // The chantiers as the cycle's settings place them; a cycle that cannot be planned is left to the Programme command.
    try
    {
        const Programme programme = planProgramme(project, programmeStart(project, std::nullopt, today()));
        const Cycle& cycle = project.cycle;
        out.paragraph("Text body", uiText(call.context, "guide.calendar_cycle",
                                          {std::to_string(cycle.chantiers), std::to_string(cycle.perYear),
                                           std::to_string(cycle.participants), std::to_string(cycle.days),
                                           std::to_string(cycle.spanMonths)}));
        for (const PlannedSlot& slot : programme.slots)
            out.paragraph(kListStyle, uiText(call.context, "guide.calendar_chantier",
                                                {std::to_string(slot.number), slot.startMonth, slot.endMonth}));
    }
    catch (const Error& error)
    {
        logError("interview guide: no chantier calendar", error.what());
    }
}

OUString writeGuide(CommandCall& call, const Reference<css::text::XTextDocument>& document, const Project& project)
{
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> defaults(factory->createInstance("com.sun.star.text.Defaults"), UNO_QUERY_THROW);
    defaults->setPropertyValue("CharLocale", Any(css::lang::Locale("fr", "BE", "")));

    const OUString title = uiText(call.context, "guide.title");
    const OUString toWrite = uiText(call.context, "guide.to_write");
    GuideWriter out(document);
    out.paragraph("Title", title);
    out.paragraph("Subtitle", toOUString(project.name));
    out.paragraph("Heading 1", uiText(call.context, "guide.objectives_heading"));
    out.paragraph("Text body", uiText(call.context, "guide.objectives_text"));
    out.paragraph("Heading 1", uiText(call.context, "guide.choice_heading"));
    writeChoice(call, out, project);
    out.paragraph("Heading 1", uiText(call.context, "guide.presentation_heading"));
    out.body(project.guide.presentation, toWrite);
    out.paragraph("Heading 1", uiText(call.context, "guide.consent_heading"));
    out.body(project.guide.consent, toWrite);
    out.paragraph("Heading 1", uiText(call.context, "guide.grid_heading"));
    writeGrid(call, out, project);
    out.paragraph("Heading 1", uiText(call.context, "guide.analysis_heading"));
    out.paragraph("Text body", uiText(call.context, "guide.analysis_text"));
    out.paragraph("Heading 1", uiText(call.context, "guide.calendar_heading"));
    writeCalendar(call, out, project);

    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    supplier->getDocumentProperties()->setTitle(title);
    return title;
}

} // namespace

CommandOutcome writeInterviewGuide(CommandCall& call, const GuideEdits& edits)
{
    OpenedProject& opened = *call.project;
    InterviewGuide guide = opened.project.guide;
    if (edits.presentation)
        guide.presentation = *edits.presentation;
    if (edits.consent)
        guide.consent = *edits.consent;
    if (edits.questions)
    {
        Project checked;
        setQuestionGrid(checked, *edits.questions);
        guide.questions = checked.guide.questions;
    }
    if (guide.questions.empty())
        throw Error("guide.empty_grid");
    if (!edits.target.empty() && std::filesystem::exists(edits.target))
        throw Error("transcript.exists", {edits.target.string()});
    if (edits.presentation || edits.consent || edits.questions)
        changeAndSave(opened, [&](Project& project) { project.guide = guide; });

    Reference<css::text::XTextDocument> document = newWriterDocument(call.context, edits.hidden);
    try
    {
        const OUString title = writeGuide(call, document, opened.project);
        if (edits.target.empty())
            return CommandOutcome::done(title);
        Sequence<css::beans::PropertyValue> store(1);
        store[0].Name = "FilterName";
        store[0].Value <<= OUString("writer8");
        Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeAsURL(fileUrlFromPath(edits.target), store);
        return CommandOutcome::done(toOUString(edits.target.string()));
    }
    catch (...)
    {
        closeQuietly(document);
        throw;
    }
}

CommandOutcome interviewGuide(CommandCall& call)
{
    if (call.interactive)
        return runInterviewGuideDialog(call);
    GuideEdits edits;
    edits.presentation = call.arguments.text("Presentation");
    edits.consent = call.arguments.text("Consent");
    if (auto questions = call.arguments.text("Questions"))
        edits.questions = parseQuestionGrid(*questions);
    if (auto target = call.arguments.text("Target"))
    {
        edits.target = pathFromUserText(toOUString(*target));
        if (edits.target.extension().empty())
            edits.target += ".odt";
    }
    edits.hidden = call.arguments.flagOr("Hidden", false);
    return writeInterviewGuide(call, edits);
}

} // namespace ets::uno::commands
