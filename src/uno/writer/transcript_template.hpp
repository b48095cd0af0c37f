#pragma once
// The look of an ETS transcript, built in code: the speaker paragraph styles "ETS Intervieweur" and
// "ETS Interviewé" (the same names and look as the demo transcripts of scripts/make_demo_transcripts.py),
// French (Belgium) as the text language, a header naming the organisation and the date.

#include "core/register/new_transcript.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

namespace ets::uno {

// Turns a new, empty Writer document into the transcript the core composed (core/register/new_transcript.hpp), ready
// to be typed: the speaker styles, French (Belgium) as its language, the header, the paragraphs and the title.
void buildTranscriptTemplate(const css::uno::Reference<css::text::XTextDocument>& document,
                             const TranscriptTemplate& made);

}  // namespace ets::uno
