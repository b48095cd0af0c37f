#include "core/odf/odt_body.hpp"

#include "core/text/error.hpp"

#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <utility>

namespace ets {
namespace {

bool is(const xmlNode* node, const char* space, const char* name) { return isOdfElement(node, space, name); }

// Blocks whose paragraphs Writer's enumeration of the body does not give: a paragraph after one of them has its
// "previous paragraph" inside it.
bool tableLike(const xmlNode* node) {
    return is(node, kOdfTable, "table") || is(node, kOdfText, "table-of-content");
}

bool inDrawNamespace(const xmlNode* node) {
    return node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), kOdfDraw) == 0;
}

// What is not the body's running text: comments, notes (but for their label), frames and shapes (their text is their
// own), tables, the declarations, and a heading's text:number (the label a producer may write out, which LibreOffice's
// import skips).
bool leftOut(const xmlNode* node) {
    return tableLike(node) || inDrawNamespace(node) || is(node, kOdfOffice, "annotation") ||
           is(node, kOdfOffice, "annotation-end") || is(node, kOdfText, "note") ||
           is(node, kOdfText, "tracked-changes") || is(node, kOdfText, "sequence-decls") ||
           is(node, kOdfText, "variable-decls") || is(node, kOdfText, "number");
}

bool isBookmark(const xmlNode* node) {
    return is(node, kOdfText, "bookmark") || is(node, kOdfText, "bookmark-start") ||
           is(node, kOdfText, "bookmark-end");
}

class BodyReader {
public:
    BodyReader(const std::string& name, const OdtLimits& limits) : name_(name), limits_(limits) {}

    OdtBody read(const xmlNode* text) {
        std::vector<std::pair<const xmlNode*, std::size_t>> pending;
        for (const xmlNode* child = text->last; child; child = child->prev)
            pending.push_back({child, 1});
        bool afterTable = false;
        while (!pending.empty()) {
            const auto [node, depth] = pending.back();
            pending.pop_back();
            if (node->type != XML_ELEMENT_NODE)
                continue;
            if (leftOut(node)) {
                if (is(node, kOdfText, "tracked-changes") && hasElement(node))
                    body_.trackedChanges = true;
                afterTable = afterTable || tableLike(node);
                setAside(node, depth);
                continue;
            }
            if (is(node, kOdfText, "p") || is(node, kOdfText, "h")) {
                paragraph(node, depth);
                body_.afterTable.push_back(afterTable);
                afterTable = false;
                continue;
            }
            if (isBookmark(node)) {  // between paragraphs: not where ODF puts one
                unplaced_.insert(odfAttribute(node, kOdfText, "name"));
                continue;
            }
            tooDeep(depth);
            for (const xmlNode* child = node->last; child; child = child->prev)
                pending.push_back({child, depth + 1});
        }
        for (const auto& [bookmarkName, start] : open_)
            unplaced_.insert(bookmarkName);  // never ended
        std::stable_sort(body_.bookmarks.begin(), body_.bookmarks.end(), [](const OdtBookmark& a, const OdtBookmark& b) {
            return std::make_pair(a.startParagraph, a.startByte) < std::make_pair(b.startParagraph, b.startByte);
        });
        body_.unplaced.assign(unplaced_.begin(), unplaced_.end());
        return std::move(body_);
    }

private:
    void tooDeep(std::size_t depth) const {
        if (depth >= limits_.maxDepth)
            throw Error("odt.unreadable", {name_});
    }

    static bool hasElement(const xmlNode* node) {
        for (const xmlNode* child = node->children; child; child = child->next)
            if (child->type == XML_ELEMENT_NODE)
                return true;
        return false;
    }

    // The bookmarks of a part this reader does not place (a table, a frame, a note, a comment).
    void setAside(const xmlNode* part, std::size_t depth) {
        std::vector<std::pair<const xmlNode*, std::size_t>> pending{{part, depth}};
        while (!pending.empty()) {
            const auto [node, level] = pending.back();
            pending.pop_back();
            if (node->type != XML_ELEMENT_NODE)
                continue;
            if (isBookmark(node))
                unplaced_.insert(odfAttribute(node, kOdfText, "name"));
            tooDeep(level);
            for (const xmlNode* child = node->last; child; child = child->prev)
                pending.push_back({child, level + 1});
        }
    }

    // A note's label as the file writes it (text:note-citation): the number or the label Writer shows.
    static std::string citation(const xmlNode* note) {
        for (const xmlNode* child = note->children; child; child = child->next) {
            if (!is(child, kOdfText, "note-citation"))
                continue;
            xmlChar* content = xmlNodeGetContent(child);
            std::string label = content ? reinterpret_cast<const char*>(content) : "";
            xmlFree(content);
            return label;
        }
        return {};
    }

    // Character data as LibreOffice's import takes it: each space, tab, CR or LF is a space, and a space after a
    // space (or at the paragraph's start) is dropped; text:s, text:tab and text:line-break write theirs out.
    void characters(std::string& text, const char* data) {
        for (const char* c = data; *c; ++c) {
            if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') {
                if (!ignoreSpace_)
                    text += ' ';
                ignoreSpace_ = true;
            } else {
                text += *c;
                ignoreSpace_ = false;
            }
        }
    }

    void bookmark(const xmlNode* node, std::size_t at) {
        const std::string bookmarkName = odfAttribute(node, kOdfText, "name");
        const std::size_t paragraph = body_.paragraphs.size();
        const bool start = !is(node, kOdfText, "bookmark-end");
        const bool end = !is(node, kOdfText, "bookmark-start");
        if (start && (open_.count(bookmarkName) || !placed_.insert(bookmarkName).second)) {
            unplaced_.insert(bookmarkName);  // the same name twice: Writer renames one of them
            return;
        }
        if (start)
            open_[bookmarkName] = {paragraph, at};
        if (!end)
            return;
        const auto opened = open_.find(bookmarkName);
        if (opened == open_.end()) {
            unplaced_.insert(bookmarkName);  // an end without its start
            return;
        }
        body_.bookmarks.push_back(
            OdtBookmark{bookmarkName, opened->second.first, opened->second.second, paragraph, at});
        open_.erase(opened);
    }

    // One paragraph's text and bookmarks, walked without recursion (its spans may nest).
    void paragraph(const xmlNode* paragraph, std::size_t depth) {
        std::string text;
        ignoreSpace_ = true;
        std::vector<std::pair<const xmlNode*, std::size_t>> pending;
        for (const xmlNode* child = paragraph->last; child; child = child->prev)
            pending.push_back({child, depth + 1});
        while (!pending.empty()) {
            const auto [node, level] = pending.back();
            pending.pop_back();
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                if (node->content)
                    characters(text, reinterpret_cast<const char*>(node->content));
                continue;
            }
            if (node->type != XML_ELEMENT_NODE)
                continue;
            if (is(node, kOdfText, "note"))
                text += citation(node);  // Writer's text gives a footnote's or endnote's label where it stands
            if (leftOut(node)) {
                setAside(node, level);
                continue;
            }
            if (isBookmark(node)) {
                bookmark(node, text.size());
                continue;
            }
            if (is(node, kOdfText, "s")) {
                const std::string count = odfAttribute(node, kOdfText, "c");
                const long spaces = count.empty() ? 1 : std::strtol(count.c_str(), nullptr, 10);
                text.append(static_cast<std::size_t>(spaces > 0 && spaces < 10000 ? spaces : 1), ' ');
                ignoreSpace_ = false;
                continue;
            }
            if (is(node, kOdfText, "tab") || is(node, kOdfText, "line-break")) {
                text += is(node, kOdfText, "tab") ? '\t' : '\n';
                ignoreSpace_ = false;
                continue;
            }
            tooDeep(level);
            for (const xmlNode* child = node->last; child; child = child->prev)
                pending.push_back({child, level + 1});
        }
        body_.paragraphs.push_back(std::move(text));
    }

    const std::string& name_;
    const OdtLimits& limits_;
    OdtBody body_;
    bool ignoreSpace_ = true;
    std::map<std::string, std::pair<std::size_t, std::size_t>> open_;  // started, not ended yet
    std::set<std::string> placed_;
    std::set<std::string> unplaced_;
};

}  // namespace

OdtBody odtBodyFromXml(const std::string& xml, const std::string& name, const OdtLimits& limits) {
    const ParsedOdfXml document = parseOdfXml(xml, name, limits);
    const xmlNode* root = xmlDocGetRootElement(document.get());
    for (const xmlNode* part = root->children; part; part = part->next)
        if (is(part, kOdfOffice, "body"))
            for (const xmlNode* text = part->children; text; text = text->next)
                if (is(text, kOdfOffice, "text"))
                    return BodyReader(name, limits).read(text);
    return {};
}

}  // namespace ets
