#pragma once
// The file a REFI-QDA exchange command reads or writes: the argument File when a macro calls it, a file picker when a
// person does.

#include "office/arguments.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <filesystem>

namespace ets::uno {

enum class FileUse { Save, Open };

struct ExchangeFileRequest {
    FileUse use = FileUse::Open;
    const char* extension = "";    // "qdpx", "qdc": added to a file saved without one
    rtl::OUString filterName;      // the picker's filter, in the person's language
    std::filesystem::path folder;  // where the picker starts (the project folder)
    const char* argument = "File";  // the argument a macro gives the file in
    const char* patterns = nullptr; // the picker's patterns ("*.odt;*.qdpx"); default "*.<extension>"
};

// A macro: its File argument, or the request's (refi.no_file when it has none). A person: the picker's choice, empty when cancelled.
std::filesystem::path exchangeFile(const css::uno::Reference<css::uno::XComponentContext>& context, bool interactive,
                                   const Arguments& arguments, const ExchangeFileRequest& request);

}  // namespace ets::uno
