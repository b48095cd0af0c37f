#pragma once
// The OpenProject dialog (dialogs/OpenProject.xdl): the project folder (typed, or picked with Browse), open or create,
// the project's name and who codes on this machine.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <functional>
#include <string>

namespace ets::uno {

// What the person asks for.
struct ProjectRequest {
    std::filesystem::path folder;
    bool create = false;
    bool demo = false;  // a copy of the demo project shipped in the extension, made in `folder`, then opened
    std::string name;
    std::string coder;
    bool restoreBackup = false;  // the folder lost its project file: put its previous version back first
};

// Shows the dialog filled with `current` (an empty folder: no project yet, "create" is proposed) until `accept` takes
// what the person entered (an ets::Error it throws is shown and the dialog stays); false when they cancelled.
bool runOpenProjectDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::frame::XFrame>& frame, const ProjectRequest& current,
                          const std::function<void(const ProjectRequest&)>& accept);

}  // namespace ets::uno
