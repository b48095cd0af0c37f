#pragma once
// The extension's own per-user settings (schema extension/Settings.xcs) and the office's UI language.

#include "core/analysis/user_options.hpp"

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

// The ETS page of Tools ▸ Options (Settings.xcs's Options group, and Project/Coder). A value the profile lacks keeps
// its default.
UserOptions readUserOptions(const css::uno::Reference<css::uno::XComponentContext>& context);
void writeUserOptions(const css::uno::Reference<css::uno::XComponentContext>& context, const UserOptions& options);

// The language the extension writes documents in: the option when set, else the office's UI language.
std::string documentLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

// Where this office keeps the index of passages of the project of `folder`: in the user's LibreOffice profile (never
// in the shared folder: each office has its own, and commands that only read write only there).
std::filesystem::path indexFileFor(const css::uno::Reference<css::uno::XComponentContext>& context,
                                   const std::filesystem::path& folder);

// The UI locale LibreOffice shows its menus in, e.g. "fr-BE"; empty when unknown.
std::string officeUiLocale(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace ets::uno
