#pragma once
// A transcript the project cannot find, located by the person: a file picker asks where it is now; the file chosen is
// recognised by its interview id, and the project follows it (core/coding/transcript_moves).

#include "core/project/opened_project.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ets::uno {

// Asks the person where the missing transcript `key` is now. Returns its new project path once the project follows it
// (saved); empty when the person cancelled, or chose another file (said in a message box).
std::string locateMissingTranscript(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const css::uno::Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                                    const std::string& key);

}  // namespace ets::uno
