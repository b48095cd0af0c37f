#include "commands/brief_material.hpp"

#include "calc/spreadsheet.hpp"
#include "core/text/error.hpp"
#include "office/log.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace ets::uno::commands {

std::vector<PersonName> namesToHide(CommandCall& call, const OpenedProject& opened)
{
    std::vector<PersonName> people = opened.project.people;
    for (const Interview& interview : opened.project.interviews)
    {
        if (interview.transcript.empty())
            continue;
        try
        {
            const std::vector<PersonName> named = peopleOfCard(cardFromProperties(transcriptCard(call.context, opened, interview.transcript)).card);
            people.insert(people.end(), named.begin(), named.end());
        }
        catch (const css::uno::Exception& exception)
        {
            logError("could not read the card of a transcript for pseudonymisation", toUtf8(exception.Message));
        }
        catch (const Error& error)
        {
            logError("could not read the card of a transcript for pseudonymisation", error.what());
        }
    }
    return people;
}

std::unique_ptr<Pseudonymiser> pseudonymiserFor(CommandCall& call, const OpenedProject& opened, const Project& project,
                                                bool pseudonymise, bool anonymiseOrganisations)
{
    if (!pseudonymise)
        return nullptr;
    PseudonymOptions options;
    options.personLabel = toUtf8(uiText(call.context, "pseudonym.person"));
    options.organisations = anonymiseOrganisations;
    options.organisationLabel = toUtf8(uiText(call.context, "pseudonym.organisation"));
    return std::make_unique<Pseudonymiser>(project, namesToHide(call, opened), options);
}

int quotesArgument(const CommandCall& call)
{
    if (!call.arguments.has("Quotes"))
        return 6;
    std::optional<double> quotes;
    try
    {
        quotes = call.arguments.number("Quotes");
    }
    catch (const Error&)
    {
        throw Error("brief.bad_quotes", {call.arguments.textOr("Quotes", "")});
    }
    if (!quotes || *quotes < 0 || *quotes > 50 || std::floor(*quotes) != *quotes)
        throw Error("brief.bad_quotes", {quotes ? std::to_string(*quotes) : std::string()});
    return static_cast<int>(*quotes);
}

} // namespace ets::uno::commands
