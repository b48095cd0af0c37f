#include "writer/invoice_writer.hpp"

#include "core/text/typography.hpp"
#include "office/strings.hpp"
#include "writer/brief_styles.hpp"
#include "writer/new_document.hpp"
#include "writer/paragraph_writer.hpp"
#include "writer/pdf_export.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <system_error>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// The text's language, for spelling and hyphenation: the invoice is written in the catalogue's language.
void useLanguage(const Reference<css::text::XTextDocument>& document, const std::string& language) {
    if (language == "fr") {
        useFrenchText(document);
        return;
    }
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> defaults(factory->createInstance("com.sun.star.text.Defaults"),
                                                 UNO_QUERY_THROW);
    defaults->setPropertyValue(
        "CharLocale", Any(language == "nl" ? css::lang::Locale("nl", "BE", "") : css::lang::Locale("en", "GB", "")));
}

// Every column but the first holds hours or amounts: set to the right, as figures are read.
void alignFigures(const Reference<css::text::XTextDocument>& document) {
    Reference<css::container::XIndexAccess> tables(
        Reference<css::text::XTextTablesSupplier>(document, UNO_QUERY_THROW)->getTextTables(), UNO_QUERY_THROW);
    for (sal_Int32 t = 0; t < tables->getCount(); ++t) {
        Reference<css::text::XTextTable> table(tables->getByIndex(t), UNO_QUERY_THROW);
        Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
        const sal_Int32 rows = Reference<css::container::XIndexAccess>(table->getRows(), UNO_QUERY_THROW)->getCount();
        const sal_Int32 columns =
            Reference<css::container::XIndexAccess>(table->getColumns(), UNO_QUERY_THROW)->getCount();
        for (sal_Int32 row = 0; row < rows; ++row)
            for (sal_Int32 column = 1; column < columns; ++column) {
                Reference<css::text::XText> cell(cells->getCellByPosition(column, row), UNO_QUERY_THROW);
                Reference<css::text::XTextCursor> cursor = cell->createTextCursor();
                cursor->gotoStart(false);
                cursor->gotoEnd(true);
                Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
                    ->setPropertyValue("ParaAdjust", Any(sal_Int16(css::style::ParagraphAdjust_RIGHT)));
            }
    }
}

void removeQuietly(const std::filesystem::path& file) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
}

}  // namespace

void writeInvoice(const Reference<css::uno::XComponentContext>& context, const InvoiceDocument& invoice,
                  const std::string& language, const std::filesystem::path& odt, const std::filesystem::path& pdf) {
    Reference<css::text::XTextDocument> document = newWriterDocument(context, true);
    try {
        useA4Pages(document);
        useLanguage(document, language);
        const ParagraphWriter writer(std::nullopt, true, language);
        Reference<css::text::XText> text = document->getText();
        Reference<css::text::XTextCursor> cursor = text->createTextCursor();
        bool first = true;
        bool afterTable = false;
        for (const InvoiceBlock& block : invoice.blocks) {
            if (block.paragraph) {
                const ParagraphMark start = writer.write(cursor, *block.paragraph, first);
                Reference<css::beans::XPropertySet> look(start, UNO_QUERY_THROW);
                if (afterTable)  // a line between a table and the text under it, as between paragraphs
                    look->setPropertyValue("ParaTopMargin", Any(sal_Int32(250)));
                if (block.tight)
                    look->setPropertyValue("ParaBottomMargin", Any(sal_Int32(0)));
                first = false;
                afterTable = false;
            } else if (block.table && !block.table->rows.empty()) {
                // A table goes after the paragraph written last, and the text goes on after it.
                text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                writer.writeTable(document, cursor, *block.table);
                cursor->gotoEnd(false);
                first = true;  // the cursor is in the empty paragraph after the table
                afterTable = true;
            }
        }
        alignFigures(document);
        Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->setTitle(toOUString(typeset(invoice.title, language)));
        storeAsOdt(document, odt);
        exportPdf(document, pdf);
        closeQuietly(document);
    } catch (...) {
        closeQuietly(document);
        removeQuietly(odt);
        removeQuietly(pdf);
        throw;
    }
}

}  // namespace ets::uno
