#include "core/analysis/theme_analysis.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <map>

namespace ets {

namespace {

std::string partKey(AnalysisPart part) { return "analysis.part." + toString(part); }

// "1 passage" / "3 passages": the catalogue's plural rule picks the word.
std::string counted(const Catalogue& texts, const std::string& key, int count) {
    return texts.text(std::string_view(key), {std::to_string(count)});
}

bool carries(const Passage& passage, const std::string& themeId) {
    return std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) != passage.themeIds.end();
}

// The words of at least five bytes of a folded text (letters, digits and any UTF-8 byte; the rest separates words).
std::set<std::string> significantWords(const std::string& folded) {
    std::set<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (word.size() >= 5)
            words.insert(word);
        word.clear();
    };
    for (char c : folded) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

}  // namespace

ThemeAnalysis& analysisOf(Project& project, const Theme& theme) {
    for (ThemeAnalysis& analysis : project.analyses)
        if (analysis.themeId == theme.id)
            return analysis;
    ThemeAnalysis created;
    created.id = created.themeId = theme.id;
    project.analyses.push_back(created);
    return project.analyses.back();
}

ThemeAnalysis& editAnalysis(Project& project, const AnalysisEdit& edit) {
    if (trimmedName(edit.theme).empty())
        throw Error("args.missing", {"Theme"});
    const Theme& theme = requireTheme(project, edit.theme);
    std::optional<ThemeKind> kind;
    if (edit.kind) {
        kind = parseThemeKind(trimmedName(*edit.kind));
        if (!kind)
            throw Error("args.bad_choice", {"Kind", *edit.kind, "Knot, Lever, Both"});
    }
    if (!kind && edit.parts.empty())
        throw Error("analysis.nothing", {theme.name});
    ThemeAnalysis& analysis = analysisOf(project, theme);
    if (kind)
        analysis.kind = kind;
    for (const auto& [part, text] : edit.parts)
        analysis.part(part) = trimmedName(text);
    return analysis;
}

std::string analysisDocumentPath(const Project& project, const Theme& theme) {
    if (const ThemeAnalysis* analysis = project.findAnalysis(theme.id))
        if (!analysis->document.empty())
            return analysis->document;
    std::string name;
    for (char c : trimmedName(theme.name))
        name += (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' ||
                 c == '|' || static_cast<unsigned char>(c) < 0x20)
                    ? '-'
                    : c;
    while (!name.empty() && (name.back() == '.' || name.back() == ' '))
        name.pop_back();
    if (name.empty())
        name = theme.id;
    return "analyses/" + name + ".odt";
}

std::string partHeading(AnalysisPart part, const Catalogue& texts) { return texts.text(std::string_view(partKey(part))); }

std::vector<Paragraph> analysisDocumentParagraphs(const Project& project, const Theme& theme, const Catalogue& texts) {
    std::vector<Paragraph> out;
    const auto add = [&](ParagraphRole role, std::string text) { out.push_back({role, std::move(text), std::nullopt}); };
    const ThemeAnalysis* analysis = project.findAnalysis(theme.id);
    add(ParagraphRole::BriefTitle, theme.name);
    add(ParagraphRole::BriefFigures,
        analysis && analysis->kind ? texts.text(std::string_view("analysis.kind." + toString(*analysis->kind)))
                                   : texts.text("analysis.kind_unset"));
    add(ParagraphRole::BriefNote, texts.text("analysis.document_help"));
    for (AnalysisPart part : kAnalysisParts) {
        add(ParagraphRole::BriefHeading, partHeading(part, texts));
        const std::string text = analysis ? analysis->part(part) : std::string();
        std::size_t start = 0;
        do {  // a part written as several lines keeps them as paragraphs
            const std::size_t end = std::min(text.find('\n', start), text.size());
            add(ParagraphRole::BriefBody, text.substr(start, end - start));
            start = end + 1;
        } while (start < text.size());
    }

    // The evidence, grouped by organisation.
    add(ParagraphRole::BriefHeading, texts.text("analysis.evidence"));
    const InterviewsByTranscript interviews(project);
    struct Group {
        std::string name;
        std::vector<const Passage*> passages;
    };
    std::map<std::string, Group> groups;  // organisation id ("" = none)
    std::set<std::string> transcripts;
    int count = 0;
    for (const Passage& passage : project.passages) {
        if (!rolledUpThemes(project, passage).count(theme.id))
            continue;
        const Organisation* organisation = interviews.organisationOf(passage.transcript);
        Group& group = groups[organisation ? organisation->id : std::string()];
        group.name = organisation ? organisation->name : texts.text("brief.no_organisation");
        group.passages.push_back(&passage);
        transcripts.insert(passage.transcript);
        ++count;
    }
    add(ParagraphRole::BriefFigures,
        texts.text("analysis.counts", {counted(texts, "count.passages", count),
                                       counted(texts, "count.organisations", static_cast<int>(groups.size())),
                                       counted(texts, "count.interviews", static_cast<int>(transcripts.size()))}));
    std::vector<const Group*> ordered;
    for (const auto& [id, group] : groups)
        ordered.push_back(&group);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Group* a, const Group* b) {
        return a->passages.size() != b->passages.size() ? a->passages.size() > b->passages.size()
                                                        : foldCase(a->name) < foldCase(b->name);
    });
    for (const Group* group : ordered) {
        add(ParagraphRole::BriefItem, group->name + " \xE2\x80\x94 " +
                                          counted(texts, "count.passages", static_cast<int>(group->passages.size())));
        for (const Passage* passage : group->passages) {
            add(ParagraphRole::BriefQuote, texts.text("brief.quote", {trimmedName(passage->text)}));
            std::vector<std::string> about;
            if (const Interview* interview = interviews.interviewOf(passage->transcript); interview && !interview->date.empty())
                about.push_back(texts.text("brief.interview_of", {longDate(interview->date, texts)}));
            std::vector<std::string> others;
            for (const std::string& id : passage->themeIds)
                if (id != theme.id)
                    if (const Theme* other = project.findTheme(id))
                        others.push_back(other->name);
            if (!others.empty())
                about.push_back(texts.text("analysis.also", {joined(others, ", ")}));
            if (isKeyQuote(project, *passage, theme.id))
                about.push_back(texts.text("analysis.key_quote"));
            // The place last, as a link that opens the transcript at the passage.
            const std::string before = about.empty() ? std::string() : joined(about, " \xC2\xB7 ") + " \xC2\xB7 ";
            const std::string place = texts.text("analysis.link", {passage->transcript + "#" + passage->anchor});
            add(ParagraphRole::BriefSource, before + place);
            out.back().link = PassageLink{before.size(), place.size(), passage->transcript, passage->anchor};
            if (!trimmedName(passage->memo).empty())
                add(ParagraphRole::BriefNote, texts.text("analysis.memo", {trimmedName(passage->memo)}));
        }
    }
    return out;
}

std::vector<DocumentLine> analysisLines(const std::vector<OdtParagraph>& paragraphs, const Catalogue& texts) {
    const std::string heading = texts.text("brief.style.heading");
    const std::string title = texts.text("brief.style.title");
    std::vector<DocumentLine> lines;
    lines.reserve(paragraphs.size());
    for (const OdtParagraph& paragraph : paragraphs)
        lines.push_back(
            {paragraph.outlineLevel > 0 || paragraph.style == heading || paragraph.style == title, paragraph.text});
    return lines;
}

AnalysisRead readAnalysisParts(const std::vector<DocumentLine>& lines, const Catalogue& texts) {
    AnalysisRead read;
    std::map<AnalysisPart, std::string> found;
    std::optional<AnalysisPart> current;
    for (const DocumentLine& line : lines) {
        if (line.heading) {
            current.reset();
            const std::string text = nameKey(line.text);
            for (AnalysisPart part : kAnalysisParts)
                if (!found.count(part) && (text == nameKey(partHeading(part, texts)) || text == nameKey(toString(part)))) {
                    current = part;
                    found[part];
                }
            continue;
        }
        if (!current)
            continue;
        const std::string text = trimmedName(line.text);
        std::string& part = found[*current];
        if (text.empty())
            continue;
        part += part.empty() ? text : "\n" + text;
    }
    for (AnalysisPart part : kAnalysisParts) {
        if (found.count(part))
            read.parts.emplace_back(part, found[part]);
        else
            read.missing.push_back(part);
    }
    return read;
}

std::vector<AnalysisPart> writtenParts(const ThemeAnalysis* analysis) {
    std::vector<AnalysisPart> parts;
    if (analysis)
        for (AnalysisPart part : kAnalysisParts)
            if (!trimmedName(analysis->part(part)).empty())
                parts.push_back(part);
    return parts;
}

std::set<std::string> memoThemes(const Project& project, const Passage& passage) {
    std::set<std::string> themes;
    if (const PassageMark* mark = project.findPassageMark(passage.id))
        for (const std::string& id : mark->memoThemeIds)
            if (carries(passage, id))
                themes.insert(id);
    if (!themes.empty() || passage.themeIds.empty())
        return themes;
    if (passage.themeIds.size() == 1)
        return {passage.themeIds.front()};
    const std::string memo = nameKey(passage.memo);  // folded as the names are: ’ is '
    for (const std::string& id : passage.themeIds)
        if (const Theme* theme = project.findTheme(id))
            if (!nameKey(theme->name).empty() && memo.find(nameKey(theme->name)) != std::string::npos)
                themes.insert(id);
    if (!themes.empty())
        return themes;
    // Else the theme whose name and description share the most words with the memo; the first theme on a tie.
    const std::set<std::string> memoWords = significantWords(memo);
    std::size_t best = 0;
    std::string chosen = passage.themeIds.front();
    for (const std::string& id : passage.themeIds)
        if (const Theme* theme = project.findTheme(id)) {
            const std::set<std::string> words = significantWords(foldCase(theme->name + " " + theme->description));
            std::size_t shared = 0;
            for (const std::string& word : memoWords)
                shared += words.count(word);
            if (shared > best) {
                best = shared;
                chosen = id;
            }
        }
    return {chosen};
}

bool isKeyQuote(const Project& project, const Passage& passage, std::string_view themeId) {
    const PassageMark* mark = project.findPassageMark(passage.id);
    return mark && std::find(mark->keyQuoteThemeIds.begin(), mark->keyQuoteThemeIds.end(), themeId) !=
                       mark->keyQuoteThemeIds.end();
}

void setKeyQuote(Project& project, std::string_view passageId, const std::vector<std::string>& themeNames, bool key) {
    const Passage* passage = project.findPassage(passageId);
    if (!passage)
        throw Error("passage.unknown", {std::string(passageId)});
    std::vector<std::string> ids;
    for (const std::string& name : themeNames) {
        const Theme& theme = requireTheme(project, name);
        if (!rolledUpThemes(project, *passage).count(theme.id))
            throw Error("keyquote.not_tagged", {theme.name});
        ids.push_back(theme.id);
    }
    auto found = std::find_if(project.passageMarks.begin(), project.passageMarks.end(),
                              [&](const PassageMark& mark) { return mark.id == passageId; });
    if (found == project.passageMarks.end()) {
        if (!key)
            return;
        project.passageMarks.push_back({std::string(passageId), {}, {}});
        found = project.passageMarks.end() - 1;
    }
    std::vector<std::string>& marks = found->keyQuoteThemeIds;
    for (const std::string& id : ids) {
        const auto at = std::find(marks.begin(), marks.end(), id);
        if (key && at == marks.end())
            marks.push_back(id);
        else if (!key && at != marks.end())
            marks.erase(at);
    }
}

void setMemoThemes(Project& project, std::string_view passageId, const std::vector<std::string>& themeNames) {
    const Passage* passage = project.findPassage(passageId);
    if (!passage)
        throw Error("passage.unknown", {std::string(passageId)});
    std::vector<std::string> ids;
    for (const std::string& name : themeNames) {
        const Theme& theme = requireTheme(project, name);
        if (!carries(*passage, theme.id))
            throw Error("keyquote.not_tagged", {theme.name});
        if (std::find(ids.begin(), ids.end(), theme.id) == ids.end())
            ids.push_back(theme.id);
    }
    auto found = std::find_if(project.passageMarks.begin(), project.passageMarks.end(),
                              [&](const PassageMark& mark) { return mark.id == passageId; });
    if (found == project.passageMarks.end()) {
        project.passageMarks.push_back({std::string(passageId), {}, {}});
        found = project.passageMarks.end() - 1;
    }
    found->memoThemeIds = std::move(ids);
}

}  // namespace ets
