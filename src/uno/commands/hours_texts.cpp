#include "commands/hours_texts.hpp"

#include "core/text/catalogue.hpp"
#include "office/extension_files.hpp"
#include "office/log.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <mutex>
#include <optional>

namespace ets::uno::commands {

const TimesheetVocabulary& timesheetVocabulary(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    static std::once_flag loaded;
    static TimesheetVocabulary vocabulary;
    std::call_once(loaded, [&] {
        // A French macro run in an English office still types "entretiens": every language counts.
        for (const char* language : {"fr", "en", "nl"})
        {
            try
            {
                const Catalogue catalogue = Catalogue::load(extensionFolder() / "strings", language);
                for (Activity activity : kActivities)
                {
                    const std::string key = activityLabelKey(activity);
                    if (catalogue.has(key))
                        vocabulary.activityLabels[catalogue.text(std::string_view(key))] = activity;
                }
            }
            catch (const std::exception& exception)
            {
                logError("activity labels not loaded", exception.what()); // identifiers still work
            }
        }
        const std::string separator = toUtf8(uiText(context, "hours.decimal_separator"));
        vocabulary.decimalSeparator = separator.size() == 1 ? separator[0] : '.';
    });
    return vocabulary;
}

rtl::OUString activityLabel(const css::uno::Reference<css::uno::XComponentContext>& context, Activity activity)
{
    const std::string key = activityLabelKey(activity);
    rtl::OUString label = uiText(context, key.c_str());
    if (!label.isEmpty() && label[0] >= 'a' && label[0] <= 'z')
        label = label.replaceAt(0, 1, rtl::OUString(static_cast<sal_Unicode>(label[0] - 'a' + 'A')));
    return label;
}

std::string hoursText(const css::uno::Reference<css::uno::XComponentContext>& context, double hours)
{
    return formatHours(hours, timesheetVocabulary(context).decimalSeparator);
}

} // namespace ets::uno::commands
