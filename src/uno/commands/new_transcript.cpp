// vnd.ets:NewTranscript — a new Writer transcript from the ETS template, carrying its interview card,
// recorded in the project. Arguments: those of RecordInterview, plus File (file name) and Folder
// (default: the project's transcripts/ folder) to save it, and Hidden (boolean, for macros).
// Result: the saved file's path, or the interview's id when the document was not saved.

#include "commands/commands.hpp"
#include "commands/interview_form.hpp"

#include "core/text/error.hpp"
#include "writer/transcript_card.hpp"
#include "office/log.hpp"
#include "core/project/opened_project.hpp"
#include "core/project/opened_project.hpp"
#include "writer/transcript_template.hpp"
#include "office/strings.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <system_error>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

std::filesystem::path withOdtExtension(std::filesystem::path file)
{
    if (file.extension().empty())
        file += ".odt";
    return file;
}

// Where the interactive command saves: transcripts/<organisation>-<date>.odt, numbered when taken.
std::filesystem::path freeDefaultTarget(const OpenedProject& opened, const InterviewCard& card)
{
    const std::filesystem::path first = opened.folder / "transcripts" / transcriptFileName(card);
    std::filesystem::path candidate = first;
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = first.parent_path() / (first.stem().string() + "-" + std::to_string(n) + ".odt");
    return candidate;
}

// Empty when the macro asked for no file.
std::filesystem::path targetFromArguments(const OpenedProject& opened, const Arguments& arguments, const InterviewCard& card)
{
    const auto file = arguments.text("File");
    const auto folder = arguments.text("Folder");
    if (!file && !folder)
        return {};
    const std::filesystem::path directory = folder ? pathFromUserText(toOUString(*folder)) : opened.folder / "transcripts";
    return withOdtExtension(directory / (file ? pathFromUserText(toOUString(*file)) : std::filesystem::path(transcriptFileName(card))));
}

CommandOutcome create(CommandCall& call, OpenedProject& opened, InterviewCard card, const std::filesystem::path& target,
                      bool hidden)
{
    card = canonicalCard(opened.project, card); // nothing is created for a card that would be refused
    if (!target.empty() && std::filesystem::exists(target))
        throw Error("transcript.exists", {target.string()});
    card.transcript = transcriptPathInProject(target, opened.folder);
    Project checked = opened.project;
    const std::string id = ets::recordInterview(checked, card, "").id;

    Reference<css::text::XTextDocument> document = newWriterDocument(call.context, hidden);
    bool stored = false;
    try
    {
        buildTranscriptTemplate(call.context, document, card, opened.project.guide.questions);
        writeCardProperties(document, cardToProperties(card, id));
        if (!target.empty())
        {
            std::error_code error;
            std::filesystem::create_directories(target.parent_path(), error);
            if (error)
                throw Error("project.folder_not_writable", {target.parent_path().string()});
            Sequence<css::beans::PropertyValue> store(1);
            store[0].Name = "FilterName";
            store[0].Value <<= rtl::OUString("writer8");
            Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeAsURL(fileUrlFromPath(target), store);
            stored = true;
        }
        changeAndSave(opened, [&](Project& project) { ets::recordInterview(project, card, id); });
    }
    catch (...)
    {
        // Nothing half-made stays behind: no window, no file the project does not know.
        closeQuietly(document);
        if (stored)
        {
            std::error_code ignored; // the file may already be gone; the first failure is the one reported
            std::filesystem::remove(target, ignored);
        }
        throw;
    }
    return CommandOutcome::done(toOUString(target.empty() ? id : target.string()));
}

} // namespace

CommandOutcome newTranscript(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    if (call.interactive)
        return runCardDialog(call, opened.project, InterviewCard{}, [&](const InterviewCard& card) {
            return create(call, opened, card, freeDefaultTarget(opened, card), false);
        });
    const InterviewCard card = cardFromArguments(call.arguments, InterviewCard{});
    return create(call, opened, card, targetFromArguments(opened, call.arguments, card), call.arguments.flagOr("Hidden", false));
}

} // namespace ets::uno::commands
