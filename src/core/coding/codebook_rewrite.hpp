#pragma once
// A rename, merge or deletion of a theme carried to every transcript it concerns, in an order that no crash can
// break: the project is committed first, in one atomic save, with the new codebook and, for each transcript
// concerned, the rewrite it waits for (pending rewrites: the journal); then each transcript is rewritten and saved;
// then the project is saved again without the rewrites done. Stopped anywhere (a crash, a kill, a file that cannot be
// written), the project and its transcripts agree: a transcript not rewritten yet is read through its pending
// rewrite, and finishPendingRewrites completes it at the next start.

#include "core/coding/theme_edit.hpp"
#include "core/coding/transcript_document.hpp"
#include "core/project/opened_project.hpp"
#include "core/text/catalogue.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The project's transcripts as files an office opens, changes and saves (Writer in src/uno, memory in the tests).
class TranscriptFiles {
public:
    virtual ~TranscriptFiles() = default;
    // Runs `change` on the transcript at `key` (its project path) and saves it. False when the transcript is open here
    // with changes of the person's own: it is changed, and left for them to save. Throws transcript.held {key, who}
    // when another person has it open, transcript.missing {path}, transcript.unreadable {path} or
    // transcript.unwritable {path} (it could be read, not saved: nothing of it changed).
    virtual bool rewrite(const std::string& key, const std::function<void(TranscriptDocument&)>& change) = 0;
};

enum class RewriteState {
    Saved,     // rewritten and saved: it no longer waits
    LeftOpen,  // open here with the person's own changes: rewritten, waits for them to save it
    Held,      // another person has it open: rewritten when next opened
    Missing,   // not where the project says: rewritten once it is opened from its new place
    Failed,    // could not be opened or saved: waits, read through its pending rewrite meanwhile
};

struct TranscriptRewrite {
    std::string transcript;  // project path
    RewriteState state = RewriteState::Saved;
    std::string who;         // Held: who has it open
    std::string errorKey;    // Missing, Failed: why (a catalogue key and its values)
    std::vector<std::string> errorArgs;
};

// Step 1, in memory: every transcript the change concerns waits for it (the caller saves the project: the commit).
void journalThemeChange(Project& draft, const ThemeChange& change);

// Step 2: each of `keys` that waits for a rewrite is rewritten (through `files`) as the project's codebook now says.
// Nothing is thrown for one transcript: what became of each is returned, in the order of `keys`.
std::vector<TranscriptRewrite> rewriteWaiting(const Project& project, TranscriptFiles& files,
                                              const std::vector<std::string>& keys, std::string_view themesLabel);

// Step 3: the project forgets the rewrites of the transcripts saved, and is saved. A save that fails leaves them
// waiting (harmless: rewriting a transcript again changes nothing); false then.
bool forgetSaved(OpenedProject& opened, const std::vector<TranscriptRewrite>& done);

// What vnd.ets:Themes does: the edit, then the three steps. Errors of the edit and of the first save are thrown and
// then nothing changed, neither in the project nor in any transcript.
struct ThemeEditOutcome {
    ThemeEditDone done;
    std::vector<TranscriptRewrite> transcripts;  // each transcript the change concerned
};
ThemeEditOutcome changeThemes(OpenedProject& opened, const ThemeEdit& edit, TranscriptFiles& files,
                              std::string_view themesLabel);

// At the start of an office's work on a project (and whenever asked): the transcripts that wait for a codebook
// change (an interrupted one, one another person had open) are rewritten where they can be, and forgotten.
std::vector<TranscriptRewrite> finishPendingRewrites(OpenedProject& opened, TranscriptFiles& files,
                                                     std::string_view themesLabel);

// The lines that follow a change's sentence: which transcripts wait and why, and which were saved when any waits;
// empty when every transcript was saved.
std::string rewriteReport(const std::vector<TranscriptRewrite>& transcripts, const Catalogue& texts);

// What an office says when it finished interrupted rewrites at its start; empty when there were none.
std::string finishedReport(const std::vector<TranscriptRewrite>& transcripts, const Catalogue& texts);

}  // namespace ets
