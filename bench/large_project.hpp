#pragma once
// The project every benchmark measures: larger than the exploratory phase will ever reach (20 organisations,
// 50 themes, 5,000 passages, 1,000 hour entries), the same at every run (fixed seed).

#include "core/project/model.hpp"

#include <random>
#include <string>

namespace ets::bench {

inline std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

inline ets::Project largeProject() {
    std::mt19937 random(42);  // fixed seed: every run measures the same project
    ets::Project project;
    project.name = "Banc d'essai – exploration ETS";
    project.settings.coder = "Amina";

    for (int i = 0; i < 50; ++i) {
        ets::Theme theme{ets::newId("th-"), "Thème n°" + std::to_string(i), "Description du thème, deux phrases.",
                         "#3366CC", ""};
        if (i >= 10)
            theme.parentId = project.themes[i % 10].id;  // 10 top-level themes, 40 below them
        project.themes.push_back(theme);
    }
    for (int i = 0; i < 20; ++i) {
        ets::Organisation organisation;
        organisation.id = ets::newId("org-");
        organisation.name = "Association de terrain n°" + std::to_string(i);
        organisation.kind = "ASBL";
        organisation.sector = "Action sociale";
        organisation.commune = "Saint-Gilles";
        organisation.contact = "contact@example.org";
        organisation.referent = "Membre du comité";
        organisation.role = ets::OrganisationRole::Both;
        organisation.status = ets::OrganisationStatus::Interviewed;
        organisation.notes = "Notes de suivi de la prise de contact.";
        project.organisations.push_back(organisation);

        ets::Interview interview;
        interview.id = ets::newId("int-");
        interview.organisationId = organisation.id;
        interview.date = "2025-01-" + twoDigits(1 + i);
        interview.durationMinutes = 120;
        interview.interviewers = {"Chargée de projet", "Chercheuse"};
        interview.participants = {"coordinatrice", "travailleur social"};
        interview.place = "Dans leurs locaux";
        interview.consent = true;
        interview.status = "transcribed";
        interview.transcript = "entretien-" + std::to_string(i) + ".odt";
        project.interviews.push_back(interview);
    }
    const std::string quote =
        "Ce qu'on vit au quotidien, c'est que les personnes arrivent chez nous après avoir été renvoyées de "
        "guichet en guichet ; elles ont perdu confiance, et nous, on doit d'abord recréer du lien avant de "
        "pouvoir faire valoir le moindre droit. « On n'a plus le temps de faire notre vrai travail. »";
    for (int i = 0; i < 5000; ++i) {
        ets::Passage passage;
        passage.id = ets::newId("pa-");
        passage.transcript = project.interviews[i % 20].transcript;
        passage.anchor = "ets-" + passage.id;
        for (int t = 0, count = 1 + static_cast<int>(random() % 3); t < count; ++t)
            passage.themeIds.push_back(project.themes[random() % 50].id);
        passage.coder = i % 2 ? "Amina" : "Luc";
        passage.text = quote;
        passage.memo = i % 4 == 0 ? "Mémo : à rapprocher des autres entretiens." : "";
        project.passages.push_back(passage);
    }
    for (int i = 0; i < 1000; ++i) {
        ets::HourEntry entry;
        entry.id = ets::newId("h-");
        entry.date = "2025-" + twoDigits(1 + i % 12) + "-" + twoDigits(1 + i % 28);
        entry.person = "Chercheuse";
        entry.activity = static_cast<ets::Activity>(i % 9);
        entry.organisationId = i % 3 ? project.organisations[i % 20].id : "";
        entry.hours = 0.25 * (1 + random() % 16);
        entry.note = "Travail sur les entretiens";
        project.hours.push_back(entry);
    }
    return project;
}

}  // namespace ets::bench
