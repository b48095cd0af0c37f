#pragma once
// vnd.ets:LogHours's decisions: the fields read from a macro's arguments, what the dialog offers and how its choices
// become fields, and the sentence said once a line is logged.

#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/command_arguments.hpp"
#include "core/timesheet/timesheet.hpp"

#include <string>
#include <vector>

namespace ets {

// Date, Activity and Hours are required (args.missing {name}, in that order); Person defaults to `coder`, who codes
// on this machine; Organisation and Note may be left out.
HourEntryFields hourFieldsFromArguments(const CommandArguments& arguments, const std::string& coder);

// What the LogHours dialog shows.
struct LogHoursDialogContent {
    std::string date;                        // today
    std::string person;                      // who codes on this machine
    std::vector<std::string> activities;     // labels, in kActivities order
    int chosenActivity = 0;                  // the last line's activity: a run of lines is usually alike
    std::string hours;                       // the hours field: one hour, in the UI's way ("1,00" in French)
    std::vector<std::string> organisations;  // "(none)", then the register by name (organisationsByName)
    std::string total;                       // where the mission stands
};
LogHoursDialogContent logHoursDialogContent(const Project& project, const Catalogue& texts, const std::string& coder,
                                            const std::string& today);

// What a person entered in the dialog (texts trimmed; positions in the lists, -1 for none chosen).
struct LogHoursDialogInput {
    std::string date;
    std::string person;
    int activity = -1;
    int organisation = -1;  // 0 is "(none)"
    double hours = 0;          // used when nothing was typed (hoursAsTyped empty)
    std::string hoursAsTyped;  // the hours field: "1,5" and "1.5" are one and a half hours, whatever the UI's language
    std::string note;
};
// The hours typed are read with either decimal separator; anything else is not a number, and logHours refuses it
// naming what was typed (hours.not_positive).
HourEntryFields hourFieldsFromDialog(const LogHoursDialogInput& input, const LogHoursDialogContent& content);

// An amount of hours as the dialog's field shows it: two decimals with the UI's separator ("1,00", "2,75"; "1.00" in
// English), so that it reads like the hint beside it.
std::string hoursFieldText(double hours, const Catalogue& texts);

// "2,5 h de « Entretiens » notées pour Claire le 2025-11-05. Total de la mission : …", saying what is left or that the
// minimum is reached; `project` already holds the line.
std::string loggedMessage(const HourEntry& logged, const Project& project, const Catalogue& texts);

}  // namespace ets
