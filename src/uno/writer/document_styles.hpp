#pragma once
// The named styles of a Writer document that the extension creates for its own texts.

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <string>

namespace ets::uno {

struct DocumentStyle {
    css::uno::Reference<css::beans::XPropertySet> properties;
    bool created = false;  // false when the document had it already: a person may have restyled it
};

// The style `name` of `family` ("ParagraphStyles", "CharacterStyles"), created with `parent` when the
// document has none yet. An existing style is returned as it is (its parent is left alone).
DocumentStyle documentStyle(const css::uno::Reference<css::text::XTextDocument>& document, const char* family,
                            const std::string& name, const char* parent = nullptr);

}  // namespace ets::uno
