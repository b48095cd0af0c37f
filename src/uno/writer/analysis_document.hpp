#pragma once
// A theme's analysis document in Writer (vnd.ets:ThemeAnalysis, core/analysis/theme_analysis.hpp): created with a
// heading per part and the evidence below, read back part by part (the document is the truth), and written into
// part by part when a macro gives parts.

#include "core/analysis/theme_analysis.hpp"
#include "core/project/opened_project.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace ets::uno {

// Creates the analysis document of `theme` at `file` (its folder too) from the project, stores it and returns it open
// (hidden or not).
css::uno::Reference<css::text::XTextDocument>
createAnalysisDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const Project& project,
                       const Theme& theme, const std::filesystem::path& file, bool hidden);

// The document at `file`: the one the office has open, else loaded (hidden or shown). `opened` says whether it was
// loaded here (the caller closes it then when hidden).
css::uno::Reference<css::text::XTextDocument>
openAnalysisDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const std::filesystem::path& file, bool hidden, bool& loadedHere);
// Runs `use` on the document at `file` (the open one, else loaded hidden and closed again afterwards, also on a failure).
void withAnalysisDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const std::filesystem::path& file,
                          const std::function<void(const css::uno::Reference<css::text::XTextDocument>&)>& use);

// The body's paragraphs as the core reads them: a heading is a paragraph with an outline level or in the extension's
// heading or title style.
std::vector<DocumentLine> analysisDocumentLines(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                const css::uno::Reference<css::text::XTextDocument>& document);

// Replaces the text under each given part's heading by the part's text (a paragraph per line); a part whose heading
// the document lacks gets its heading, before the evidence.
void writeAnalysisParts(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::text::XTextDocument>& document,
                        const std::vector<std::pair<AnalysisPart, std::string>>& parts);

// The project with each analysis's parts read back from its document where one exists (what the briefs use), and
// what a command must say of it: documents deleted, headings removed (in the catalogue's words, one line each).
struct AnalysesRead {
    Project project;
    std::vector<std::string> notes;
};
AnalysesRead readAnalyses(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const std::filesystem::path& folder, Project project,
                          const std::vector<std::string>& themeIds);

}  // namespace ets::uno
