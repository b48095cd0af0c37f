#include "core/analysis/brief_document.hpp"

#include "core/analysis/tally.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <cmath>
#include <utility>

namespace ets {

namespace {

std::string sourceLine(const BriefQuote& quote, const Catalogue& texts) {
    const std::string organisation =
        quote.organisation.empty() ? texts.text("brief.no_organisation") : quote.organisation;
    std::string source = texts.text("brief.source", {organisation});
    if (!quote.interviewDate.empty())
        source += ", " + texts.text("brief.interview_of", {longDate(quote.interviewDate, texts)});
    return source;
}

// "Name (sector) : capacities ; evidence", the punctuation being the catalogue's; the name in its character style.
Paragraph carrierLine(const Carrier& carrier, const Catalogue& texts) {
    const std::string capacities = capacitiesText(carrier, texts);
    std::string who = carrier.name;
    if (!carrier.sector.empty())
        who += " (" + carrier.sector + ")";
    const std::string evidence =
        texts.text("brief.carrier_evidence", {std::to_string(carrier.passages), std::to_string(carrier.interviews)});
    std::string line = capacities.empty() ? texts.text("brief.carrier_line_plain", {who, evidence})
                                          : texts.text("brief.carrier_line", {who, capacities, evidence});
    return withLeadingSpan(ParagraphRole::BriefItem, std::move(line), CharacterRole::Organisation, carrier.name.size());
}

}  // namespace

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
    out.add(ParagraphRole::BriefTitle, brief.title);
    out.add(ParagraphRole::BriefFigures,
            texts.text("brief.figures", {std::to_string(brief.organisations), std::to_string(brief.interviews),
                                         std::to_string(brief.passages)}));

    out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_problem"));
    if (!brief.problem.empty())
        out.add(ParagraphRole::BriefBody, brief.problem);
    for (const std::string& finding : brief.findings)
        out.add(ParagraphRole::BriefItem, finding);

    out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_field"));
    for (const BriefQuote& quote : brief.quotes) {
        const std::size_t first = out.add(ParagraphRole::BriefQuote, texts.text("brief.quote", {quote.text}));
        out.add(ParagraphRole::BriefSource, sourceLine(quote, texts));
        result.quotes.push_back({first, 2});
    }
    result.leftOutNote = out.add(ParagraphRole::BriefNote, quotesLeftOutNote(texts, brief.quotesLeftOut));

    out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_carriers"));
    if (brief.carriers.empty())
        out.add(ParagraphRole::BriefBody, texts.text("brief.no_carriers"));
    for (const Carrier& carrier : brief.carriers)
        out.add(carrierLine(carrier, texts));
    if (brief.carriersLeftOut > 0)
        out.add(ParagraphRole::BriefNote,
                texts.text("brief.carriers_left_out", {std::to_string(brief.carriersLeftOut)}));

    out.add(ParagraphRole::BriefHeading, texts.text("brief.heading_questions"));
    for (const std::string& question : brief.questions)
        out.add(ParagraphRole::BriefItem, question);
    if (brief.questions.empty())
        out.add(ParagraphRole::BriefItem, texts.text("brief.no_questions", {brief.title}));
    return result;
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
