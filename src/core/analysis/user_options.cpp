#include "core/analysis/user_options.hpp"

#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <cmath>
#include <cstdlib>
#include <iterator>
#include <optional>

namespace ets {
namespace {

// A whole number from `low` to `high`, as typed (spaces around allowed); nothing otherwise.
std::optional<int> wholeNumber(const std::string& typed, int low, int high) {
    const std::string text = trimmedName(typed);
    if (text.empty() || text.size() > 6)
        return std::nullopt;
    std::size_t start = text[0] == '-' || text[0] == '+' ? 1 : 0;
    if (start == text.size())
        return std::nullopt;
    for (std::size_t i = start; i < text.size(); ++i)
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const int value = std::atoi(text.c_str());
    if (value < low || value > high)
        return std::nullopt;
    return value;
}

}  // namespace

TypedOptions typedOptions(const UserOptions& options) {
    TypedOptions typed;
    typed.coder = options.coder;
    typed.pseudonymise = options.pseudonymise;
    typed.quotesPerBrief = std::to_string(options.quotesPerBrief);
    typed.placesPerOrganisation = std::to_string(options.placesPerOrganisation);
    for (std::size_t i = 0; i < std::size(kDocumentLanguages); ++i)
        if (options.documentLanguage == kDocumentLanguages[i])
            typed.documentLanguage = static_cast<int>(i);
    typed.flatAmount = options.flatAmount;
    typed.hourlyRate = options.hourlyRate;
    typed.invoicerName = options.invoicerName;
    typed.invoicerAddress = options.invoicerAddress;
    return typed;
}

OptionsTaken takeTypedOptions(const UserOptions& old, const TypedOptions& typed) {
    OptionsTaken taken{old, {}};
    UserOptions& options = taken.options;
    options.coder = trimmedName(typed.coder);
    options.pseudonymise = typed.pseudonymise;
    if (const std::optional<int> quotes = wholeNumber(typed.quotesPerBrief, 0, 50))
        options.quotesPerBrief = *quotes;
    else
        taken.refused.emplace_back("options.bad_quotes", std::vector<std::string>{trimmedName(typed.quotesPerBrief)});
    if (const std::optional<int> places = wholeNumber(typed.placesPerOrganisation, 1, 40))
        options.placesPerOrganisation = *places;
    else
        taken.refused.emplace_back("options.bad_places",
                                   std::vector<std::string>{trimmedName(typed.placesPerOrganisation)});
    if (typed.documentLanguage >= 0 && static_cast<std::size_t>(typed.documentLanguage) < std::size(kDocumentLanguages))
        options.documentLanguage = kDocumentLanguages[typed.documentLanguage];
    const auto amount = [&](const std::string& value, std::string& into, const char* refusal) {
        const std::string text = trimmedName(value);
        if (text.empty() || parseAmount(text))
            into = text;
        else
            taken.refused.emplace_back(refusal, std::vector<std::string>{text});
    };
    amount(typed.flatAmount, options.flatAmount, "options.bad_flat");
    amount(typed.hourlyRate, options.hourlyRate, "options.bad_rate");
    options.invoicerName = trimmedName(typed.invoicerName);
    options.invoicerAddress = typed.invoicerAddress;
    return taken;
}

std::string documentLanguage(const UserOptions& options, const std::string& uiLocale) {
    for (const char* language : kDocumentLanguages)
        if (*language && options.documentLanguage == language)
            return language;
    return catalogueLanguage(uiLocale);
}

InvoiceOptions invoiceOptions(const UserOptions& options) {
    InvoiceOptions invoice;
    invoice.flatAmount = options.flatAmount;
    invoice.hourlyRate = options.hourlyRate;
    invoice.invoicerName = options.invoicerName;
    std::string line;
    for (char c : options.invoicerAddress + "\n") {
        if (c == '\n') {
            if (!trimmedName(line).empty())
                invoice.invoicerAddress.push_back(trimmedName(line));
            line.clear();
        } else if (c != '\r') {
            line += c;
        }
    }
    return invoice;
}

}  // namespace ets
