#include "core/analysis/guide_document.hpp"

#include "core/analysis/programme.hpp"
#include "core/method/method.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "core/text/typography.hpp"

#include <algorithm>
#include <optional>

namespace ets {

namespace {

class GuideComposer {
public:
    GuideComposer(const Project& project, const Catalogue& texts, GuideDocument& guide)
        : project_(project), texts_(texts), out_(guide.paragraphs) {}

    void add(ParagraphRole role, std::string text) { out_.push_back({role, std::move(text), std::nullopt}); }
    void addText(ParagraphRole role, const char* key, const std::vector<std::string>& args = {}) {
        add(role, texts_.text(key, args));
    }

    // A text the tandem wrote: one paragraph a line, or the catalogue's placeholder saying it is still to write.
    void written(const std::string& text) {
        std::vector<std::string> lines = typedLines(text);
        if (lines.empty())
            addText(ParagraphRole::TextBody, "guide.to_write");
        for (std::string& line : lines)
            add(ParagraphRole::TextBody, std::move(line));
    }

    void choice() {
        int interviewed = 0;
        for (const Organisation& organisation : project_.organisations)
            if (wasInterviewed(project_, organisation))
                ++interviewed;
        addText(ParagraphRole::TextBody, "guide.choice_text");
        addText(ParagraphRole::TextBody, "guide.choice_counts",
                {std::to_string(project_.referents.size()), std::to_string(project_.organisations.size()),
                 std::to_string(interviewed)});
        for (std::string& line : nominationLines(project_, texts_))
            add(ParagraphRole::ListItem, std::move(line));
    }

    void grid() {
        int number = 0;
        for (const GuideQuestion& question : project_.guide.questions) {
            addText(ParagraphRole::Heading2, "guide.question", {std::to_string(++number), question.question});
            if (!question.purpose.empty())
                addText(ParagraphRole::TextBody, "guide.purpose", {question.purpose});
            if (!question.prompts.empty())
                addText(ParagraphRole::TextBody, "guide.prompts");
            for (const std::string& prompt : question.prompts)
                add(ParagraphRole::ListItem, prompt);
        }
    }

    // Returns why the chantiers are left out, or nothing.
    std::string calendar(const std::string& today) {
        std::vector<const Interview*> interviews;
        for (const Interview& interview : project_.interviews)
            interviews.push_back(&interview);
        std::stable_sort(interviews.begin(), interviews.end(),
                         [](const Interview* a, const Interview* b) { return a->date < b->date; });
        addText(ParagraphRole::TextBody, "guide.calendar_interviews");
        for (const Interview* interview : interviews) {
            const Organisation* organisation = project_.findOrganisation(interview->organisationId);
            addText(ParagraphRole::ListItem, "guide.calendar_interview",
                    {interview->date.empty() ? texts_.text("deliverable.no_date") : longDate(interview->date, texts_),
                     organisation ? organisation->name : texts_.text("deliverable.organisation_unknown")});
        }
        addText(ParagraphRole::TextBody, "guide.calendar_restitution");
        // The chantiers as the cycle's settings place them; a cycle that cannot be planned is left to the Programme.
        Programme programme;
        try {
            programme = planProgramme(project_, programmeStart(project_, std::nullopt, today));
        } catch (const Error& error) {
            return error.what();
        }
        const Cycle& cycle = project_.cycle;
        addText(ParagraphRole::TextBody, "guide.calendar_cycle",
                {std::to_string(cycle.chantiers), std::to_string(cycle.perYear), std::to_string(cycle.participants),
                 std::to_string(cycle.days), std::to_string(cycle.spanMonths)});
        for (const PlannedSlot& slot : programme.slots)
            addText(ParagraphRole::ListItem, "guide.calendar_chantier",
                    {std::to_string(slot.number), monthRangeInWords(slot.startMonth, slot.endMonth, texts_)});
        return {};
    }

    // The GDPR notice the people met are given: what the interview is for, how long what they say is kept, their
    // rights, who to write to (a line to fill by hand while nobody is named).
    void dataNotice() {
        for (const char* key : {"guide.gdpr_purpose", "guide.gdpr_retention", "guide.gdpr_rights"})
            addText(ParagraphRole::TextBody, key);
        contact();
    }

    // The consent form, a page of its own to print and sign.
    void consentForm() {
        Paragraph title(ParagraphRole::Title, texts_.text("guide.form_title"));
        title.pageBreakBefore = true;
        out_.push_back(std::move(title));
        add(ParagraphRole::Subtitle, project_.name);
        for (const char* key : {"guide.form_name", "guide.form_organisation", "guide.form_intro"})
            addText(ParagraphRole::TextBody, key);
        for (const char* key : {"guide.form_agree_interview", "guide.form_agree_recording", "guide.form_agree_quotes",
                                "guide.form_agree_review"})
            addText(ParagraphRole::TextBody, key);
        addText(ParagraphRole::TextBody, "guide.form_withdraw");
        contact();
        for (const char* key : {"guide.form_place_date", "guide.form_signature"})
            addText(ParagraphRole::TextBody, key);
    }

private:
    void contact() {
        const std::string who = trimmedName(project_.guide.contact);
        if (who.empty())
            addText(ParagraphRole::TextBody, "guide.gdpr_contact_blank");
        else
            addText(ParagraphRole::TextBody, "guide.gdpr_contact", {who});
    }

    const Project& project_;
    const Catalogue& texts_;
    std::vector<Paragraph>& out_;
};

}  // namespace

GuideDocument guideDocument(const Project& project, const Catalogue& texts, const std::string& today) {
    GuideDocument guide;
    guide.title = texts.text("guide.title");
    GuideComposer out(project, texts, guide);
    out.add(ParagraphRole::Title, guide.title);
    out.add(ParagraphRole::Subtitle, project.name);
    out.addText(ParagraphRole::Heading1, "guide.objectives_heading");
    out.addText(ParagraphRole::TextBody, "guide.objectives_text");
    out.addText(ParagraphRole::Heading1, "guide.choice_heading");
    out.choice();
    out.addText(ParagraphRole::Heading1, "guide.presentation_heading");
    out.written(project.guide.presentation);
    out.addText(ParagraphRole::Heading1, "guide.consent_heading");
    out.written(project.guide.consent);
    out.addText(ParagraphRole::Heading1, "guide.gdpr_heading");
    out.dataNotice();
    out.addText(ParagraphRole::Heading1, "guide.grid_heading");
    out.grid();
    out.addText(ParagraphRole::Heading1, "guide.analysis_heading");
    out.addText(ParagraphRole::TextBody, "guide.analysis_text");
    out.addText(ParagraphRole::Heading1, "guide.calendar_heading");
    guide.noChantiers = out.calendar(today);
    out.consentForm();
    return guide;
}

}  // namespace ets
