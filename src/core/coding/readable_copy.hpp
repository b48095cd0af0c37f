#pragma once
// A tagged transcript made readable on paper (vnd.ets:TranscriptPdf). Writer exports comments to PDF as note icons
// sitting on the words, and LibreOffice 7.4 cannot put them in the margin of a PDF. The readable copy turns each
// comment into a numbered note — at the foot of its page, or all at the end — and tints each passage with a light
// shade of its first theme's colour, so that a reader sees where it starts and ends. These are the copy's
// decisions; Writer carries them out in a hidden copy of the transcript and exports that copy.

#include "core/coding/tag_record.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ets {

enum class NotePlacement { PageFoot, End };

// The argument Notes: "Page" (or nothing) → at the foot of each page, "End" → at the end of the text (case ignored).
// Throws Error("pdf.bad_notes", {value}) for anything else.
NotePlacement notePlacement(std::string_view argument);

// A comment as the document holds it: its text, its author, its date (YYYY-MM-DD, or empty when it has none).
struct CommentSeen {
    std::string text;
    std::string author;
    std::string isoDate;
};

// The note a comment becomes: its text, then who wrote it and when, in words, on a line of its own
// ("Marie Dupont, 3 décembre 2026"); a missing author or date is left out, never shown empty.
std::string readableNote(const CommentSeen& comment, const Catalogue& texts);

// The tint behind a passage: its first theme's colour as the codebook has it now (found by id, then by name)
// mixed with three parts of white, or a light grey for a theme without a colour of its own. nullopt for a passage
// without themes. 0xRRGGBB.
std::optional<int> passageTint(const TagRecord& record, const Project& project);

}  // namespace ets
