#include "core/analysis/brief_document.hpp"

#include "core/analysis/tally.hpp"
#include "core/analysis/theme_analysis.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ets {

namespace {

std::string sourceLine(const BriefQuote& quote, const Catalogue& texts) {
    std::string who =
        quote.organisation.empty() ? texts.text("brief.no_organisation") : quote.organisation;
    if (!quote.speaker.empty())
        who = texts.text("brief.speaker_of", {quote.speaker, who});
    std::string source = texts.text("brief.source", {who});
    if (!quote.interviewDate.empty())
        source += ", " + texts.text("brief.interview_of", {longDate(quote.interviewDate, texts)});
    return source;
}

// "Name (sector) : capacities ; willingness. Reason", or for a proposal "Name (sector) : capacities ; evidence
// (proposal)"; the name in its character style.
Paragraph carrierLine(const Carrier& carrier, const Catalogue& texts) {
    const std::string capacities = capacitiesText(carrier, texts);
    std::string who = carrier.name;
    if (!carrier.sector.empty())
        who += " (" + carrier.sector + ")";
    std::string detail;
    if (carrier.recorded) {
        detail = texts.text(std::string_view("brief.willing." + toString(carrier.willing)));
        if (!carrier.contactRole.empty())
            detail += ", " + texts.text("brief.contact", {carrier.contactRole});
    } else {
        const auto counted = [&](const char* key, int count) {
            return texts.text(std::string_view(key), {std::to_string(count)});
        };
        detail = carrier.passages > 0 ? texts.text("brief.carrier_evidence",
                                                   {counted("count.passages", carrier.passages),
                                                    counted("count.interviews", carrier.interviews)})
                                      : texts.text("brief.carrier_noted");
        detail += " " + texts.text("brief.carrier_proposal");
    }
    std::string line = capacities.empty() ? texts.text("brief.carrier_line_plain", {who, detail})
                                          : texts.text("brief.carrier_line", {who, capacities, detail});
    if (carrier.recorded && !carrier.reason.empty())
        line += texts.text("brief.carrier_reason", {carrier.reason});
    return withLeadingSpan(ParagraphRole::BriefItem, std::move(line), CharacterRole::Organisation, carrier.name.size());
}

}  // namespace

double estimatedLines(const Paragraph& paragraph) {
    struct Look {
        double charactersPerLine;
        double lineHeight;  // in lines of 10.5 pt body text
        double spacing;     // above and below, in the same lines
    };
    // Measured on briefs Writer laid out in Liberation Serif: characters a line holds, per style.
    Look look{88, 1.0, 0.35};  // body text
    switch (paragraph.role) {
    case ParagraphRole::BriefTitle:
        look = {45, 1.9, 1.2};
        break;
    case ParagraphRole::BriefHeading:
        look = {70, 1.25, 1.3};
        break;
    case ParagraphRole::BriefQuote:
        look = {78, 1.0, 0.3};
        break;
    case ParagraphRole::BriefSource:
        look = {100, 0.87, 0.3};
        break;
    case ParagraphRole::BriefPrompt:
        look = {90, 0.87, 0.3};
        break;
    case ParagraphRole::BriefItem:
        look = {80, 1.0, 0.2};
        break;
    case ParagraphRole::BriefFigures:
        look = {85, 0.95, 0.5};
        break;
    case ParagraphRole::BriefNote:
        look = {105, 0.87, 0.5};
        break;
    default:
        break;
    }
    std::size_t characters = 0;
    for (char c : paragraph.text)
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    const double lines = std::max(1.0, std::ceil(static_cast<double>(characters) / look.charactersPerLine));
    return lines * look.lineHeight + look.spacing;
}

Brief withQuotesForPages(Brief brief, const Catalogue& texts, double pages) {
    const BriefParagraphs written = briefParagraphs(brief, texts);
    double lines = 0;
    for (const Paragraph& paragraph : written.paragraphs)
        lines += estimatedLines(paragraph);
    std::size_t keep = brief.quotes.size();
    while (keep > 1 && lines > pages * kLinesPerPage) {
        const ParagraphGroup& quote = written.quotes[keep - 1];
        for (std::size_t i = quote.first; i < quote.first + quote.count; ++i)
            lines -= estimatedLines(written.paragraphs[i]);
        --keep;
    }
    brief.quotesLeftOut += static_cast<int>(brief.quotes.size() - keep);
    brief.quotes.resize(keep);
    return brief;
}

std::size_t quotesToKeep(std::size_t quotes, const std::function<bool(std::size_t)>& startsAfter) {
    if (quotes == 0)
        return 0;
    // The first quote that starts after the last page, by halving [0, quotes - 1): the last quote goes in any case.
    std::size_t low = 0;
    std::size_t high = quotes - 1;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (startsAfter(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

std::string quotesLeftOutNote(const Catalogue& texts, int quotesLeftOut) {
    return quotesLeftOut > 0 ? texts.text("brief.quotes_left_out", {std::to_string(quotesLeftOut)})
                             : texts.text("brief.quotes_all");
}

BriefParagraphs briefParagraphs(const Brief& brief, const Catalogue& texts) {
    BriefParagraphs result;
    // Appends a paragraph and says where it lands.
    struct {
        std::vector<Paragraph>& paragraphs;
        std::size_t add(Paragraph paragraph) {
            paragraphs.push_back(std::move(paragraph));
            return paragraphs.size() - 1;
        }
        std::size_t add(ParagraphRole role, std::string text) { return add({role, std::move(text), std::nullopt}); }
    } out{result.paragraphs};
    // A part as written: each of its lines a paragraph.
    const auto prose = [&](const std::string& text) {
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string line = trimmedName(std::string_view(text).substr(start, end - start));
            if (!line.empty())
                out.add(ParagraphRole::BriefBody, line);
            start = end + 1;
        }
    };
    const auto partText = [&](AnalysisPart part) -> const std::string* {
        for (const auto& [which, text] : brief.parts)
            if (which == part)
                return &text;
        return nullptr;
    };

    out.add(ParagraphRole::BriefTitle, brief.title);
    if (brief.kind)
        out.add(ParagraphRole::BriefFigures, texts.text(std::string_view("brief.kind." + toString(*brief.kind))));
    std::string figures = texts.text("brief.figures", {std::to_string(brief.organisations),
                                                       std::to_string(brief.interviews), std::to_string(brief.passages)});
    for (const auto& [name, passages] : brief.subThemes)
        figures += texts.text("brief.subtheme_share", {std::to_string(passages), name});
    out.add(ParagraphRole::BriefFigures, figures);

    for (AnalysisPart part : {AnalysisPart::Problem, AnalysisPart::Causes, AnalysisPart::Existing,
                              AnalysisPart::Tensions})
        if (const std::string* text = partText(part)) {
            out.add(ParagraphRole::BriefHeading, partHeading(part, texts));
            prose(*text);
        }
    if (!brief.findings.empty()) {
        out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_findings"));
        for (const std::string& finding : brief.findings)
            out.add(ParagraphRole::BriefItem, finding);
    }

    out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_field"));
    for (const BriefQuote& quote : brief.quotes) {
        std::size_t first = std::string::npos;
        if (!quote.prompt.empty()) {
            const bool question = quote.prompt.back() == '?';
            first = out.add(ParagraphRole::BriefPrompt,
                            texts.text(question ? "brief.prompt_question" : "brief.prompt_words", {quote.prompt}));
        }
        const std::size_t text = out.add(ParagraphRole::BriefQuote, texts.text("brief.quote", {quote.text}));
        out.add(ParagraphRole::BriefSource, sourceLine(quote, texts));
        if (first == std::string::npos)
            first = text;
        result.quotes.push_back({first, text + 2 - first});
    }
    result.leftOutNote = out.add(ParagraphRole::BriefNote, quotesLeftOutNote(texts, brief.quotesLeftOut));

    out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_carriers"));
    if (brief.carriers.empty())
        out.add(ParagraphRole::BriefBody, texts.text("brief.no_carriers"));
    else if (!brief.carriers.front().recorded)
        out.add(ParagraphRole::BriefNote, texts.text("brief.carriers_proposed"));
    for (const Carrier& carrier : brief.carriers) {
        out.add(carrierLine(carrier, texts));
        if (!carrier.ownWords.empty())
            out.add(ParagraphRole::BriefSource, texts.text("brief.own_words", {carrier.ownWords}));
    }
    if (brief.carriersLeftOut > 0)
        out.add(ParagraphRole::BriefNote,
                texts.text("brief.carriers_left_out", {std::to_string(brief.carriersLeftOut)}));

    const std::string* proposal = partText(AnalysisPart::Proposal);
    if (proposal || !brief.questions.empty()) {
        out.add(ParagraphRole::BriefHeading, partHeading(AnalysisPart::Proposal, texts));
        if (proposal)
            prose(*proposal);
        if (!brief.questions.empty())
            out.add(ParagraphRole::BriefBody, texts.text("brief.heading_questions"));
        for (const std::string& question : brief.questions)
            out.add(ParagraphRole::BriefItem, question);
    }
    return result;
}

std::string missingPartsNote(const Brief& brief, const Catalogue& texts) {
    if (brief.missingParts.empty())
        return std::string();
    std::vector<std::string> names;
    for (AnalysisPart part : brief.missingParts)
        names.push_back(partHeading(part, texts));
    return texts.text("brief.parts_missing", {brief.title, joined(names, ", ")});
}

std::string themesWithoutAnalysisNote(const std::vector<Brief>& briefs, const Catalogue& texts) {
    std::vector<std::string> names;
    for (const Brief& brief : briefs)
        if (brief.parts.empty())
            names.push_back(brief.title);
    if (names.empty())
        return std::string();
    return texts.text("brief.without_analysis", {std::to_string(names.size()), joined(names, ", ")});
}

BriefTarget briefTarget(std::string_view text) {
    if (sameName(text, "Cursor"))
        return BriefTarget::Cursor;
    if (sameName(text, "NewDocument"))
        return BriefTarget::NewDocument;
    throw Error("args.bad_choice", {"Target", std::string(text), "Cursor, NewDocument"});
}

int briefQuotes(double quotes) {
    if (!(quotes >= 0) || quotes > kMostBriefQuotes || std::floor(quotes) != quotes)
        throw Error("brief.bad_quotes", {std::to_string(quotes)});
    return static_cast<int>(quotes);
}

std::vector<OfferedTheme> themesForBrief(const Project& project) {
    std::vector<OfferedTheme> themes;
    for (const ThemeTally& theme : tallyThemes(project).themes)
        if (theme.passages > 0)
            themes.push_back({theme.name, theme.passages});
    return themes;
}

}  // namespace ets
