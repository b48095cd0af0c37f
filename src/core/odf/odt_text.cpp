#include "core/odf/odt_text.hpp"

#include "core/odf/zip_archive.hpp"
#include "core/text/error.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <utility>

namespace ets {

namespace {

constexpr const char* kNamespaces = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                                    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                                    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                                    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                                    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                                    " office:version=\"1.2\"";

constexpr const char* kMimeType = "application/vnd.oasis.opendocument.text";

// The style every row and every cell of a table takes: a row is never cut in two (it moves to the next page whole),
// and cells look like those of a table Writer inserts (thin black borders, its padding).
constexpr const char* kRowStyle = "etsRow";
constexpr const char* kCellStyle = "etsCell";

bool bulleted(ParagraphRole role) { return role == ParagraphRole::BriefItem || role == ParagraphRole::ListItem; }

void appendEscaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
}

// Whether XML 1.0 can hold the character at all (tab and line feed are handled apart in a paragraph).
bool xmlCharacter(char32_t c) {
    return c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF) && c <= 0x10FFFF;
}

// An attribute's value (a style's name comes from a catalogue, a bookmark's from the caller): only characters XML
// allows, escaped.
std::string attribute(std::string_view value) {
    std::string text;
    for (std::size_t i = 0; i < value.size();) {
        const CodePoint point = nextCodePoint(value, i);
        if (point.valid && xmlCharacter(point.value))
            appendCodePoint(text, point.value);
    }
    std::string escaped;
    appendEscaped(escaped, text);
    return escaped;
}

std::string millimetres(int hundredths) {
    return std::to_string(hundredths / 100) + "." + std::to_string((hundredths % 100) / 10) +
           std::to_string(hundredths % 10) + "mm";
}

}  // namespace

void appendOdfText(std::string& out, std::string_view text, bool& afterSpace) {
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint point = nextCodePoint(text, i);
        if (!point.valid)
            continue;
        const char32_t c = point.value;
        if (c == ' ') {
            std::size_t run = 1;
            while (i < text.size() && text[i] == ' ') {
                ++run;
                ++i;
            }
            // A space right after another one, or first in the paragraph, would be collapsed: ODF counts it instead.
            if (!afterSpace) {
                out += ' ';
                --run;
            }
            if (run == 1)
                out += "<text:s/>";
            else if (run > 1)
                out += "<text:s text:c=\"" + std::to_string(run) + "\"/>";
            afterSpace = true;
        } else if (c == '\t') {
            out += "<text:tab/>";
            afterSpace = true;
        } else if (c == '\n') {
            out += "<text:line-break/>";
            afterSpace = true;
        } else if (!xmlCharacter(c)) {
            continue;  // XML has no way to say them
        } else {
            if (c == '&')
                out += "&amp;";
            else if (c == '<')
                out += "&lt;";
            else if (c == '>')
                out += "&gt;";
            else
                appendCodePoint(out, c);
            afterSpace = false;
        }
    }
}

OdtText::OdtText(OdtStyleNames names, std::string typography, int textWidth, std::string stylesXml)
    : names_(std::move(names)), typography_(std::move(typography)), textWidth_(textWidth),
      stylesXml_(std::move(stylesXml)), styles_(OdfStyles::read(stylesXml_)) {}

std::string OdtText::styleName(OdfStyleFamily family, const std::string& displayName) const {
    std::optional<std::string> name = styles_.name(family, displayName);
    // The office made the styles.xml with every style the text takes: one missing is the extension's own mistake,
    // which a plain paragraph in its place would hide.
    if (!name)
        throw Error("document.prepare_failed", {displayName});
    return attribute(*name);
}

void OdtText::count(std::string_view text) {
    ++counted_.paragraphs;
    bool inToken = false;
    bool tokenIsWord = false;  // a run of marks alone (« : », « – ») is no word, as Writer counts
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint point = nextCodePoint(text, i);
        if (!point.valid)
            continue;
        const char32_t c = point.value;
        ++counted_.characters;
        // Spaces of every kind part words (the no-break ones French typography puts before « : » too).
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == 0x00A0 || c == 0x202F || c == 0x2009;
        if (space) {
            inToken = false;
            continue;
        }
        ++counted_.nonWhitespaceCharacters;
        if (!inToken)
            tokenIsWord = false;
        inToken = true;
        // ASCII letters and digits, and beyond Latin-1's signs every letter (× ÷ and the punctuation blocks left out).
        const bool letterOrDigit = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                   (c >= 0xC0 && c != 0xD7 && c != 0xF7 && (c < 0x2000 || c > 0x2BFF));
        if (letterOrDigit && !tokenIsWord) {
            tokenIsWord = true;
            ++counted_.words;
        }
    }
}

OdtStatistics OdtText::statistics(int pages) const {
    OdtStatistics statistics = counted_;
    statistics.pages = pages;
    return statistics;
}

void OdtText::startPage(const std::string& masterPage) { pendingMasterPage_ = masterPage; }

void OdtText::markHeadings(std::string prefix) { headingPrefix_ = std::move(prefix); }

void OdtText::contents(const std::string& title) {
    closeList();
    contentsAt_ = body_.size();
    contentsTitle_ = title;
}

void OdtText::headingPages(std::vector<int> pages) { headingPages_ = std::move(pages); }

void OdtText::closeList() {
    if (inList_)
        body_ += "</text:list>";
    inList_ = false;
}

void OdtText::paragraph(const Paragraph& composed, std::string_view bookmark) {
    const Paragraph paragraph = typography_.empty() ? composed : typesetParagraph(composed, typography_);
    count(paragraph.text);
    const bool item = bulleted(paragraph.role);
    if (!item)
        closeList();
    else if (!inList_) {
        body_ += "<text:list text:style-name=\"" + styleName(OdfStyleFamily::List, names_.list) + "\">";
        inList_ = true;
    }
    if (item)
        body_ += "<text:list-item>";
    // A heading is written as one: Writer gives a plain paragraph no outline level, whatever its style says, and the
    // table of contents would miss it.
    const int level = outlineLevel(paragraph.role);
    const std::string element = level > 0 ? "text:h" : "text:p";
    std::string style = styleName(OdfStyleFamily::Paragraph, names_.paragraph(paragraph.role));
    if (!pendingMasterPage_.empty()) {
        // A page style starts with a paragraph whose (automatic) style names it.
        const std::string starts = "etsPage" + std::to_string(++pageStarts_);
        automaticStyles_ += "<style:style style:name=\"" + starts + "\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"" + style + "\" style:master-page-name=\"" +
                            styleName(OdfStyleFamily::MasterPage, pendingMasterPage_) +
                            "\"><style:paragraph-properties style:page-number=\"auto\"/></style:style>";
        style = starts;
        pendingMasterPage_.clear();
    }
    body_ += "<" + element + " text:style-name=\"" + style + "\"" +
             (level > 0 ? " text:outline-level=\"" + std::to_string(level) + "\"" : std::string()) + ">";
    if (level == 1) {
        headingTexts_.push_back(paragraph.text);
        headingMarks_.push_back(headingPrefix_.empty() ? std::string()
                                                       : headingPrefix_ + std::to_string(headingMarks_.size() + 1));
        if (!headingMarks_.back().empty())
            body_ += "<text:bookmark text:name=\"" + attribute(headingMarks_.back()) + "\"/>";
    }
    if (!bookmark.empty())
        body_ += "<text:bookmark text:name=\"" + attribute(bookmark) + "\"/>";
    const std::string_view text = paragraph.text;
    bool afterSpace = true;
    if (paragraph.span && paragraph.span->start < text.size() && paragraph.span->length > 0) {
        const std::size_t start = paragraph.span->start;
        const std::size_t length = std::min(paragraph.span->length, text.size() - start);
        appendOdfText(body_, text.substr(0, start), afterSpace);
        body_ += "<text:span text:style-name=\"" +
                 styleName(OdfStyleFamily::Text, names_.character(paragraph.span->role)) + "\">";
        appendOdfText(body_, text.substr(start, length), afterSpace);
        body_ += "</text:span>";
        appendOdfText(body_, text.substr(start + length), afterSpace);
    } else {
        appendOdfText(body_, text, afterSpace);
    }
    body_ += "</" + element + ">";
    if (item)
        body_ += "</text:list-item>";
}

void OdtText::paragraphs(const std::vector<Paragraph>& paragraphs) {
    for (const Paragraph& one : paragraphs)
        paragraph(one);
}

void OdtText::table(const ParagraphTable& table) {
    if (table.rows.empty())
        return;
    closeList();
    const std::string name = "etsT" + std::to_string(++tables_);
    ++counted_.tables;
    if (tables_ == 1)
        automaticStyles_ += std::string("<style:style style:name=\"") + kRowStyle +
                            "\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/>"
                            "</style:style><style:style style:name=\"" +
                            kCellStyle +
                            "\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.97mm\" "
                            "fo:border=\"0.5pt solid #000000\"/></style:style>";
    automaticStyles_ += "<style:style style:name=\"" + name +
                        "\" style:family=\"table\"><style:table-properties style:width=\"" + millimetres(textWidth_) +
                        "\" table:align=\"margins\"/></style:style>";
    // Columns end at relative positions of 10000 (ParagraphTable::columnEnds).
    std::vector<int> ends = table.columnEnds;
    ends.push_back(10000);
    const std::size_t columns = ends.size();
    body_ += "<table:table table:name=\"" + name + "\" table:style-name=\"" + name + "\">";
    int from = 0;
    for (std::size_t column = 0; column < columns; ++column) {
        const std::string columnStyle = name + "." + std::to_string(column + 1);
        const int width = std::max(1, ends[column] - from);
        from = ends[column];
        automaticStyles_ +=
            "<style:style style:name=\"" + columnStyle +
            "\" style:family=\"table-column\"><style:table-column-properties style:rel-column-width=\"" +
            std::to_string(width) + "*\"/></style:style>";
        body_ += "<table:table-column table:style-name=\"" + columnStyle + "\"/>";
    }
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        if (row == 0)
            body_ += "<table:table-header-rows>";
        body_ += std::string("<table:table-row table:style-name=\"") + kRowStyle + "\">";
        for (std::size_t column = 0; column < columns; ++column) {
            body_ +=
                std::string("<table:table-cell table:style-name=\"") + kCellStyle + "\" office:value-type=\"string\">";
            const std::vector<Paragraph>& cells = table.rows[row];
            Paragraph cell = column < cells.size() ? cells[column] : Paragraph(ParagraphRole::TableText, "");
            if (bulleted(cell.role))
                cell.role = ParagraphRole::TableText;  // a list inside a cell is not what a table of themes shows
            paragraph(cell);
            body_ += "</table:table-cell>";
        }
        body_ += "</table:table-row>";
        if (row == 0)
            body_ += "</table:table-header-rows>";
    }
    body_ += "</table:table>";
}

std::string OdtText::contentsXml() const {
    // As Writer writes its own: the source (outline level 1, each entry a link, the page after a dotted tab) that
    // « Update » rebuilds it from, and the entries as of now.
    const std::string title = attribute(contentsTitle_);
    const std::string heading = styleName(OdfStyleFamily::Paragraph, names_.contentsHeading);
    const std::string entry = styleName(OdfStyleFamily::Paragraph, names_.contentsEntry);
    const std::string link = styleName(OdfStyleFamily::Text, names_.contentsLink);
    std::string xml = "<text:table-of-content text:style-name=\"etsContents\" text:protected=\"true\" text:name=\"" +
                      title + "\"><text:table-of-content-source text:outline-level=\"1\">"
                      "<text:index-title-template text:style-name=\"" + heading + "\">" + title +
                      "</text:index-title-template><text:table-of-content-entry-template text:outline-level=\"1\" "
                      "text:style-name=\"" + entry + "\"><text:index-entry-link-start text:style-name=\"" + link +
                      "\"/><text:index-entry-chapter/><text:index-entry-text/><text:index-entry-tab-stop "
                      "style:type=\"right\" style:leader-char=\".\"/><text:index-entry-page-number/>"
                      "<text:index-entry-link-end/></text:table-of-content-entry-template>"
                      "</text:table-of-content-source><text:index-body><text:index-title text:style-name=\"etsContents\" "
                      "text:name=\"" + title + "_Head\"><text:p text:style-name=\"" + heading + "\">" + title +
                      "</text:p></text:index-title>";
    for (std::size_t i = 0; i < headingTexts_.size(); ++i) {
        xml += "<text:p text:style-name=\"etsContentsEntry\">";
        const bool linked = !headingMarks_[i].empty();
        if (linked)
            xml += "<text:a xlink:type=\"simple\" xlink:href=\"#" + attribute(headingMarks_[i]) +
                   "\" text:style-name=\"" + link + "\" text:visited-style-name=\"" + link + "\">";
        bool afterSpace = true;
        appendOdfText(xml, headingTexts_[i], afterSpace);
        xml += "<text:tab/>";
        if (i < headingPages_.size() && headingPages_[i] > 0)
            xml += std::to_string(headingPages_[i]);
        if (linked)
            xml += "</text:a>";
        xml += "</text:p>";
    }
    xml += "</text:index-body></text:table-of-content>";
    return xml;
}

std::string OdtText::contentXml() const {
    std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") +
                      kNamespaces + "><office:automatic-styles>";
    xml += automaticStyles_;
    std::string body = body_;
    if (inList_)
        body += "</text:list>";
    if (contentsAt_ != std::string::npos) {
        // A protected section of one column; its entries with the page number at the right margin, after dots.
        xml += "<style:style style:name=\"etsContents\" style:family=\"section\"><style:section-properties "
               "style:editable=\"false\"><style:columns fo:column-count=\"1\" fo:column-gap=\"0mm\"/>"
               "</style:section-properties></style:style><style:style style:name=\"etsContentsEntry\" "
               "style:family=\"paragraph\" style:parent-style-name=\"" +
               styleName(OdfStyleFamily::Paragraph, names_.contentsEntry) +
               "\"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"" +
               millimetres(textWidth_) +
               "\" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
               "</style:paragraph-properties></style:style>";
        body.insert(contentsAt_, contentsXml());
    }
    xml += "</office:automatic-styles><office:body><office:text>";
    xml += body;
    xml += "</office:text></office:body></office:document-content>";
    return xml;
}

std::string OdtText::package(const std::string& metaXml) const {
    const std::string mimeType = kMimeType;
    const std::string manifest =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
                    "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"") +
        kMimeType +
        "\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    const std::string content = contentXml();
    // The mimetype first and stored: that is how a reader knows an ODF package from its first bytes.
    return zipArchive({{"mimetype", &mimeType, true},
                       {"META-INF/manifest.xml", &manifest},
                       {"content.xml", &content},
                       {"styles.xml", &stylesXml_},
                       {"meta.xml", &metaXml}});
}

std::string odtMetaXml(const std::string& generator, const std::string& created, const OdtStatistics& statistics) {
    const auto figure = [](const char* name, int value) {
        return std::string(" meta:") + name + "=\"" + std::to_string(value) + "\"";
    };
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta><meta:generator>" +
           attribute(generator) + "</meta:generator><meta:creation-date>" + attribute(created) +
           "</meta:creation-date><dc:date>" + attribute(created) + "</dc:date><meta:document-statistic" +
           figure("table-count", statistics.tables) + figure("image-count", 0) + figure("object-count", 0) +
           figure("page-count", statistics.pages) + figure("paragraph-count", statistics.paragraphs) +
           figure("word-count", statistics.words) + figure("character-count", statistics.characters) +
           figure("non-whitespace-character-count", statistics.nonWhitespaceCharacters) +
           "/></office:meta></office:document-meta>";
}

}  // namespace ets
