#pragma once
// The agreement as vnd.ets:Agreement shows it: the sheet « Accord » (per theme and overall, per theme × transcript, the
// disagreements with links to both passages), the figures as JSON for macros, and the sentence that reports it.

#include "core/analysis/agreement.hpp"
#include "core/layout/sheet_block.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace ets {

// What vnd.ets:Agreement compares, decided from its arguments and the project's index of passages before any
// transcript is read.
struct AgreementPlan {
    AgreementRequest request;
    // The transcripts to read (project paths), each interview's own transcript before a copy of it (see
    // agreementTexts).
    std::vector<std::string> transcripts;
    bool chosenTranscripts = false;  // named by the person; otherwise those both coders coded are kept after reading
};
// coders: two names ";"-separated (empty: the coders of the index, this machine's coder `me` first, when there are
// exactly two, or `me` and the first other); transcripts: file names or project paths (empty: every transcript either
// coded); themes: names (empty: the whole codebook); minOverlap: a share, or a percentage above 1. Throws
// agreement.two_coders, agreement.one_coder {coder}, agreement.min_overlap {value}, agreement.unknown_transcript
// {name}, theme.unknown {name}.
// The second coders' copies of the transcripts read (coding/second_coder.hpp, beside them in `folder`) are read too;
// a named file that the index does not know but that lies in `folder` is read as well (a copy coded in another office).
AgreementPlan planAgreement(const Project& project, const std::filesystem::path& folder, const std::string& coders,
                            const std::string& transcripts, const std::string& themes, std::optional<double> minOverlap,
                            const std::string& me);

// The coders of the project's index of passages, each once, `me` first when they coded.
std::vector<std::string> indexedCoders(const Project& project, const std::string& me);

// After reading: the texts compared (those both coded unless the person chose them), checked (requireComparable).
std::vector<AgreementText> comparedTexts(std::vector<AgreementText> texts, const AgreementPlan& plan);

inline constexpr const char* kAgreementBlock = "ETS_Agreement";
inline constexpr const char* kAgreementTranscriptsBlock = "ETS_AgreementTranscripts";
inline constexpr const char* kDisagreementsBlock = "ETS_Disagreements";

// A sentence saying who is compared and that the figures are pooled over characters, then one row per theme and the
// overall row: characters, both, A only, B only, neither, percent, kappa, alpha, overlap, passages of A and B and the
// passage-level agreement. A figure that is undefined (0/0) shows "—".
SheetBlock agreementThemesBlock(const Agreement& agreement, const AgreementRequest& request, const Project& project,
                                const Catalogue& texts);
// The same figures per theme × transcript.
SheetBlock agreementTranscriptsBlock(const Agreement& agreement, const AgreementRequest& request,
                                     const Project& project, const Catalogue& texts);
// Every disagreement: transcript, text, A's themes, B's themes, links to both passages (a relative path is under
// `projectFolder`).
SheetBlock disagreementsBlock(const Agreement& agreement, const AgreementRequest& request, const Project& project,
                              const Catalogue& texts, const std::filesystem::path& projectFolder);

// {"coders":[A,B],"minOverlap","transcripts":[…],"overall":F,"themes":[{"id","theme","pooled":F,
//  "transcripts":[{"transcript",
//  …F}]}],"disagreements":[{"transcript","text","themesA","themesB","anchorA","anchorB"}]}
// with F = {"characters","both","onlyA","onlyB","neither","percent","kappa","alpha","overlap","passagesA","passagesB",
// "matchedA","matchedB","passageAgreement"} (null where undefined), and "copiesLeftOut" (file names).
std::string agreementJson(const Agreement& agreement, const AgreementRequest& request, const Project& project);

// "Accord entre A et B : …".
std::string agreementMessage(const Agreement& agreement, const AgreementRequest& request, const std::string& sheet,
                             const Catalogue& texts);

}  // namespace ets
