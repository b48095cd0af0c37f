#pragma once
// Puts an OpenDocument text the core wrote (core/odf/odt_text.hpp) into a Writer document at a cursor, in one go: the
// office reads it as it reads a file, which costs a fraction of writing the same paragraphs one UNO call at a time.

#include <com/sun/star/text/XTextCursor.hpp>

#include <string>

namespace ets::uno {

// Inserts the package's bytes at the cursor (an empty paragraph takes its first paragraph). The bytes go through a
// private temporary file, removed before returning. Throws Error("document.insert_failed") when the office refuses.
void insertPackage(const css::uno::Reference<css::text::XTextCursor>& cursor, const std::string& package);

}  // namespace ets::uno
