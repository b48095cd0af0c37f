#pragma once
// Going through a transcript passage by passage from the keyboard (vnd.ets:Passages, Action Next / Previous; Ctrl+Alt+N
// and Ctrl+Alt+P): which passage comes next from the cursor, among those a theme or a coder filter keeps.

#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"

#include <optional>
#include <string>

namespace ets {

enum class PassageStep { Next, Previous };

// "Next" or "Previous", any case; nothing otherwise.
std::optional<PassageStep> passageStep(std::string_view text);

// The passage to select: the first that starts after the cursor's start (Next), or the last that starts before it
// (Previous) — so that from a selected passage the step leaves it —, among the passages whose record carries `theme`
// (a name; empty: any) and is `coder`'s (empty: anyone's). Nothing when there is none that way. Throws theme.unknown
// {name} for a theme the codebook lacks.
std::optional<std::string> passageFrom(const Project& project, const TranscriptDocument& transcript,
                                       const TextSpan& cursor, PassageStep step, const std::string& theme,
                                       const std::string& coder);

}  // namespace ets
