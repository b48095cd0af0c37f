#pragma once
// The extension's own per-user settings (schema extension/Settings.xcs) and the office's UI language.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>

namespace ets::uno {

struct UserSettings {
    std::string lastProjectFolder;
    std::string coder;
};

UserSettings readUserSettings(const css::uno::Reference<css::uno::XComponentContext>& context);
void writeUserSettings(const css::uno::Reference<css::uno::XComponentContext>& context, const UserSettings& settings);

// Where this office keeps the index of passages of the project of `folder`: in the user's LibreOffice profile (never
// in the shared folder: each office has its own, and commands that only read write only there).
std::filesystem::path indexFileFor(const css::uno::Reference<css::uno::XComponentContext>& context,
                                   const std::filesystem::path& folder);

// The UI locale LibreOffice shows its menus in, e.g. "fr-BE"; empty when unknown.
std::string officeUiLocale(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace ets::uno
