#include "core/coding/readable_copy.hpp"

#include "core/layout/sheet_block.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"

#include <algorithm>
#include <cctype>

namespace ets {
namespace {

constexpr int kNoColourTint = 0xE8E8E8;

std::string lowered(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// A quarter of the colour, three quarters of white: light enough for black text to read on it.
int tint(int colour) {
    int result = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
        const int channel = (colour >> shift) & 0xFF;
        result |= ((channel + 3 * 0xFF) / 4) << shift;
    }
    return result;
}

}  // namespace

NotePlacement notePlacement(std::string_view argument) {
    const std::string value = lowered(argument);
    if (value.empty() || value == "page")
        return NotePlacement::PageFoot;
    if (value == "end")
        return NotePlacement::End;
    throw Error("pdf.bad_notes", {std::string(argument)});
}

std::string readableNote(const CommentSeen& comment, const Catalogue& texts) {
    const std::string date = comment.isoDate.empty() ? std::string() : longDate(comment.isoDate, texts);
    std::string signature;
    if (!comment.author.empty() && !date.empty())
        signature = texts.text("pdf.note_by_on", {comment.author, date});
    else if (!comment.author.empty())
        signature = comment.author;
    else
        signature = date;
    if (signature.empty())
        return comment.text;
    return comment.text.empty() ? signature : comment.text + "\n" + signature;
}

std::optional<int> passageTint(const TagRecord& record, const Project& project) {
    if (record.themes.empty())
        return std::nullopt;
    const ThemeRef& first = record.themes.front();
    const Theme* theme = first.id.empty() ? nullptr : project.findTheme(first.id);
    if (theme == nullptr)
        theme = project.findThemeByName(first.name);
    const std::optional<int> colour = theme == nullptr ? std::nullopt : colourValue(theme->colour);
    return colour ? tint(*colour) : kNoColourTint;
}

}  // namespace ets
