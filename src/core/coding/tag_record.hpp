#pragma once
// What a transcript document stores about its own tags, so that moving, copying or e-mailing it
// loses nothing: for each tagged passage, its anchor (a bookmark), themes, memo, coder and date.

#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Both the id and the name: ids match inside the project, names match when the transcript
// reaches another project (or a theme was recreated).
struct ThemeRef {
    std::string id;
    std::string name;
};

struct TagRecord {
    std::string anchor;  // name of the bookmark that marks the passage, see newAnchorName
    std::vector<ThemeRef> themes;
    std::string memo;
    std::string coder;
    std::string created;  // YYYY-MM-DD
};

// The document property that holds a transcript's tags (tagsToJson's text).
inline constexpr const char* kTagsProperty = "ETS.Tags";

// Version of the tags' JSON layout inside a document.
inline constexpr int kTagsVersion = 1;

// "ETS_" and 12 random lowercase hex digits: letters, digits and '_' only, so a valid bookmark
// name in ODT and an XML name in DOCX, and recognisable among the person's own bookmarks.
std::string newAnchorName();

// True for names newAnchorName makes, also with anything after them: Writer adds a suffix when
// a pasted copy of a bookmark meets a name already taken.
bool isAnchorName(std::string_view name);

// The name without such a suffix (its first 16 characters); other names unchanged.
std::string anchorBase(std::string_view name);

// Compact JSON text {"version":1,"tags":[{"anchor","themes":[{"id","name"}],"memo","coder","created"}]}.
std::string tagsToJson(const std::vector<TagRecord>& records);

// Reads tagsToJson's text. Empty (or blank) text → no tags. Absent fields take their empty
// value, unknown fields are ignored, and a theme given as a bare string is taken as its name.
// Throws tags.invalid {detail} (detail: where, e.g. "tags[2].anchor", or "not JSON (byte 17)")
// and tags.future_version {found, supported} for a layout newer than this build reads.
std::vector<TagRecord> tagsFromJson(std::string_view text);

// The comment shown in the margin beside the passage: "<themesLabel> : A ; B", then the memo on
// the next line when there is one. The label comes from the catalogue, in the person's language.
std::string annotationText(const TagRecord& record, std::string_view themesLabel);

}  // namespace ets
