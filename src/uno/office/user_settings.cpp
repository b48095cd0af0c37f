#include "office/user_settings.hpp"

#include "office/strings.hpp"

#include "core/project/project_store.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XFlushable.hpp>
#include <com/sun/star/util/XStringSubstitution.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using css::uno::XComponentContext;

namespace {

const char* const kSettingsNode = "/org.etsworkbench.Settings/Project";

Reference<css::uno::XInterface> openNode(const Reference<XComponentContext>& context, const char* path,
                                         bool forUpdate) {
    Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
    css::beans::NamedValue nodePath(OUString("nodepath"), Any(OUString::createFromAscii(path)));
    Sequence<Any> arguments(1);
    arguments[0] <<= nodePath;
    return provider->createInstanceWithArguments(forUpdate
                                                     ? OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                                                     : OUString("com.sun.star.configuration.ConfigurationAccess"),
                                                 arguments);
}

std::string readText(const Reference<css::container::XNameAccess>& node, const char* name) {
    OUString value;
    if (node.is() && node->hasByName(OUString::createFromAscii(name)))
        node->getByName(OUString::createFromAscii(name)) >>= value;
    return toUtf8(value);
}

}  // namespace

UserSettings readUserSettings(const Reference<XComponentContext>& context) {
    Reference<css::container::XNameAccess> node(openNode(context, kSettingsNode, false), UNO_QUERY);
    return UserSettings{readText(node, "LastFolder"), readText(node, "Coder")};
}

void writeUserSettings(const Reference<XComponentContext>& context, const UserSettings& settings) {
    Reference<css::uno::XInterface> node = openNode(context, kSettingsNode, true);
    Reference<css::beans::XPropertySet> properties(node, UNO_QUERY_THROW);
    properties->setPropertyValue("LastFolder", Any(toOUString(settings.lastProjectFolder)));
    properties->setPropertyValue("Coder", Any(toOUString(settings.coder)));
    Reference<css::util::XChangesBatch>(node, UNO_QUERY_THROW)->commitChanges();
    // Written to the profile now: the office writes changed settings a moment later, and an office killed in between
    // (a crash just after opening a project) would start again without knowing which project was open.
    Reference<css::util::XFlushable> flushable(css::configuration::theDefaultProvider::get(context), UNO_QUERY);
    if (flushable.is())
        flushable->flush();
}

namespace {

const char* const kOptionsNode = "/org.etsworkbench.Settings/Options";

template <typename Value>
void readValue(const Reference<css::container::XNameAccess>& node, const char* name, Value& into) {
    if (node.is() && node->hasByName(OUString::createFromAscii(name)))
        node->getByName(OUString::createFromAscii(name)) >>= into;
}

void flushSettings(const Reference<XComponentContext>& context) {
    Reference<css::util::XFlushable> flushable(css::configuration::theDefaultProvider::get(context), UNO_QUERY);
    if (flushable.is())
        flushable->flush();
}

}  // namespace

UserOptions readUserOptions(const Reference<XComponentContext>& context) {
    UserOptions options;
    try {
        options.coder = readUserSettings(context).coder;
        Reference<css::container::XNameAccess> node(openNode(context, kOptionsNode, false), UNO_QUERY);
        readValue(node, "Pseudonymise", options.pseudonymise);
        sal_Int32 number = options.quotesPerBrief;
        readValue(node, "QuotesPerBrief", number);
        options.quotesPerBrief = number;
        number = options.placesPerOrganisation;
        readValue(node, "PlacesPerOrganisation", number);
        options.placesPerOrganisation = number;
        options.documentLanguage = readText(node, "DocumentLanguage");
        options.flatAmount = readText(node, "InvoiceFlatAmount");
        options.hourlyRate = readText(node, "InvoiceHourlyRate");
        options.invoicerName = readText(node, "InvoicerName");
        options.invoicerAddress = readText(node, "InvoicerAddress");
    } catch (const css::uno::Exception&) {
        // An office without the schema (never with the extension installed): the defaults.
    }
    return options;
}

void writeUserOptions(const Reference<XComponentContext>& context, const UserOptions& options) {
    UserSettings settings = readUserSettings(context);
    if (settings.coder != options.coder) {
        settings.coder = options.coder;
        writeUserSettings(context, settings);
    }
    Reference<css::uno::XInterface> node = openNode(context, kOptionsNode, true);
    Reference<css::beans::XPropertySet> properties(node, UNO_QUERY_THROW);
    properties->setPropertyValue("Pseudonymise", Any(options.pseudonymise));
    properties->setPropertyValue("QuotesPerBrief", Any(sal_Int32(options.quotesPerBrief)));
    properties->setPropertyValue("PlacesPerOrganisation", Any(sal_Int32(options.placesPerOrganisation)));
    properties->setPropertyValue("DocumentLanguage", Any(toOUString(options.documentLanguage)));
    properties->setPropertyValue("InvoiceFlatAmount", Any(toOUString(options.flatAmount)));
    properties->setPropertyValue("InvoiceHourlyRate", Any(toOUString(options.hourlyRate)));
    properties->setPropertyValue("InvoicerName", Any(toOUString(options.invoicerName)));
    properties->setPropertyValue("InvoicerAddress", Any(toOUString(options.invoicerAddress)));
    Reference<css::util::XChangesBatch>(node, UNO_QUERY_THROW)->commitChanges();
    flushSettings(context);
}

std::string documentLanguage(const Reference<XComponentContext>& context) {
    return ets::documentLanguage(readUserOptions(context), officeUiLocale(context));
}

std::filesystem::path indexFileFor(const Reference<XComponentContext>& context, const std::filesystem::path& folder) {
    try {
        Reference<css::util::XStringSubstitution> paths = css::util::PathSubstitution::create(context);
        const std::filesystem::path user = pathFromUserText(paths->substituteVariables("$(user)", true));
        return user / "ets-workbench" / "index" / indexFileName(folder);
    } catch (const css::uno::Exception&) {
        return {};  // no index kept between sessions: the transcripts are read again
    }
}

std::string officeUiLocale(const Reference<XComponentContext>& context) {
    // The locale a person chose in Tools > Options wins; otherwise the one the office was installed with.
    try {
        Reference<css::container::XNameAccess> chosen(
            openNode(context, "/org.openoffice.Office.Linguistic/General", false), UNO_QUERY);
        std::string locale = readText(chosen, "UILocale");
        if (!locale.empty())
            return locale;
        Reference<css::container::XNameAccess> setup(openNode(context, "/org.openoffice.Setup/L10N", false), UNO_QUERY);
        return readText(setup, "ooLocale");
    } catch (const css::uno::Exception&) {
        return std::string();
    }
}

}  // namespace ets::uno
