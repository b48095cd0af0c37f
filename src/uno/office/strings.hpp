#pragma once
// Conversions between the UTF-8 std::string of src/core and UNO's OUString, paths and URLs.

#include <rtl/ustring.hxx>

#include <filesystem>
#include <string>

namespace ets::uno {

using rtl::OUString;

inline OUString toOUString(const std::string& utf8) {
    return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string toUtf8(const OUString& text) {
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<size_t>(bytes.getLength()));
}

// Accepts a path or a file: URL (what a person or a macro may type) and gives a system path.
std::filesystem::path pathFromUserText(const OUString& pathOrUrl);
OUString fileUrlFromPath(const std::filesystem::path& path);

}  // namespace ets::uno
