#pragma once
// Carries out the readable copy of a tagged transcript (core/coding/readable_copy.hpp) in a hidden copy of it: every
// comment becomes a numbered note at the end of the text it covers, and every passage is tinted.

#include "core/coding/readable_copy.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

#include <functional>

namespace ets::uno {

// Changes `copy` (a hidden copy, never the person's document). `progress` hears (comments done, comments in all).
// Returns how many comments became notes.
int makeReadable(const css::uno::Reference<css::text::XTextDocument>& copy, const Project& project,
                 NotePlacement placement, const Catalogue& texts,
                 const std::function<void(int, int)>& progress = {});

}  // namespace ets::uno
