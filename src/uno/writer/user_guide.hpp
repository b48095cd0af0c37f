#pragma once
// The user guide shipped inside the extension, opened in Writer for a person to read at one of its sections.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>

namespace ets::uno {

struct OpenedGuide {
    std::filesystem::path file;  // the guide inside the installed extension
    std::string language;        // "fr", "en" or "nl"
    std::string topic;           // the section the view shows (its bookmark), empty for the guide's start
    std::string heading;         // that section's heading as the guide words it
};

// Opens the guide of the UI's language (else French, else English) read-only, so that nothing of the person's, nor
// the guide itself, can change; brings it forward when it is open already; shows `topic`'s section (a command's name,
// or a section of the tour) at the top of the view. Throws Error: guide.missing (the extension has no guide),
// guide.unknown_topic (then a guide opened for it is closed again; or, with `unknownAtStart`, the guide is shown at its
// start instead, as F1 does in a dialog the guide has no section for), guide.not_opened (LibreOffice could not open
// it).
OpenedGuide openGuide(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& topic,
                      bool unknownAtStart = false);

}  // namespace ets::uno
