// The ETS page of Tools ▸ Options: values typed become options, a refused value keeps the old one and says why, the
// language of documents written, and what the invoice takes of the options.

#include "core/analysis/user_options.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(UserOptions, TheTypedValuesAreTaken) {
    UserOptions old;
    TypedOptions typed = typedOptions(old);
    EXPECT_EQ(typed.quotesPerBrief, "16");
    EXPECT_EQ(typed.placesPerOrganisation, "8");
    EXPECT_EQ(typed.documentLanguage, 0);
    typed.coder = "  Claire ";
    typed.pseudonymise = false;
    typed.quotesPerBrief = " 6 ";
    typed.placesPerOrganisation = "5";
    typed.documentLanguage = 2;
    typed.hourlyRate = " 62,50 ";
    typed.flatAmount = "3 000";
    typed.invoicerName = "Claire Dubois";
    typed.invoicerAddress = "Rue Haute 12\n\n1000 Bruxelles\r\n";
    const OptionsTaken taken = takeTypedOptions(old, typed);
    EXPECT_TRUE(taken.refused.empty());
    EXPECT_EQ(taken.options.coder, "Claire");
    EXPECT_FALSE(taken.options.pseudonymise);
    EXPECT_EQ(taken.options.quotesPerBrief, 6);
    EXPECT_EQ(taken.options.placesPerOrganisation, 5);
    EXPECT_EQ(taken.options.documentLanguage, "nl");
    EXPECT_EQ(taken.options.hourlyRate, "62,50");
    const InvoiceOptions invoice = invoiceOptions(taken.options);
    EXPECT_EQ(invoice.hourlyRate, "62,50");
    EXPECT_EQ(invoice.flatAmount, "3 000");
    EXPECT_EQ(invoice.invoicerName, "Claire Dubois");
    EXPECT_EQ(invoice.invoicerAddress, (std::vector<std::string>{"Rue Haute 12", "1000 Bruxelles"}));
    EXPECT_EQ(typedOptions(taken.options).documentLanguage, 2);
}

TEST(UserOptions, ARefusedValueKeepsTheOldOneAndSaysWhy) {
    UserOptions old;
    old.quotesPerBrief = 10;
    old.placesPerOrganisation = 6;
    old.hourlyRate = "60";
    TypedOptions typed = typedOptions(old);
    typed.quotesPerBrief = "-3";
    typed.placesPerOrganisation = "-1";
    typed.hourlyRate = "soixante";
    typed.flatAmount = "beaucoup";
    typed.invoicerName = "Claire";  // a good value beside refused ones is taken
    const OptionsTaken taken = takeTypedOptions(old, typed);
    ASSERT_EQ(taken.refused.size(), 4u);
    EXPECT_EQ(taken.refused[0].key(), "options.bad_quotes");
    EXPECT_EQ(taken.refused[0].args(), std::vector<std::string>{"-3"});
    EXPECT_EQ(taken.refused[1].key(), "options.bad_places");
    EXPECT_EQ(taken.refused[2].key(), "options.bad_flat");
    EXPECT_EQ(taken.refused[3].key(), "options.bad_rate");
    EXPECT_EQ(taken.options.quotesPerBrief, 10);
    EXPECT_EQ(taken.options.placesPerOrganisation, 6);
    EXPECT_EQ(taken.options.hourlyRate, "60");
    EXPECT_EQ(taken.options.flatAmount, "");
    EXPECT_EQ(taken.options.invoicerName, "Claire");
    for (const char* bad : {"", "2.5", "51", "douze"}) {
        typed = typedOptions(old);
        typed.quotesPerBrief = bad;
        EXPECT_EQ(takeTypedOptions(old, typed).refused.size(), 1u) << bad;
    }
    typed = typedOptions(old);
    typed.placesPerOrganisation = "0";  // a chantier's places go somewhere: at least one
    EXPECT_EQ(takeTypedOptions(old, typed).refused.size(), 1u);
    typed = typedOptions(old);
    typed.hourlyRate = "  ";  // blank: no rate (the flat amount, or a line to fill by hand)
    EXPECT_TRUE(takeTypedOptions(old, typed).refused.empty());
    EXPECT_EQ(takeTypedOptions(old, typed).options.hourlyRate, "");
}

TEST(UserOptions, TheDocumentLanguageFollowsTheOfficeUnlessSet) {
    UserOptions options;
    EXPECT_EQ(documentLanguage(options, "fr-BE"), "fr");
    EXPECT_EQ(documentLanguage(options, "nl-BE"), "nl");
    EXPECT_EQ(documentLanguage(options, "de-DE"), "en");
    options.documentLanguage = "en";
    EXPECT_EQ(documentLanguage(options, "fr-BE"), "en");
    options.documentLanguage = "xx";  // a value written by hand in the profile: the office's
    EXPECT_EQ(documentLanguage(options, "fr-BE"), "fr");
}

}  // namespace
}  // namespace ets
