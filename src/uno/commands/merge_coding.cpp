// vnd.ets:MergeCoding — another coder's passages brought into the project's transcripts: from their copy of one
// transcript (ODT or DOCX, perhaps edited a little: each passage is found again on the same words, core
// coding/merge_coding) or from their REFI-QDA export (.qdpx: each text source into the transcript of the same name).
// Passages keep their coder; the same text, theme and coder is never doubled, so merging twice changes nothing.
// Arguments: From (the copy or the .qdpx; a file picker when a person calls it), Transcript (which of ours receives a
// copy; default: the one of the copy's interview). Result: a summary per coder; with arguments, JSON (core mergeJson).

#include "commands/commands.hpp"

#include "core/coding/passage_index.hpp"
#include "core/coding/second_coder.hpp"
#include "core/project/project_paths.hpp"
#include "core/refi/exchange_files.hpp"
#include "core/refi/merge_coding.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/exchange_file.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_undo_step.hpp"
#include "writer/project_transcripts.hpp"
#include "writer/writer_transcript.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace ets::uno::commands {

namespace {

namespace fs = std::filesystem;

std::string lowerExtension(const fs::path& file) {
    std::string extension = file.extension().u8string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// What is merged into which of our transcripts (project paths).
struct Work {
    std::vector<std::pair<std::string, IncomingTranscript>> transcripts;
    std::vector<std::string> extra;  // lines for the person (sources that match no transcript)
    // Our transcripts already read (to find a source's by its text): one with nothing new is not opened again.
    struct Read {
        PlainText plain;
        std::vector<TagRecord> records;
        std::string interviewId;
    };
    std::map<std::string, Read> read;
    std::vector<refi::PlannedTheme> newThemes;  // a .qdpx's codes not in our codebook: where a theme created goes
};

// The transcript of the project named by the Transcript argument: a project path or an absolute file.
std::string givenTranscript(const OpenedProject& opened, const std::string& given) {
    const fs::path path = fs::u8path(given);
    return projectPathOf(opened.folder, path.is_absolute() ? path : opened.folder / path);
}

// Our transcript of the interview `id`: the one the project records for it, else the project's transcript whose card
// names it (the one `from` is a second coder's copy of, when several do). Empty when none.
std::string transcriptOfInterview(CommandCall& call, const std::string& id, const fs::path& from,
                                  const std::string& fromKey) {
    OpenedProject& opened = *call.project;
    if (const Interview* interview = opened.project.findInterview(id); interview && !interview->transcript.empty())
        return interview->transcript;
    std::vector<std::string> candidates;
    for (const std::string& key : knownTranscripts(opened.project)) {
        if (key == fromKey)
            continue;
        try {
            const std::map<std::string, std::string> card = transcriptCard(call.context, opened, key);
            if (const auto found = card.find(kInterviewIdProperty); found != card.end() && found->second == id)
                candidates.push_back(key);
        } catch (const std::exception&) {
            // A transcript that cannot be read is not the one.
        } catch (const css::uno::Exception&) {
        }
    }
    for (const std::string& key : candidates)
        if (isSecondCoderCopy(transcriptFile(opened.folder, key), from))
            return key;
    return candidates.size() == 1 ? candidates.front() : std::string();
}

Work fromCopy(CommandCall& call, const fs::path& from) {
    OpenedProject& opened = *call.project;
    const std::string fromKey = projectPathOf(opened.folder, from);
    IncomingTranscript incoming;
    readTranscript(call.context, opened, fromKey, [&](TranscriptDocument& copy) {
        incoming = incomingTranscript(from.filename().u8string(), copy.interviewId(), copy.plainText(), copy.records());
    });
    std::string key;
    if (const auto given = call.arguments.text("Transcript"); given && !trimmedName(*given).empty())
        key = givenTranscript(opened, *given);
    else if (!incoming.interviewId.empty())
        key = transcriptOfInterview(call, incoming.interviewId, from, fromKey);
    if (key.empty())
        throw Error("merge.no_transcript", {incoming.name});
    std::error_code ignored;
    if (key == fromKey || fs::equivalent(transcriptFile(opened.folder, key), from, ignored))
        throw Error("merge.same_file", {incoming.name});
    Work work;
    work.transcripts.emplace_back(key, std::move(incoming));
    return work;
}

Work fromQdpx(CommandCall& call, const fs::path& from) {
    OpenedProject& opened = *call.project;
    const refi::ImportPlan plan = refi::planQdpxImport(opened.project, from);  // the whole file read and checked first
    for (const refi::SummaryLine& line : plan.skipped)
        if (line.key == "refi.skipped_no_text")
            throw Error("merge.sources_missing", {from.filename().u8string(), line.args.at(0), line.args.at(1)});
    const std::set<std::string> ours = knownTranscripts(opened.project);
    const auto given = call.arguments.text("Transcript");
    // Each source goes into the transcript given, else the one of the same name, else the one with the same text.
    std::vector<std::string> keys(plan.transcripts.size());
    std::set<std::string> taken;
    for (std::size_t i = 0; i < plan.transcripts.size(); ++i) {
        if (given && !trimmedName(*given).empty() && plan.transcripts.size() == 1)
            keys[i] = givenTranscript(opened, *given);
        for (const std::string& candidate : ours)
            if (keys[i].empty() && !taken.count(candidate) &&
                sameName(fs::u8path(candidate).stem().u8string(), plan.transcripts[i].source))
                keys[i] = candidate;
        taken.insert(keys[i]);
    }
    Work work;
    work.newThemes = plan.newThemes;
    if (std::any_of(keys.begin(), keys.end(), [](const std::string& key) { return key.empty(); })) {
        std::vector<std::string> others, texts;
        for (const std::string& candidate : ours) {
            if (taken.count(candidate))
                continue;
            try {
                readTranscript(call.context, opened, candidate, [&](TranscriptDocument& transcript) {
                    Work::Read read{transcript.plainText(), transcript.records(), transcript.interviewId()};
                    texts.push_back(read.plain.text);
                    work.read.emplace(candidate, std::move(read));
                });
                others.push_back(candidate);
            } catch (const Error&) {
                // A transcript that cannot be read receives nothing.
            }
        }
        std::vector<std::string> sources(keys.size());  // the text of each source still without a transcript
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i].empty())
                sources[i] = plan.transcripts[i].text;
        const std::vector<std::optional<std::size_t>> same = sameTranscripts(sources, texts);
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i].empty() && same[i] && !taken.count(others[*same[i]])) {
                keys[i] = others[*same[i]];
                taken.insert(keys[i]);
            }
    }
    std::vector<std::string> unmatched;
    int lost = 0;
    for (std::size_t i = 0; i < plan.transcripts.size(); ++i) {
        const refi::PlannedTranscript& planned = plan.transcripts[i];
        const std::string& key = keys[i];
        if (key.empty()) {
            unmatched.push_back(planned.source);
            lost += static_cast<int>(planned.passages.size());
            continue;
        }
        IncomingTranscript incoming{planned.source, "", planned.text, {}};
        for (const refi::PlannedPassage& passage : planned.passages) {
            IncomingPassage in{passage.start, passage.end, {}, passage.memo, passage.coder, passage.created};
            for (const std::string& theme : passage.themes)
                in.themes.push_back(ThemeRef{"", theme});
            incoming.passages.push_back(std::move(in));
        }
        work.transcripts.emplace_back(key, std::move(incoming));
    }
    if (!unmatched.empty()) {
        std::string names;
        for (const std::string& name : unmatched)
            names += (names.empty() ? "" : ", ") + name;
        work.extra.push_back(toUtf8(uiText(call.context, "merge.unmatched_sources",
                                           {std::to_string(unmatched.size()), names, std::to_string(lost)})));
    }
    return work;
}

}  // namespace

CommandOutcome mergeCoding(CommandCall& call) {
    OpenedProject& opened = *call.project;
    if (!call.interactive && !call.arguments.text("From"))
        throw Error("merge.no_from");
    ExchangeFileRequest request{FileUse::Open, "odt", uiText(call.context, "merge.file_filter"), opened.folder};
    request.argument = "From";
    request.patterns = "*.odt;*.docx;*.qdpx";
    const fs::path from = exchangeFile(call.context, call.interactive, call.arguments, request);
    if (from.empty())
        return CommandOutcome::cancel();
    std::error_code missing;
    if (!fs::is_regular_file(from, missing))
        throw Error("transcript.missing", {from.u8string()});
    const std::string extension = lowerExtension(from);
    Work work;
    if (extension == ".qdpx")
        work = fromQdpx(call, from);
    else if (extension == ".odt" || extension == ".docx")
        work = fromCopy(call, from);
    else
        throw Error("merge.unsupported_file", {from.filename().u8string()});

    const std::string themesLabel = toUtf8(uiText(call.context, "tag.themes_label"));
    const std::string fallbackCoder = from.stem().u8string();
    std::vector<CoderMerge> coders;
    std::vector<std::string> themesCreated, transcripts;
    bool changed = false;
    {
        Progress progress(call.frame, uiText(call.context, "merge.progress"),
                          static_cast<sal_Int32>(work.transcripts.size()));
        for (std::size_t i = 0; i < work.transcripts.size(); ++i) {
            progress.set(static_cast<sal_Int32>(i), static_cast<sal_Int32>(work.transcripts.size()));
            const std::string& key = work.transcripts[i].first;
            const IncomingTranscript& incoming = work.transcripts[i].second;
            MergePlan plan;
            const std::string name = transcriptFile(opened.folder, key).filename().u8string();
            if (const auto read = work.read.find(key); read != work.read.end()) {
                plan = planMerge(opened.project, read->second.plain, read->second.records, read->second.interviewId,
                                 name, incoming, fallbackCoder);
                if (!plan.changes()) {
                    addUp(coders, plan.coders);
                    transcripts.push_back(key);
                    continue;
                }
            }
            // A transcript with nothing new is neither changed nor saved.
            try {
                changeTranscript(call.context, opened, key, [&](WriterTranscript& ours) {
                    plan = planMerge(opened.project, ours.plainText(), ours.records(), ours.interviewId(), name,
                                     incoming, fallbackCoder);
                    if (!plan.changes())
                        return false;
                    ours.requireWritable();
                    const OUString title = uiText(call.context, "undo.merge");
                    const Project before = opened.project;
                    try {
                        TranscriptUndoStep step(ours.document(), title);
                        for (std::string& theme :
                             carryOutMerge(opened.project, key, ours, plan, themesLabel, work.newThemes))
                            themesCreated.push_back(std::move(theme));
                    } catch (...) {
                        // An open transcript gets back what it had (a hidden one is closed unsaved), the project too.
                        opened.project = before;
                        css::uno::Reference<css::document::XUndoManagerSupplier> undo(ours.document(),
                                                                                      css::uno::UNO_QUERY);
                        if (undo.is() && !undo->getUndoManager()->isLocked() &&
                            undo->getUndoManager()->isUndoPossible() &&
                            undo->getUndoManager()->getCurrentUndoActionTitle() == title)
                            undo->getUndoManager()->undo();
                        throw;
                    }
                    return true;
                });
            } catch (...) {
                // The transcripts merged before this one are saved already: the project (the themes they brought, with
                // their parents and colours) is saved with them before the refusal is said. Merging again finishes.
                if (changed)
                    saveProject(opened);
                throw;
            }
            addUp(coders, plan.coders);
            transcripts.push_back(key);
            changed = changed || plan.changes();
        }
    }
    if (changed)
        saveProject(opened);
    if (!call.interactive)
        return CommandOutcome::dataResult(
            toOUString(mergeJson(from.filename().u8string(), transcripts, coders, themesCreated)));
    return reportDone(call, toOUString(mergeMessage(from.filename().u8string(), transcripts, coders, themesCreated,
                                                    work.extra, uiCatalogue(call.context))));
}

}  // namespace ets::uno::commands
