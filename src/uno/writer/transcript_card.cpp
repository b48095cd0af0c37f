#include "writer/transcript_card.hpp"

#include "core/odf/odt_meta.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/error.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/project_transcripts.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <cctype>
#include <system_error>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::beans::XPropertyContainer> userProperties(const Reference<css::text::XTextDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

// A card property someone edited by hand in File > Properties may have become a number or a yes/no.
std::string asText(const Any& value) {
    rtl::OUString text;
    if (value >>= text)
        return toUtf8(text);
    bool flag = false;
    if (value.getValueTypeClass() == css::uno::TypeClass_BOOLEAN && (value >>= flag))
        return flag ? "true" : "false";
    double number = 0;
    if (value >>= number)
        return toUtf8(rtl::OUString::number(number));
    return {};
}

}  // namespace

Reference<css::text::XTextDocument> writerDocumentIn(const Reference<css::frame::XFrame>& frame) {
    Reference<css::text::XTextDocument> document;
    if (frame.is() && frame->getController().is())
        document.set(frame->getController()->getModel(), UNO_QUERY);
    if (!document.is())
        throw Error("interview.not_writer");
    return document;
}

void requireEditable(const Reference<css::text::XTextDocument>& document) {
    Reference<css::frame::XStorable> storable(document, UNO_QUERY);
    if (!storable.is() || !storable->isReadonly())
        return;
    Reference<css::frame::XTitle> title(document, UNO_QUERY);
    throw Error("interview.read_only", {title.is() ? toUtf8(title->getTitle()) : documentFile(document).string()});
}

namespace {

std::map<std::string, std::string> cardPropertiesIn(const Reference<css::beans::XPropertySet>& properties) {
    Reference<css::beans::XPropertySetInfo> info = properties->getPropertySetInfo();
    std::map<std::string, std::string> card;
    for (const std::string& name : cardPropertyNames()) {
        const rtl::OUString key = toOUString(name);
        if (info->hasPropertyByName(key))
            card[name] = asText(properties->getPropertyValue(key));
    }
    return card;
}

}  // namespace

std::map<std::string, std::string> readCardProperties(const Reference<css::text::XTextDocument>& document) {
    return cardPropertiesIn(Reference<css::beans::XPropertySet>(userProperties(document), UNO_QUERY_THROW));
}

std::map<std::string, std::string> readCardPropertiesOfFile(const Reference<css::uno::XComponentContext>& context,
                                                            const std::filesystem::path& file) {
    // An .odt's card is read from the file itself, in a fraction of the office's time; another format, or a file the
    // reader refuses, through the office.
    std::string extension = file.extension().u8string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".odt") {
        try {
            const std::map<std::string, std::string> all = readOdtUserProperties(file);
            std::map<std::string, std::string> card;
            for (const std::string& name : cardPropertyNames())
                if (const auto found = all.find(name); found != all.end())
                    card[name] = found->second;
            return card;
        } catch (const Error&) {
            // read by the office below, which says what is wrong with the file if anything is
        }
    }
    // Only the file's metadata is read: the document is not loaded, so this stays fast for many transcripts.
    Reference<css::document::XDocumentProperties> properties(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.document.DocumentProperties", context),
        UNO_QUERY_THROW);
    properties->loadFromMedium(fileUrlFromPath(file), css::uno::Sequence<css::beans::PropertyValue>());
    return cardPropertiesIn(
        Reference<css::beans::XPropertySet>(properties->getUserDefinedProperties(), UNO_QUERY_THROW));
}

void writeCardProperties(const Reference<css::text::XTextDocument>& document,
                         const std::map<std::string, std::string>& card) {
    Reference<css::beans::XPropertyContainer> container = userProperties(document);
    Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    for (const std::string& name : cardPropertyNames()) {
        const rtl::OUString key = toOUString(name);
        // Removed then added rather than set: a property retyped by hand would refuse a text.
        if (properties->getPropertySetInfo()->hasPropertyByName(key))
            container->removeProperty(key);
        auto value = card.find(name);
        if (value != card.end())
            container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, Any(toOUString(value->second)));
    }
}

std::filesystem::path documentFile(const Reference<css::text::XTextDocument>& document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    const rtl::OUString url = model.is() ? model->getURL() : rtl::OUString();
    return url.isEmpty() ? std::filesystem::path() : pathFromUserText(url);
}

std::unique_ptr<Pseudonymiser> projectPseudonymiser(const Reference<css::uno::XComponentContext>& context,
                                                    const OpenedProject& opened, const Project& project,
                                                    bool anonymiseOrganisations) {
    const std::vector<PersonName> people =
        namesToHide(opened.project, [&](const std::string& transcript) -> std::optional<InterviewCard> {
            try {
                return cardFromProperties(transcriptCard(context, opened, transcript)).card;
            } catch (const css::uno::Exception& exception) {
                logError("could not read the card of a transcript for pseudonymisation", toUtf8(exception.Message));
            } catch (const Error& error) {
                logError("could not read the card of a transcript for pseudonymisation", error.what());
            }
            return std::nullopt;
        });
    return std::make_unique<Pseudonymiser>(project, people,
                                           pseudonymOptions(documentCatalogue(context), anonymiseOrganisations));
}

bool isModified(const Reference<css::text::XTextDocument>& document) {
    Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
    return modifiable.is() && modifiable->isModified();
}

void setModified(const Reference<css::text::XTextDocument>& document, bool modified) {
    Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
    if (modifiable.is())
        modifiable->setModified(modified);
}

}  // namespace ets::uno
