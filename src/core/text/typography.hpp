#pragma once
// Text as it is printed in a document, in the rules of its language: French spaces, apostrophes, quotes, months and
// ranges of months in words. Every paragraph the extension writes into a document goes through typeset().
//
// French spacing (choice documented here and in docs/design.md): a narrow no-break space (U+202F) before « ; ! ? »,
// a no-break space (U+00A0) before « : » and inside « » — the Imprimerie nationale's rules, which LibreOffice's own
// French autocorrection follows too.

#include "core/text/catalogue.hpp"

#include <string>
#include <string_view>

namespace ets {

inline constexpr const char* kNoBreakSpace = "\xC2\xA0";        // U+00A0
inline constexpr const char* kNarrowNoBreakSpace = "\xE2\x80\xAF";  // U+202F

// The text in the typography of `language` ("fr", "en", "nl"; any other is treated as English):
// - every language: the straight apostrophe becomes ’;
// - French: the ordinary spaces before « : ; ! ? » become a no-break space (one is added after a word when the sign
//   ends a clause), the spaces inside « » become no-break ones (added when missing), straight double quotes become
//   « » and quotes inside « » become “ ” (a « … » nested in another one too);
// - English and Dutch: straight double quotes become “ ”.
// Web and mail addresses (http://, https://, ftp://, mailto:, www.) are copied as they are, and so are times and
// numbers (10:30, 1:2, 3,5). Typesetting typeset text changes nothing.
std::string typeset(std::string_view text, std::string_view language);

// "2027-09" → "septembre 2027" with the catalogue's month names ("date.months") and "date.month" pattern; text that is
// no YYYY-MM month is returned as it is.
std::string monthInWords(std::string_view isoMonth, const Catalogue& texts);

// A period of months in words: one month when both ends are the same ("septembre 2027", never "2027-09 → 2027-09"),
// else the catalogue's "date.month_range" ("de septembre 2027 à juin 2028"). An empty end gives the other alone.
std::string monthRangeInWords(std::string_view firstMonth, std::string_view lastMonth, const Catalogue& texts);

// A period of days in words: "du 5 novembre au 12 décembre 2026" is left to the catalogue's "date.range" with both
// dates in words; one day when both ends are the same.
std::string dateRangeInWords(std::string_view firstDate, std::string_view lastDate, const Catalogue& texts);

}  // namespace ets
