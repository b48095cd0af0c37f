#pragma once
// The researcher's analysis of a theme (issue 12): its kind and five parts, written with vnd.ets:ThemeAnalysis's
// arguments or in the theme's analysis document (analyses/<theme>.odt), which is then the truth: its parts are read
// back from the headings it keeps. Also the marks a researcher puts on passages: key quotes, and the themes a memo
// was written for.

#include "core/layout/paragraphs.hpp"
#include "core/odf/odt_paragraphs.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ets {

// vnd.ets:ThemeAnalysis with arguments.
struct AnalysisEdit {
    std::string theme;                                         // a theme's name
    std::optional<std::string> kind;                           // Knot | Lever | Both (any case)
    std::vector<std::pair<AnalysisPart, std::string>> parts;  // the parts given, as written
};

// Writes the kind and the parts given into the theme's analysis (created when missing). Everything is checked first:
//   args.missing {Theme}, theme.unknown {name}, args.bad_choice {Kind, value, "Knot, Lever, Both"},
//   analysis.nothing {theme}   neither a kind nor a part was given
ThemeAnalysis& editAnalysis(Project& project, const AnalysisEdit& edit);

// The theme's analysis, created (empty, without document) when it has none. Its `document` is set when the analysis
// document is created (vnd.ets:ThemeAnalysis): until then the parts written by arguments are the analysis.
ThemeAnalysis& analysisOf(Project& project, const Theme& theme);

// Where the theme's analysis document lives, relative to the project folder: the one its analysis names (a renamed
// theme keeps its document), else "analyses/<theme's name>.odt" (characters a file name cannot hold replaced by "-").
std::string analysisDocumentPath(const Project& project, const Theme& theme);

// The catalogue's heading of a part ("Le problème", "Ce qui le produit"…): the analysis document and the brief share it.
std::string partHeading(AnalysisPart part, const Catalogue& texts);

// A new analysis document: the theme's name, its kind, one heading per part with the text written so far (an empty
// paragraph where none), then the evidence to write from under its own heading: every passage of the theme (and its
// sub-themes) grouped by organisation (most passages first), each with its interview's date, its memo, the other
// themes it carries and where it is (transcript#anchor), and the counts.
std::vector<Paragraph> analysisDocumentParagraphs(const Project& project, const Theme& theme, const Catalogue& texts);

// A paragraph of an analysis document as read back: whether it is a heading (an outline level, or the extension's
// heading or title style), and its text.
struct DocumentLine {
    bool heading = false;
    std::string text;
};

// The parts found under their headings (a part's text: its paragraphs up to the next heading, joined by a line
// break, trimmed). A heading is recognised by the catalogue's words for it or the part's English name, in any case.
// `missing`: the parts whose heading the document lacks (read as empty).
struct AnalysisRead {
    std::vector<std::pair<AnalysisPart, std::string>> parts;
    std::vector<AnalysisPart> missing;
};
AnalysisRead readAnalysisParts(const std::vector<DocumentLine>& lines, const Catalogue& texts);

// The lines of an analysis document read from its file: a heading is a paragraph with an outline level, or one in the
// brief's heading or title style (its name in the catalogue's language, as the document was made in it).
std::vector<DocumentLine> analysisLines(const std::vector<OdtParagraph>& paragraphs, const Catalogue& texts);

// The parts of an analysis that are written (not blank), in order.
std::vector<AnalysisPart> writtenParts(const ThemeAnalysis* analysis);

// The themes a passage's memo was written for: those the researcher chose (PassageMark::memoThemeIds, kept when the
// passage still carries them); else, for a passage of one theme, that theme; else the passage's themes the memo names
// (case-insensitive); else the one whose name and description share the most words (of five bytes or more) with the
// memo; else the first theme the coder gave the passage. A memo thus never speaks for every theme of a multi-theme
// passage unless the researcher said so.
std::set<std::string> memoThemes(const Project& project, const Passage& passage);

// Whether the passage is a key quote for the theme.
bool isKeyQuote(const Project& project, const Passage& passage, std::string_view themeId);

// Marks (or unmarks) a passage as a key quote for themes: refuses passage.unknown {id} and theme.unknown {name}.
// Themes the passage does not carry (itself or through a sub-theme) are refused too (keyquote.not_tagged {theme}).
void setKeyQuote(Project& project, std::string_view passageId, const std::vector<std::string>& themeNames, bool key);

// Records the themes a passage's memo was written for (names; empty: back to the default of memoThemes). Refuses
// passage.unknown {id}, theme.unknown {name}, keyquote.not_tagged {theme} for a theme the passage does not carry.
void setMemoThemes(Project& project, std::string_view passageId, const std::vector<std::string>& themeNames);

}  // namespace ets
