#pragma once
// Carrying out a REFI-QDA import plan (core/refi/import_plan.hpp) in the open project: each planned transcript
// becomes a real Writer transcript in transcripts/, with real ETS tags (core/refi/import_transcript.hpp).

#include "core/project/opened_project.hpp"
#include "core/refi/import_plan.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ets::uno {

// Creates in the project what the plan says: themes and organisations, then each transcript as an .odt in
// transcripts/ (numbered when the name is taken: an import never replaces a file), then saves the project. Nothing is
// left behind when it fails: the files created are removed and the project is neither changed nor saved.
// Progress shows in the frame's status bar.
void carryOutImport(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                    const refi::ImportPlan& plan, const std::string& fallbackCoder);

}  // namespace ets::uno
