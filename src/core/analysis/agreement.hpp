#pragma once
// Agreement between two coders of the same transcripts: what vnd.ets:Agreement computes.
//
// The units are the characters (code points) of each transcript's text with its paragraphs joined by one line feed,
// the text the REFI-QDA export writes (refi/coded_ranges.hpp turns a transcript into these units). For each theme each
// character is coded by A or not and by B or not, which gives a 2×2 table (both, A only, B only, neither) per theme and
// transcript. Per theme and overall the tables are pooled (added up) over the chosen transcripts, and overall over the
// chosen themes too: each (character, theme) is one unit. From a table:
//   percent agreement  (both + neither) / T                                               (NVivo)
//   Cohen's kappa      (Po − Pe) / (1 − Pe), Pe = [nA·nB + (T−nA)(T−nB)] / T²              (NVivo)
//   Krippendorff's α   nominal, from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
//                      Alpha-Reliability"): each character a unit valued 1 or 0 by each coder
//   overlap            |A∩B| / |A∪B| of the coded characters alone
// and, at the level of passages, a passage of one coder matched by one of the other that covers at least a share of
// each of them (`minOverlap`, 80 % by default) with the same themes.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ets {

// ---- The statistics -------------------------------------------------------------------------------------------

// The 2×2 table of one theme over some characters.
struct CharacterCounts {
    std::uint64_t both = 0;
    std::uint64_t onlyA = 0;
    std::uint64_t onlyB = 0;
    std::uint64_t neither = 0;

    std::uint64_t total() const { return both + onlyA + onlyB + neither; }
    std::uint64_t codedByA() const { return both + onlyA; }
    std::uint64_t codedByB() const { return both + onlyB; }
    CharacterCounts& operator+=(const CharacterCounts& other);
};

// (both + neither) / T; nullopt when there is no character.
std::optional<double> percentAgreement(const CharacterCounts& counts);
// Cohen's kappa as NVivo computes it. When Pe = 1 (both coded nothing, or both everything) the coders agree on every
// character and kappa is 1, as NVivo reports complete agreement; nullopt when there is no character.
std::optional<double> cohensKappa(const CharacterCounts& counts);
// Krippendorff's alpha (nominal) of the table: nullopt when the characters show no variation at all (every value the
// same: alpha is 0/0, undefined, as Krippendorff says).
std::optional<double> krippendorffAlpha(const CharacterCounts& counts);
// |A∩B| / |A∪B|; nullopt when neither coded anything.
std::optional<double> codedOverlap(const CharacterCounts& counts);

// Krippendorff's coincidence matrix: o[c][k] for values 0..V-1.
using Coincidences = std::vector<std::vector<double>>;
// Reliability data, one row per unit, one value per coder (nullopt: the coder gave no value). Units with fewer than
// two values are not pairable and count for nothing. Values must be below `values`.
Coincidences coincidencesOf(const std::vector<std::vector<std::optional<int>>>& units, int values);
// The coincidence matrix of a 2×2 table (values 0 = not coded, 1 = coded).
Coincidences coincidencesOf(const CharacterCounts& counts);
// α = 1 − (n − 1) · Σc≠k o[c][k] / Σc≠k n[c]·n[k]; nullopt when the expected disagreement is 0.
std::optional<double> nominalAlpha(const Coincidences& coincidences);

// ---- Two coders' passages ------------------------------------------------------------------------------------

// A passage as the agreement sees it: code points [start, end) of the transcript's text.
struct CodedPassage {
    std::string coder;
    std::string transcript;  // the project path of the document that holds it (a second coder's copy may differ)
    std::string anchor;
    std::vector<std::string> themeIds;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
};

// One transcript compared: its length in code points and the passages of both coders (others are ignored).
struct AgreementText {
    std::string key;  // the transcript as shown (coder A's document when the coders coded copies)
    std::size_t length = 0;
    std::vector<CodedPassage> passages;
};

struct AgreementRequest {
    std::string coderA;
    std::string coderB;
    std::vector<std::string> themeIds;  // the themes compared, in the order shown
    double minOverlap = 0.8;            // a share in (0, 1]
};

// Passages of one theme (or, overall, of any chosen theme) matched by the other coder's.
struct PassageCounts {
    int passagesA = 0;
    int passagesB = 0;
    int matchedA = 0;
    int matchedB = 0;
    PassageCounts& operator+=(const PassageCounts& other);
};
// (matchedA + matchedB) / (passagesA + passagesB); nullopt when there is no passage.
std::optional<double> passageAgreement(const PassageCounts& counts);

struct AgreementFigures {
    CharacterCounts characters;
    PassageCounts passages;
    AgreementFigures& operator+=(const AgreementFigures& other);
};

struct ThemeAgreement {
    std::string themeId;
    AgreementFigures pooled;                      // over every transcript
    std::vector<AgreementFigures> perTranscript;  // in the order of Agreement::transcripts
};

// A passage of one coder that the other did not match: its text, the themes (chosen ones) each coder gave there
// (the other's: those of the passage overlapping it most, if any) and both passages.
struct Disagreement {
    std::string transcript;  // Agreement::transcripts' key
    std::string text;
    std::vector<std::string> themesA;  // ids
    std::vector<std::string> themesB;
    std::optional<CodedPassage> passageA;
    std::optional<CodedPassage> passageB;
};

struct Agreement {
    std::vector<std::string> transcripts;
    std::vector<ThemeAgreement> themes;  // in the request's order
    AgreementFigures overall;            // pooled over themes and transcripts
    std::vector<Disagreement> disagreements;
    // Second coders' copies left out because merged into their transcript (refi::agreementTexts): said to the person.
    std::vector<std::string> copiesLeftOut;
};

// The figures. Checks nothing: see requireComparable.
Agreement computeAgreement(const std::vector<AgreementText>& texts, const AgreementRequest& request);

// The share of each of two passages [a0, a1) and [b0, b1) that their common part covers, the smaller of the two.
double sharedShare(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1);

// What is refused before anything is computed, as ets::Error:
//   agreement.two_coders {}         fewer than two different coders named
//   agreement.no_passages {coder}   a coder has no passage in the transcripts
//   agreement.no_common {A, B}      no transcript that both coded
//   agreement.min_overlap {value}   a share outside (0, 1]
void requireComparable(const std::vector<AgreementText>& texts, const AgreementRequest& request);

// The transcripts (keys) of `texts` where both coders have a passage.
std::vector<std::string> commonTranscripts(const std::vector<AgreementText>& texts, const std::string& coderA,
                                           const std::string& coderB);

// The coders of the passages, each once, in order of appearance.
std::vector<std::string> codersOf(const std::vector<AgreementText>& texts);

}  // namespace ets
