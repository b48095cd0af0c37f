#include "office/strings.hpp"

#include <osl/file.hxx>

namespace ets::uno {

std::filesystem::path pathFromUserText(const OUString& pathOrUrl) {
    const OUString trimmed = pathOrUrl.trim();
    if (trimmed.startsWithIgnoreAsciiCase("file:")) {
        OUString systemPath;
        if (osl::FileBase::getSystemPathFromFileURL(trimmed, systemPath) == osl::FileBase::E_None)
            return std::filesystem::path(toUtf8(systemPath));
    }
    return std::filesystem::path(toUtf8(trimmed));
}

OUString fileUrlFromPath(const std::filesystem::path& path) {
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(std::filesystem::absolute(path).string()), url);
    return url;
}

}  // namespace ets::uno
