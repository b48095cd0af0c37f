#include "app/options_handler.hpp"

#include "app/service_names.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/user_settings.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

#include <iterator>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace {

constexpr ServiceNames kNames{"org.etsworkbench.OptionsHandlerImpl", "org.etsworkbench.OptionsHandler"};

// The language list's items, in kDocumentLanguages' order.
const char* const kLanguageLabels[] = {"options.language_office", "options.language_fr", "options.language_nl",
                                       "options.language_en"};

template <typename Interface>
Reference<Interface> control(const Reference<css::awt::XWindow>& page, const char* name) {
    Reference<css::awt::XControlContainer> container(page, UNO_QUERY);
    return Reference<Interface>(container.is() ? container->getControl(OUString::createFromAscii(name)) : nullptr,
                                UNO_QUERY);
}

std::string textOf(const Reference<css::awt::XWindow>& page, const char* name) {
    Reference<css::awt::XTextComponent> field = control<css::awt::XTextComponent>(page, name);
    return field.is() ? toUtf8(field->getText()) : std::string();
}

void setText(const Reference<css::awt::XWindow>& page, const char* name, const std::string& text) {
    if (Reference<css::awt::XTextComponent> field = control<css::awt::XTextComponent>(page, name); field.is())
        field->setText(toOUString(text));
}

void setStatus(const Reference<css::awt::XWindow>& page, const OUString& text) {
    if (Reference<css::awt::XFixedText> label = control<css::awt::XFixedText>(page, "StatusLabel"); label.is())
        label->setText(text);
}

void fill(const Reference<css::uno::XComponentContext>& context, const Reference<css::awt::XWindow>& page,
          const TypedOptions& typed) {
    setText(page, "CoderField", typed.coder);
    if (Reference<css::awt::XCheckBox> box = control<css::awt::XCheckBox>(page, "PseudonymiseBox"); box.is())
        box->setState(typed.pseudonymise ? 1 : 0);
    setText(page, "QuotesField", typed.quotesPerBrief);
    setText(page, "PlacesField", typed.placesPerOrganisation);
    if (Reference<css::awt::XListBox> list = control<css::awt::XListBox>(page, "LanguageList"); list.is()) {
        list->removeItems(0, list->getItemCount());
        for (std::size_t i = 0; i < std::size(kLanguageLabels); ++i)
            list->addItem(uiText(context, kLanguageLabels[i]), static_cast<sal_Int16>(i));
        list->selectItemPos(static_cast<sal_Int16>(typed.documentLanguage), true);
    }
    setText(page, "RateField", typed.hourlyRate);
    setText(page, "FlatField", typed.flatAmount);
    setText(page, "NameField", typed.invoicerName);
    setText(page, "AddressField", typed.invoicerAddress);
}

// Says at once, over the options dialog, which values were not taken: on OK the dialog closes, and the page's own
// line would only be read the next time it is opened. Not for a page nobody sees (a test's).
void tellRefusals(const Reference<css::uno::XComponentContext>& context, const Reference<css::awt::XWindow>& page,
                  const OUString& refusals) {
    Reference<css::awt::XWindow2> shown(page, UNO_QUERY);
    if (!shown.is() || !shown->isVisible())
        return;
    Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), UNO_QUERY);
    Reference<css::awt::XWindowPeer> parent(page, UNO_QUERY);
    if (!factory.is())
        return;
    Reference<css::awt::XMessageBox> box =
        factory->createMessageBox(parent, css::awt::MessageBoxType_WARNINGBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
                                  uiText(context, "app.title"), refusals);
    if (box.is())
        box->execute();
}

TypedOptions read(const Reference<css::awt::XWindow>& page) {
    TypedOptions typed;
    typed.coder = textOf(page, "CoderField");
    Reference<css::awt::XCheckBox> box = control<css::awt::XCheckBox>(page, "PseudonymiseBox");
    typed.pseudonymise = !box.is() || box->getState() == 1;
    typed.quotesPerBrief = textOf(page, "QuotesField");
    typed.placesPerOrganisation = textOf(page, "PlacesField");
    Reference<css::awt::XListBox> list = control<css::awt::XListBox>(page, "LanguageList");
    typed.documentLanguage = list.is() ? std::max<int>(0, list->getSelectedItemPos()) : 0;
    typed.hourlyRate = textOf(page, "RateField");
    typed.flatAmount = textOf(page, "FlatField");
    typed.invoicerName = textOf(page, "NameField");
    typed.invoicerAddress = textOf(page, "AddressField");
    return typed;
}

}  // namespace

OptionsHandler::OptionsHandler(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

sal_Bool OptionsHandler::callHandlerMethod(const Reference<css::awt::XWindow>& page, const css::uno::Any& event,
                                           const OUString& method) {
    if (method != "external_event")
        return false;
    OUString what;
    event >>= what;
    try {
        if (what == "initialize" || what == "back") {
            fill(context_, page, typedOptions(readUserOptions(context_)));
            setStatus(page, OUString());
            return true;
        }
        if (what == "ok") {
            const OptionsTaken taken = takeTypedOptions(readUserOptions(context_), read(page));
            writeUserOptions(context_, taken.options);
            // The page shows what is kept, and why a value typed was not taken (the options dialog stays closed on
            // OK: the person sees it when they open the page again, and the old value in its field).
            OUString refusals;
            for (const Error& refused : taken.refused)
                refusals += (refusals.isEmpty() ? OUString() : OUString("\n")) + uiText(context_, refused);
            fill(context_, page, typedOptions(taken.options));
            setStatus(page, refusals);
            if (!refusals.isEmpty())
                tellRefusals(context_, page, refusals);
            return true;
        }
    } catch (const css::uno::Exception& exception) {
        logError("options page", toUtf8(exception.Message));
    } catch (const std::exception& exception) {
        logError("options page", exception.what());
    }
    return false;
}

css::uno::Sequence<OUString> OptionsHandler::getSupportedMethodNames() {
    const OUString name("external_event");
    return css::uno::Sequence<OUString>(&name, 1);
}

OUString OptionsHandler::getImplementationName() { return kNames.implementationName(); }
sal_Bool OptionsHandler::supportsService(const OUString& name) { return kNames.supports(name); }
css::uno::Sequence<OUString> OptionsHandler::getSupportedServiceNames() { return kNames.services(); }

}  // namespace ets::uno
