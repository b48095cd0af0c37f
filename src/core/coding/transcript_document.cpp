#include "core/coding/transcript_document.hpp"

#include "core/register/interview_card.hpp"

namespace ets {

std::string TranscriptDocument::interviewId() const {
    const std::map<std::string, std::string> card = cardProperties();
    const auto id = card.find(kInterviewIdProperty);
    return id == card.end() ? std::string() : id->second;
}

}  // namespace ets
