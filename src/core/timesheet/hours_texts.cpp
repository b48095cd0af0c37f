#include "core/timesheet/hours_texts.hpp"

namespace ets {

std::string activityLabel(Activity activity, const Catalogue& texts) {
    std::string label = texts.text(std::string_view(activityLabelKey(activity)));
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

std::string hoursText(double hours, const Catalogue& texts) { return formatHours(hours, decimalSeparator(texts)); }

TimesheetVocabulary timesheetVocabulary(const std::vector<Catalogue>& shipped, const Catalogue& ui) {
    TimesheetVocabulary vocabulary;
    for (const Catalogue& catalogue : shipped)
        for (Activity activity : kActivities) {
            const std::string key = activityLabelKey(activity);
            if (catalogue.has(key))
                vocabulary.activityLabels[catalogue.text(std::string_view(key))] = activity;
        }
    vocabulary.decimalSeparator = decimalSeparator(ui);
    return vocabulary;
}

}  // namespace ets
