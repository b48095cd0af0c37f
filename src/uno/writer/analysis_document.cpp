#include "writer/analysis_document.hpp"

#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/brief_styles.hpp"
#include "writer/new_document.hpp"
#include "writer/paragraph_writer.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <map>
#include <system_error>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace fs = std::filesystem;

namespace {

struct BodyParagraph {
    Reference<css::text::XTextContent> content;
    Reference<css::text::XTextRange> range;
    bool heading = false;
    std::string text;
};

std::vector<BodyParagraph> bodyParagraphs(const Reference<css::uno::XComponentContext>& context,
                                          const Reference<css::text::XTextDocument>& document) {
    const OUString headingStyle = uiText(context, "brief.style.heading");
    const OUString titleStyle = uiText(context, "brief.style.title");
    std::vector<BodyParagraph> result;
    Reference<css::container::XEnumerationAccess> access(document->getText(), UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> paragraphs = access->createEnumeration();
    while (paragraphs->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(paragraphs->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph"))
            continue;  // a table: evidence, never a heading
        BodyParagraph paragraph;
        paragraph.content.set(info, UNO_QUERY);
        paragraph.range.set(info, UNO_QUERY);
        Reference<css::beans::XPropertySet> properties(info, UNO_QUERY);
        sal_Int16 level = 0;
        OUString style;
        if (properties.is()) {
            properties->getPropertyValue("OutlineLevel") >>= level;
            properties->getPropertyValue("ParaStyleName") >>= style;
        }
        paragraph.heading = level > 0 || style == headingStyle || style == titleStyle;
        paragraph.text = paragraph.range.is() ? toUtf8(paragraph.range->getString()) : std::string();
        result.push_back(std::move(paragraph));
    }
    return result;
}

}  // namespace

Reference<css::text::XTextDocument> createAnalysisDocument(const Reference<css::uno::XComponentContext>& context,
                                                           const Project& project, const Theme& theme,
                                                           const fs::path& file, bool hidden) {
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    if (error || !fs::is_directory(file.parent_path()))
        throw Error("project.folder_not_writable", {file.parent_path().u8string()});
    const std::vector<Paragraph> paragraphs = analysisDocumentParagraphs(project, theme, uiCatalogue(context));
    Reference<css::text::XTextDocument> document = newWriterDocument(context, hidden);
    try {
        useA4Pages(document);
        ParagraphWriter writer(ensureBriefStyles(context, document), false, uiCatalogue(context).language());
        writer.linkPassagesIn(file.parent_path().parent_path());  // analyses/<theme>.odt lies in the project folder
        writer.write(emptyParagraphAt(document->getText()->getStart()), paragraphs, true);
        storeAsOdt(document, file);
    } catch (...) {
        closeQuietly(document);
        throw;
    }
    return document;
}

Reference<css::text::XTextDocument> openAnalysisDocument(const Reference<css::uno::XComponentContext>& context,
                                                         const fs::path& file, bool hidden, bool& loadedHere) {
    loadedHere = false;
    if (Reference<css::text::XTextDocument> open = openTextDocument(context, file); open.is())
        return open;
    Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "Hidden";
    arguments[0].Value <<= hidden;
    Reference<css::text::XTextDocument> document;
    try {
        document.set(css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(file), "_blank", 0,
                                                                                arguments),
                     UNO_QUERY);
    } catch (const css::uno::Exception&) {
        // Said below, with the path.
    }
    if (!document.is())
        throw Error("transcript.unreadable", {file.u8string()});
    loadedHere = true;
    return document;
}

std::vector<DocumentLine> analysisDocumentLines(const Reference<css::uno::XComponentContext>& context,
                                                const Reference<css::text::XTextDocument>& document) {
    std::vector<DocumentLine> lines;
    for (const BodyParagraph& paragraph : bodyParagraphs(context, document))
        lines.push_back({paragraph.heading, paragraph.text});
    return lines;
}

void writeAnalysisParts(const Reference<css::uno::XComponentContext>& context,
                        const Reference<css::text::XTextDocument>& document,
                        const std::vector<std::pair<AnalysisPart, std::string>>& parts) {
    const Catalogue& texts = uiCatalogue(context);
    ParagraphWriter writer(ensureBriefStyles(context, document));
    for (const auto& [part, text] : parts) {
        const std::string heading = nameKey(partHeading(part, texts));
        const std::string english = nameKey(toString(part));
        std::vector<BodyParagraph> paragraphs = bodyParagraphs(context, document);
        std::size_t at = paragraphs.size();
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            if (paragraphs[i].heading &&
                (nameKey(paragraphs[i].text) == heading || nameKey(paragraphs[i].text) == english)) {
                at = i;
                break;
            }
        std::vector<Paragraph> lines;
        std::size_t start = 0;
        do {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            lines.push_back({ParagraphRole::BriefBody, text.substr(start, end - start), std::nullopt});
            start = end + 1;
        } while (start < text.size());
        Reference<css::text::XText> body = document->getText();
        const Paragraph headingParagraph{ParagraphRole::BriefHeading, partHeading(part, texts), std::nullopt};
        if (at == paragraphs.size()) {
            // The heading was removed: it comes back before the evidence (or at the end).
            const std::string evidence = nameKey(texts.text("analysis.evidence"));
            std::size_t before = paragraphs.size();
            for (std::size_t i = 0; i < paragraphs.size(); ++i)
                if (paragraphs[i].heading && nameKey(paragraphs[i].text) == evidence) {
                    before = i;
                    break;
                }
            if (before < paragraphs.size()) {
                Reference<css::text::XTextCursor> cursor =
                    body->createTextCursorByRange(paragraphs[before].range->getStart());
                body->insertControlCharacter(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                                             css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoPreviousParagraph(false);
                writer.write(cursor, headingParagraph, true);
                writer.write(cursor, lines);
            } else {
                Reference<css::text::XTextCursor> cursor = body->createTextCursorByRange(body->getEnd());
                writer.write(cursor, headingParagraph);
                writer.write(cursor, lines);
            }
            continue;
        }
        // The paragraphs under the heading up to the next heading go; the part's lines take their place.
        std::size_t end = at + 1;
        while (end < paragraphs.size() && !paragraphs[end].heading)
            ++end;
        for (std::size_t i = end; i-- > at + 2;)
            body->removeTextContent(paragraphs[i].content);
        if (at + 1 < end) {
            paragraphs[at + 1].range->setString(OUString());
            writer.write(body->createTextCursorByRange(paragraphs[at + 1].range->getStart()), lines, true);
        } else {
            writer.write(body->createTextCursorByRange(paragraphs[at].range->getEnd()), lines);
        }
    }
}

namespace {

AnalysisRead readAnalysisDocument(const Reference<css::uno::XComponentContext>& context, const fs::path& file,
                                  const Catalogue& texts) {
    // Open here, it may hold the researcher's unsaved words: read from Writer. Closed, it is read from its file, which
    // costs milliseconds where loading it in Writer cost a second (a deliverable reads forty of them).
    Reference<css::text::XTextDocument> document = openTextDocument(context, file);
    if (!document.is()) {
        try {
            return readAnalysisParts(analysisLines(readOdtParagraphs(file), texts), texts);
        } catch (const Error&) {
            // Not an .odt LibreOffice wrote (a .docx renamed, a file damaged): Writer tries, and says so if it cannot.
        }
    }
    bool loadedHere = false;
    document = openAnalysisDocument(context, file, true, loadedHere);
    AnalysisRead read;
    try {
        read = readAnalysisParts(analysisDocumentLines(context, document), texts);
    } catch (...) {
        if (loadedHere)
            closeQuietly(document);
        throw;
    }
    if (loadedHere)
        closeQuietly(document);
    return read;
}

}  // namespace

AnalysesRead readAnalyses(const Reference<css::uno::XComponentContext>& context, const fs::path& folder,
                          Project project, const std::vector<std::string>& themeIds) {
    AnalysesRead result;
    const Catalogue& texts = uiCatalogue(context);
    for (ThemeAnalysis& analysis : project.analyses) {
        if (analysis.document.empty() ||
            std::find(themeIds.begin(), themeIds.end(), analysis.themeId) == themeIds.end())
            continue;
        const Theme* theme = project.findTheme(analysis.themeId);
        if (!theme)
            continue;
        const fs::path file = folder / fs::u8path(analysis.document);
        std::error_code error;
        if (!fs::exists(file, error)) {
            // A document the researcher had (its parts were written there) and that is gone: read as empty, said.
            if (!writtenParts(&analysis).empty()) {
                for (AnalysisPart part : kAnalysisParts)
                    analysis.part(part).clear();
                result.notes.push_back(texts.text("analysis.document_missing", {theme->name, analysis.document}));
            }
            continue;
        }
        const AnalysisRead read = readAnalysisDocument(context, file, texts);
        for (AnalysisPart part : kAnalysisParts)
            analysis.part(part).clear();
        for (const auto& [part, text] : read.parts)
            analysis.part(part) = text;
        if (!read.missing.empty()) {
            std::vector<std::string> names;
            for (AnalysisPart part : read.missing)
                names.push_back(partHeading(part, texts));
            result.notes.push_back(texts.text("analysis.headings_missing", {theme->name, joined(names, ", ")}));
        }
    }
    result.project = std::move(project);
    return result;
}

}  // namespace ets::uno
