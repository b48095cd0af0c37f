#pragma once
// A small project that fills every field of the model with a value different from its
// default, so a round trip that drops a field is noticed.

#include "core/project/model.hpp"

namespace ets::testing {

inline Project sampleProject() {
    Project project;
    project.name = "Exploration ETS 2025 – « nœuds » et leviers";
    project.settings = {"Amina", 80.5, "nl"};

    project.themes = {
        {"th-1", "Non-recours aux droits", "Les personnes ne demandent pas ce à quoi elles ont droit.", "#A0B1C2", ""},
        {"th-2", "Numérisation des services", "Guichets fermés, démarches en ligne.", "", "th-1"},
    };

    Organisation organisation;
    organisation.id = "org-1";
    organisation.name = "Maison médicale du Nord";
    organisation.kind = "ASBL";
    organisation.sector = "Santé";
    organisation.commune = "Schaerbeek";
    organisation.contact = "accueil@example.org";
    organisation.referent = "Luc";
    organisation.role = OrganisationRole::Both;
    organisation.status = OrganisationStatus::Interviewed;
    organisation.notes = "Rencontre très riche.";
    project.organisations.push_back(organisation);

    Interview interview;
    interview.id = "int-1";
    interview.organisationId = "org-1";
    interview.date = "2024-02-29";
    interview.durationMinutes = 125;
    interview.interviewers = {"Chargée de projet ETS", "Chercheuse"};
    interview.participants = {"coordinatrice", "assistant social"};
    interview.place = "Rue Josaphat";
    interview.consent = true;
    interview.status = "transcribed";
    interview.transcript = "transcripts/maison-medicale.odt";
    project.interviews.push_back(interview);

    Passage passage;
    passage.id = "pa-1";
    passage.transcript = "transcripts/maison-medicale.odt";
    passage.anchor = "ets-pa-1";
    passage.themeIds = {"th-1", "th-2"};
    passage.coder = "Amina";
    passage.text = "On voit des gens qui « abandonnent » avant même d'avoir essayé.";
    passage.memo = "Lien avec la fracture numérique.";
    project.passages.push_back(passage);

    HourEntry entry;
    entry.id = "h-1";
    entry.date = "2025-01-15";
    entry.person = "Amina";
    entry.activity = Activity::Interviews;
    entry.organisationId = "org-1";
    entry.hours = 2.75;
    entry.note = "Entretien + trajet";
    project.hours.push_back(entry);

    // A size beyond 32 bits and a time in microseconds, so a narrowing reader is noticed.
    project.transcripts.push_back({"transcripts/maison-medicale.odt", 1736935200123456, 5000000000});
    return project;
}

}  // namespace ets::testing
