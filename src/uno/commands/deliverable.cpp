// vnd.ets:Deliverable — the deliverable of the exploratory phase, as one new Writer document saved with its PDF:
// a cover (project, date, authors) with the table of contents, the themes and problems as a table, then one
// brief per theme, each on a new page and within two pages.
// Arguments: Themes (";"-separated; default every theme with passages), Folder (default the project folder),
// Pseudonymise, AnonymiseOrganisations, Hidden (close the document once saved). Result: the .odt's path.

#include "office/progress.hpp"
#include "commands/brief_material.hpp"
#include "commands/commands.hpp"
#include "writer/project_transcripts.hpp"
#include "dialogs/message_box.hpp"

#include "calc/spreadsheet.hpp"
#include "core/coding/codebook.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/project/free_file_name.hpp"
#include "core/analysis/tally.hpp"
#include "office/log.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"
#include "writer/brief_writer.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XDocumentIndex.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XRefreshable.hpp>

#include <filesystem>
#include <set>

namespace ets::uno::commands {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;
namespace fs = std::filesystem;

constexpr int kCarriersInTable = 3;
constexpr std::size_t kProblemBytes = 110;  // about two lines of its column

std::string joined(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string result;
    for (const std::string& part : parts)
        result += (result.empty() ? "" : separator) + part;
    return result;
}

// The themes of the deliverable, in the tally's order: the named ones, or every theme with passages.
std::vector<std::string> chosenThemes(const Project& project, const std::vector<std::string>& named)
{
    std::set<std::string> wanted;
    for (const std::string& name : named)
        wanted.insert(requireTheme(project, name).id);
    std::vector<std::string> themes;
    for (const ThemeTally& theme : tallyThemes(project).themes)
        if (wanted.empty() ? theme.passages > 0 : wanted.count(theme.themeId) > 0)
            themes.push_back(theme.name);
    if (themes.empty())
        throw Error("deliverable.no_themes");
    return themes;
}

// The tandem, as the interview cards name them, in order of appearance; the coder when no card names anyone.
std::string authorsOf(const Project& project, const std::string& coder)
{
    std::vector<std::string> authors;
    for (const Interview& interview : project.interviews)
        for (const std::string& person : interview.interviewers)
            if (std::find(authors.begin(), authors.end(), person) == authors.end())
                authors.push_back(person);
    if (authors.empty() && !coder.empty())
        authors.push_back(coder);
    return joined(authors, ", ");
}

void setCell(const Reference<css::table::XCellRange>& cells, sal_Int32 column, sal_Int32 row, const OUString& style,
             const OUString& content)
{
    Reference<css::text::XText> text(cells->getCellByPosition(column, row), UNO_QUERY_THROW);
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)->setPropertyValue("ParaStyleName", Any(style));
    text->insertString(cursor.get(), content, false);
}

// The list of themes and problems: one row per theme with its counts (the tally's) and its best carriers.
void writeThemesTable(CommandCall& call, const Reference<css::text::XTextDocument>& document,
                      const Reference<css::text::XTextCursor>& cursor, const BriefStyles& styles,
                      const std::vector<Brief>& briefs, const Project& project, const Pseudonymiser* pseudonymiser)
{
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
    const sal_Int32 rows = static_cast<sal_Int32>(briefs.size()) + 1;
    table->initialize(rows, 6);
    cursor->getText()->insertTextContent(cursor.get(), table.get(), false);
    Reference<css::beans::XPropertySet> properties(table, UNO_QUERY_THROW);
    properties->setPropertyValue("RepeatHeadline", Any(true));
    // Relative column widths (of 10000): theme, problem, three counts, carriers.
    const sal_Int16 positions[] = {1700, 4100, 5700, 7000, 8100};
    Sequence<css::text::TableColumnSeparator> separators(5);
    for (sal_Int32 i = 0; i < 5; ++i)
        separators[i] = css::text::TableColumnSeparator(positions[i], true);
    properties->setPropertyValue("TableColumnSeparators", Any(separators));

    // A row is read whole: it moves to the next page rather than being cut in two.
    Reference<css::container::XIndexAccess> tableRows(table->getRows(), UNO_QUERY_THROW);
    for (sal_Int32 row = 0; row < tableRows->getCount(); ++row)
        Reference<css::beans::XPropertySet>(tableRows->getByIndex(row), UNO_QUERY_THROW)->setPropertyValue("IsSplitAllowed", Any(false));

    Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
    const char* headers[] = {"deliverable.column_theme", "deliverable.column_problem", "deliverable.column_organisations",
                             "deliverable.column_interviews", "deliverable.column_passages", "deliverable.column_carriers"};
    for (sal_Int32 column = 0; column < 6; ++column)
        setCell(cells, column, 0, styles.tableHeading, uiText(call.context, headers[column]));
    for (std::size_t i = 0; i < briefs.size(); ++i)
    {
        const Brief& brief = briefs[i];
        const sal_Int32 row = static_cast<sal_Int32>(i) + 1;
        const Theme* theme = project.findTheme(brief.themeId);
        std::string problem = oneLineProblem(theme ? theme->description : std::string(), kProblemBytes);
        if (pseudonymiser)
            problem = pseudonymiser->apply(problem);
        std::vector<std::string> carriers;
        for (std::size_t c = 0; c < brief.carriers.size() && c < kCarriersInTable; ++c)
            carriers.push_back(brief.carriers[c].name);
        std::string carrierText = joined(carriers, ", ");
        if (brief.carriers.size() + static_cast<std::size_t>(brief.carriersLeftOut) > carriers.size())
            carrierText += " \xE2\x80\xA6";
        setCell(cells, 0, row, styles.table, toOUString(brief.title));
        setCell(cells, 1, row, styles.table, toOUString(problem));
        setCell(cells, 2, row, styles.table, OUString::number(brief.organisations));
        setCell(cells, 3, row, styles.table, OUString::number(brief.interviews));
        setCell(cells, 4, row, styles.table, OUString::number(brief.passages));
        setCell(cells, 5, row, styles.table, toOUString(carrierText));
    }
}

int lastPage(const Reference<css::text::XTextDocument>& document)
{
    Reference<css::text::XTextViewCursorSupplier> supplier(Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(),
                                                           UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> viewCursor = supplier->getViewCursor();
    viewCursor->gotoRange(document->getText()->getEnd(), false);
    return Reference<css::text::XPageCursor>(viewCursor, UNO_QUERY_THROW)->getPage();
}

void store(const Reference<css::text::XTextDocument>& document, const fs::path& odt, const fs::path& pdf)
{
    Sequence<css::beans::PropertyValue> odtFilter(2);
    odtFilter[0].Name = "FilterName";
    odtFilter[0].Value <<= OUString("writer8");
    // The first page's picture that file managers show: rendering it would cost a third of the save.
    odtFilter[1].Name = "NoThumbnail";
    odtFilter[1].Value <<= true;
    Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
    storable->storeAsURL(fileUrlFromPath(odt), odtFilter);
    Sequence<css::beans::PropertyValue> pdfFilter(1);
    pdfFilter[0].Name = "FilterName";
    pdfFilter[0].Value <<= OUString("writer_pdf_Export");
    storable->storeToURL(fileUrlFromPath(pdf), pdfFilter);
}

struct Written {
    fs::path odt;
    fs::path pdf;
    std::size_t themes = 0;
    int pages = 0;
};

Written writeDeliverable(CommandCall& call, const std::vector<std::string>& themeNames, const fs::path& folder, bool pseudonymise,
                         bool anonymiseOrganisations, bool hidden)
{
    OpenedProject& opened = *call.project;
    for (const std::string& name : themeNames)
        requireTheme(opened.project, name);  // an unknown name is refused before any transcript is read
    std::error_code error;
    fs::create_directories(folder, error);
    if (error || !fs::is_directory(folder))
        throw Error("project.folder_not_writable", {folder.u8string()});

    const Project project = countedProject(call.context, call.frame, opened, uiText(call.context, "deliverable.progress")).project;
    const std::unique_ptr<Pseudonymiser> pseudonymiser = pseudonymiserFor(call, opened, project, pseudonymise, anonymiseOrganisations);
    BriefOptions options;
    options.pseudonymiser = pseudonymiser.get();
    std::vector<Brief> briefs;
    for (const std::string& name : chosenThemes(project, themeNames))
        briefs.push_back(composeBrief(project, name, options));  // every refusal comes before a document exists

    Reference<css::text::XTextDocument> document = newWriterDocument(call.context, hidden);
    Written written;
    try
    {
        // A new document has nothing to undo: recording every paragraph written would only cost time.
        Reference<css::document::XUndoManager> undo =
            Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
        undo->lock();
        useA4Pages(document);
        BriefWriter writer(call.context, document);
        const BriefStyles& styles = writer.styles();
        Reference<css::text::XText> text = document->getText();
        std::vector<WrittenBrief> laidOut;
        {
            Progress progress(call.frame, uiText(call.context, "deliverable.progress"), static_cast<sal_Int32>(briefs.size()));
            Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
            Reference<css::text::XDocumentIndex> contents;
            model->lockControllers();  // no repaint while writing; the layout is measured after
            try
            {
                Reference<css::text::XTextCursor> cursor = writer.emptyParagraphAt(text->getStart());
                writer.paragraph(cursor, styles.cover, toOUString(project.name), true);
                writer.paragraph(cursor, styles.figures, uiText(call.context, "deliverable.subtitle"));
                writer.paragraph(cursor, styles.body, longDate(call.context, today()));
                const std::string authors = authorsOf(project, call.coder);
                if (!authors.empty())
                    writer.paragraph(cursor, styles.body, uiText(call.context, "deliverable.authors", {authors}));
                if (pseudonymise)
                    writer.paragraph(cursor, styles.note, uiText(call.context, "deliverable.pseudonymised"));
                // The table of contents on the cover: the themes heading and each brief's title (outline level 1).
                text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
                contents.set(factory->createInstance("com.sun.star.text.ContentIndex"), UNO_QUERY_THROW);
                Reference<css::beans::XPropertySet> contentsProperties(contents, UNO_QUERY_THROW);
                contentsProperties->setPropertyValue("CreateFromOutline", Any(true));
                contentsProperties->setPropertyValue("Level", Any(sal_Int16(1)));
                contentsProperties->setPropertyValue("Title", Any(uiText(call.context, "deliverable.toc")));
                text->insertTextContent(cursor.get(), contents.get(), false);

                cursor = writer.emptyParagraphAt(text->getEnd());
                writer.paragraph(cursor, styles.title, uiText(call.context, "deliverable.themes_heading"), true);
                text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                writeThemesTable(call, document, cursor, styles, briefs, project, pseudonymiser.get());
                for (std::size_t i = 0; i < briefs.size(); ++i)
                {
                    if (i > 0)
                        text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                    laidOut.push_back(writer.write(cursor, briefs[i]));
                    progress.set(static_cast<sal_Int32>(i + 1), static_cast<sal_Int32>(briefs.size()));
                }
                model->unlockControllers();
            }
            catch (...)
            {
                model->unlockControllers();
                throw;
            }
            // One layout for all briefs; only a brief longer than two pages is laid out again as it is shortened.
            writer.layOut();
            for (WrittenBrief& brief : laidOut)
                if (writer.pages(brief) > kBriefMaxPages)
                    writer.fit(brief);
            Reference<css::util::XRefreshable>(contents, UNO_QUERY_THROW)->refresh();  // fills the table of contents
        }
        const std::string stem = toUtf8(uiText(call.context, "deliverable.file")) + "-" + today();
        written.odt = freeFileName(folder, stem, {".odt", ".pdf"});  // never over an earlier PDF either
        written.pdf = written.odt;
        written.pdf.replace_extension(".pdf");
        written.themes = briefs.size();
        written.pages = lastPage(document);
        undo->unlock();  // the person's own edits of the deliverable are undoable
        store(document, written.odt, written.pdf);
    }
    catch (...)
    {
        closeQuietly(document);  // no half-written deliverable stays open
        throw;
    }
    if (hidden)
        Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
    return written;
}

} // namespace

CommandOutcome deliverable(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    if (call.interactive)
    {
        const bool pseudonymise = askYesNo(call.context, call.frame, uiText(call.context, "deliverable.ask_pseudonymise"));
        const Written written = writeDeliverable(call, {}, opened.folder, pseudonymise, false, false);
        const OUString message = uiText(call.context, "deliverable.done",
                                        {written.odt.u8string(), std::to_string(written.themes), std::to_string(written.pages),
                                         written.pdf.u8string()});
        showMessage(call.context, call.frame, MessageKind::Info, message);
        return CommandOutcome::done(message);
    }
    const fs::path folder =
        call.arguments.has("Folder") ? pathFromUserText(toOUString(call.arguments.textOr("Folder", ""))) : opened.folder;
    const Written written = writeDeliverable(call, splitList(call.arguments.textOr("Themes", "")), folder,
                                             call.arguments.flagOr("Pseudonymise", false),
                                             call.arguments.flagOr("AnonymiseOrganisations", false), call.arguments.flagOr("Hidden", false));
    return CommandOutcome::done(toOUString(written.odt.u8string()));
}

} // namespace ets::uno::commands
