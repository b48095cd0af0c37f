#include "core/register/review_copy.hpp"

#include "core/project/free_file_name.hpp"
#include "core/register/pseudonymise.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>

namespace ets {

ReviewFormat parseReviewFormat(std::string_view text) {
    const std::string trimmed = trimmedName(text);
    if (trimmed.empty() || sameName(trimmed, "pdf"))
        return ReviewFormat::Pdf;
    if (sameName(trimmed, "odt"))
        return ReviewFormat::Odt;
    throw Error("review.bad_format", {std::string(text)});
}

std::string extensionOf(ReviewFormat format) { return format == ReviewFormat::Pdf ? ".pdf" : ".odt"; }

const Interview& reviewedInterview(const Project& project, const std::string& interviewId,
                                   const std::string& document) {
    const Interview* interview = trimmedName(interviewId).empty() ? nullptr : project.findInterview(interviewId);
    if (!interview)
        throw Error("review.not_transcript", {document});
    return *interview;
}

std::filesystem::path reviewCopyPath(const std::filesystem::path& folder, const std::filesystem::path& transcript,
                                     ReviewFormat format, const std::string& label) {
    const std::string stem = transcript.stem().u8string() + " \u2013 " + label;
    return freeFileName(folder, stem, {extensionOf(format)});
}

std::string wholeWordPattern(std::string_view text) {
    std::string literal;
    for (char c : text) {
        if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos)
            literal += '\\';
        literal += c;
    }
    // Not inside a word, nor joined to one by a hyphen (as the Pseudonymiser matches names).
    return "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)" + literal + "(?![\\p{L}\\p{N}])(?!-[\\p{L}\\p{N}])";
}

std::vector<NameReplacement> otherOrganisationNames(const Project& project, const std::string& keepOrganisationId,
                                                    const Catalogue& texts) {
    const std::string label = texts.text("pseudonym.organisation");
    std::vector<NameReplacement> names;
    for (const Organisation& organisation : project.organisations) {
        const std::string name = trimmedName(organisation.name);
        if (name.empty() || organisation.id == keepOrganisationId)
            continue;
        names.push_back({name, "[" + organisationAlias(project, organisation.id, label) + "]", wholeWordPattern(name)});
    }
    // Longer names first: "Maison médicale du Nord" before "Nord" would be hidden inside it.
    std::stable_sort(names.begin(), names.end(),
                     [](const NameReplacement& a, const NameReplacement& b) { return a.name.size() > b.name.size(); });
    return names;
}

std::string hideOtherOrganisations(const Project& project, const std::string& keepOrganisationId,
                                   const Catalogue& texts, std::string_view text) {
    PseudonymOptions options = pseudonymOptions(texts, true);
    options.keepOrganisationId = keepOrganisationId;
    return Pseudonymiser(project, {}, options).apply(text);
}

}  // namespace ets
