#pragma once
// The ETS page of Tools ▸ Options: what each person sets once for their machine (kept in their LibreOffice profile,
// never in the project folder), what a value typed on the page becomes, and what a refused one says.

#include "core/text/catalogue.hpp"
#include "core/timesheet/invoice.hpp"

#include <string>
#include <vector>

namespace ets {

// The documents' languages the page offers, in its list's order: follow LibreOffice's, then French, Dutch, English.
inline constexpr const char* kDocumentLanguages[] = {"", "fr", "nl", "en"};

struct UserOptions {
    std::string coder;
    bool pseudonymise = true;       // briefs and the deliverable, unless a call says otherwise
    int quotesPerBrief = 16;        // kDefaultBriefQuotes
    int placesPerOrganisation = 8;  // the programme's cap, unless the project or a call says otherwise
    std::string documentLanguage;   // "" (LibreOffice's), "fr", "nl" or "en"
    std::string flatAmount;         // as typed
    std::string hourlyRate;         // as typed
    std::string invoicerName;
    std::string invoicerAddress;  // one line a line
};

// What a person typed or chose on the page.
struct TypedOptions {
    std::string coder;
    bool pseudonymise = true;
    std::string quotesPerBrief;
    std::string placesPerOrganisation;
    int documentLanguage = 0;  // a position in kDocumentLanguages
    std::string flatAmount;
    std::string hourlyRate;
    std::string invoicerName;
    std::string invoicerAddress;
};

// What the page shows for the options.
TypedOptions typedOptions(const UserOptions& options);

// The options once the page's values are taken: each value refused keeps the old one and says why, in the page's
// order (the errors' keys and arguments):
//   options.bad_quotes {value}   quotes per brief not a whole number from 0 to 50
//   options.bad_places {value}   places per organisation not a whole number from 1 to 40
//   options.bad_rate {value}     an hourly rate that is no amount (parseAmount)
//   options.bad_flat {value}     a flat amount that is no amount
struct OptionsTaken {
    UserOptions options;
    std::vector<Error> refused;
};
OptionsTaken takeTypedOptions(const UserOptions& old, const TypedOptions& typed);

// The language documents are written in: the option when set, else the office's ("fr-BE" → "fr").
std::string documentLanguage(const UserOptions& options, const std::string& uiLocale);

// What the invoice takes of the options.
InvoiceOptions invoiceOptions(const UserOptions& options);

}  // namespace ets
