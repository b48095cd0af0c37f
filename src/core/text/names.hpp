#pragma once
// How the names people type are compared: themes, organisations, activities, coders.
// "Logement", " logement" and "LOGEMENT" are one name; so are "Épuisement" and "épuisement".

#include <string>
#include <string_view>

namespace ets {

// The name as it is stored: without the spaces around it, in Unicode's composed form (NFC).
std::string trimmedName(std::string_view name);

// Lower case for ASCII and the Latin-1 capitals (À..Þ but ×), the letters of French and Dutch
// names, in UTF-8; other characters stay as they are. The text keeps its length in bytes.
std::string foldCase(std::string_view text);

// The form two names are compared in: trimmed, folded, the typographic apostrophe ’ as the straight one (what a
// person types and what the catalogues print are one name).
std::string nameKey(std::string_view name);
bool sameName(std::string_view a, std::string_view b);

// At most about `maxBytes` of UTF-8 text for a list or a label: cut between words (never inside a
// letter), followed by "…" when something was left out.
std::string excerpt(std::string_view text, std::size_t maxBytes);

// A name a person gives (a theme, an organisation): refused when it holds control characters, characters that
// reorder or hide text (bidirectional overrides, zero-width spaces — a look-alike of another name), or more than
// kMaxNameCharacters characters. Throws name.bad_character or name.too_long.
inline constexpr std::size_t kMaxNameCharacters = 200;
void checkGivenName(std::string_view name);

}  // namespace ets
