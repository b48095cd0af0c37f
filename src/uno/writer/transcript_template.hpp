#pragma once
// The look of an ETS transcript, built in code: the speaker paragraph styles "ETS Intervieweur" and
// "ETS Interviewé" (the same names and look as the demo transcripts of scripts/make_demo_transcripts.py),
// French (Belgium) as the text language, a header naming the organisation and the date.

#include "core/register/interview_card.hpp"
#include "core/project/model.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace ets::uno {

// Turns a new, empty Writer document into a transcript ready to be typed: styles, language,
// header, a title and one turn of each speaker style. Texts come from the message catalogue.
// Each question of the interview guide's grid follows as a heading (in order) with a turn of the person
// met under it, so that answers land under their question.
void buildTranscriptTemplate(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const css::uno::Reference<css::text::XTextDocument>& document, const InterviewCard& card,
                             const std::vector<GuideQuestion>& questions = {});

} // namespace ets::uno
