#include "core/project/project_json.hpp"

#include "core/project/json_fields.hpp"
#include "core/project/method_json.hpp"
#include "core/project/project_checks.hpp"
#include "core/text/error.hpp"

#include <string>
#include <utility>

using nlohmann::json;

namespace ets {

// ---- writing ---------------------------------------------------------------------------

json themeToJson(const Theme& theme) {
    return {{"id", theme.id},
            {"name", theme.name},
            {"description", theme.description},
            {"colour", theme.colour},
            {"parentId", theme.parentId}};
}

json organisationToJson(const Organisation& organisation) {
    json item = {{"id", organisation.id},
            {"name", organisation.name},
            {"kind", organisation.kind},
            {"sector", organisation.sector},
            {"commune", organisation.commune},
            {"contact", organisation.contact},
            {"referent", organisation.referent},
            {"role", toString(organisation.role)},
            {"status", toString(organisation.status)},
            {"notes", organisation.notes}};
    // Optional fields only when set: a file that never used them does not change, nor do its records' revisions.
    if (!organisation.plannedDate.empty())
        item["plannedDate"] = organisation.plannedDate;
    return item;
}

json interviewToJson(const Interview& interview) {
    json item = {{"id", interview.id},
            {"organisationId", interview.organisationId},
            {"date", interview.date},
            {"durationMinutes", interview.durationMinutes},
            {"interviewers", interview.interviewers},
            {"participants", interview.participants},
            {"place", interview.place},
            {"consent", interview.consent},
            {"status", interview.status},
            {"transcript", interview.transcript}};
    // The calendar's fields only when set (as the organisations' planned date).
    const std::pair<const char*, const std::string*> optional[] = {{"plannedDate", &interview.plannedDate},
                                                                   {"consentDate", &interview.consentDate},
                                                                   {"consentForm", &interview.consentForm},
                                                                   {"reviewSent", &interview.reviewSent},
                                                                   {"validated", &interview.validated}};
    for (const auto& [field, value] : optional)
        if (!value->empty())
            item[field] = *value;
    return item;
}

json passageToJson(const Passage& passage) {
    json item = {{"id", passage.id},         {"transcript", passage.transcript},
                 {"anchor", passage.anchor}, {"themeIds", passage.themeIds},
                 {"coder", passage.coder},   {"text", passage.text},
                 {"memo", passage.memo}};
    // The context only when there is one (a passage opening the transcript has none).
    if (!passage.speaker.empty())
        item["speaker"] = passage.speaker;
    if (!passage.leadIn.empty())
        item["leadIn"] = passage.leadIn;
    if (!passage.prompt.empty())
        item["prompt"] = passage.prompt;
    return item;
}

json hourEntryToJson(const HourEntry& entry) {
    return {{"id", entry.id},
            {"date", entry.date},
            {"person", entry.person},
            {"activity", toString(entry.activity)},
            {"organisationId", entry.organisationId},
            {"hours", entry.hours},
            {"note", entry.note}};
}

json stampToJson(const TranscriptStamp& stamp) {
    return {{"transcript", stamp.transcript}, {"modified", stamp.modified}, {"size", stamp.size}};
}

json personToJson(const PersonName& person) { return {{"name", person.name}, {"role", person.role}}; }
json pendingToJson(const PendingRewrite& pending) {
    return {{"transcript", pending.transcript}, {"replacedThemes", pending.replacedThemes}};
}

json analysisToJson(const ThemeAnalysis& analysis) {
    json item = {{"id", analysis.id}, {"themeId", analysis.themeId}, {"document", analysis.document}};
    if (analysis.kind)
        item["kind"] = toString(*analysis.kind);
    for (AnalysisPart part : kAnalysisParts) {
        std::string field = toString(part);
        field[0] = static_cast<char>(field[0] - 'A' + 'a');
        item[field] = analysis.part(part);
    }
    return item;
}

json passageMarkToJson(const PassageMark& mark) {
    return {{"id", mark.id}, {"keyQuoteThemeIds", mark.keyQuoteThemeIds}, {"memoThemeIds", mark.memoThemeIds}};
}

json carrierToJson(const RecordedCarrier& carrier) {
    json capacities = json::array();
    for (Capacity capacity : carrier.capacities)
        capacities.push_back(toString(capacity));
    return {
        {"id", carrier.id},         {"themeId", carrier.themeId},           {"organisationId", carrier.organisationId},
        {"capacities", capacities}, {"willing", toString(carrier.willing)}, {"contactRole", carrier.contactRole},
        {"reason", carrier.reason}};
}

json invoiceToJson(const InvoiceRecord& invoice) {
    return {{"id", invoice.id},       {"number", invoice.number}, {"date", invoice.date},
            {"from", invoice.from},   {"to", invoice.to},         {"hours", invoice.hours},
            {"amountCents", invoice.amountCents}, {"file", invoice.file}};
}

json settingsToJson(const Settings& settings) {
    return {{"coder", settings.coder}, {"minimumHours", settings.minimumHours}, {"language", settings.language}};
}

namespace {

template <typename Item, typename Convert>
json listToJson(const std::vector<Item>& items, Convert convert) {
    json list = json::array();
    for (const Item& item : items)
        list.push_back(convert(item));
    return list;
}

// ---- reading ---------------------------------------------------------------------------

[[noreturn]] void throwBadValue(const std::string& field, const std::string& value) {
    throw Error("json.bad_value", {field, shortenForMessage(value)});
}

template <typename Enum>
Enum readEnum(const JsonFields& fields, std::string_view key, Enum fallback,
              std::optional<Enum> (*parse)(std::string_view)) {
    if (!fields.has(key))
        return fallback;
    const std::string text = fields.requiredString(key);
    const std::optional<Enum> value = parse(text);
    if (!value)
        throwBadValue(fields.pathOf(key), text);
    return *value;
}

Theme themeFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    Theme theme;
    theme.id = fields.requiredString("id");
    theme.name = fields.requiredString("name");
    theme.description = fields.optionalString("description");
    theme.colour = fields.optionalString("colour");
    theme.parentId = fields.optionalString("parentId");
    return theme;
}

Organisation organisationFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    Organisation organisation;
    organisation.id = fields.requiredString("id");
    organisation.name = fields.requiredString("name");
    organisation.kind = fields.optionalString("kind");
    organisation.sector = fields.optionalString("sector");
    organisation.commune = fields.optionalString("commune");
    organisation.contact = fields.optionalString("contact");
    organisation.referent = fields.optionalString("referent");
    organisation.role = readEnum(fields, "role", organisation.role, &parseOrganisationRole);
    organisation.status = readEnum(fields, "status", organisation.status, &parseOrganisationStatus);
    organisation.notes = fields.optionalString("notes");
    organisation.plannedDate = fields.optionalString("plannedDate");
    return organisation;
}

Interview interviewFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    Interview interview;
    interview.id = fields.requiredString("id");
    interview.organisationId = fields.optionalString("organisationId");
    interview.date = fields.optionalString("date");
    interview.durationMinutes = fields.optionalInt("durationMinutes", 0);
    interview.interviewers = fields.optionalStringList("interviewers");
    interview.participants = fields.optionalStringList("participants");
    interview.place = fields.optionalString("place");
    interview.consent = fields.optionalBool("consent", false);
    interview.status = fields.optionalString("status");
    interview.transcript = fields.optionalString("transcript");
    interview.plannedDate = fields.optionalString("plannedDate");
    interview.consentDate = fields.optionalString("consentDate");
    interview.consentForm = fields.optionalString("consentForm");
    interview.reviewSent = fields.optionalString("reviewSent");
    interview.validated = fields.optionalString("validated");
    return interview;
}

Passage passageFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    Passage passage;
    passage.id = fields.requiredString("id");
    passage.transcript = fields.requiredString("transcript");
    passage.anchor = fields.requiredString("anchor");
    passage.themeIds = fields.requiredStringList("themeIds");
    passage.coder = fields.optionalString("coder");
    passage.text = fields.optionalString("text");
    passage.memo = fields.optionalString("memo");
    passage.speaker = fields.optionalString("speaker");
    passage.leadIn = fields.optionalString("leadIn");
    passage.prompt = fields.optionalString("prompt");
    return passage;
}

HourEntry hourEntryFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    HourEntry entry;
    entry.id = fields.requiredString("id");
    entry.date = fields.requiredString("date");
    entry.person = fields.requiredString("person");
    if (!fields.has("activity"))
        throw Error("json.missing_field", {fields.pathOf("activity")});
    entry.activity = readEnum(fields, "activity", entry.activity, &parseActivity);
    entry.organisationId = fields.optionalString("organisationId");
    entry.hours = fields.requiredNumber("hours");
    entry.note = fields.optionalString("note");
    return entry;
}

PersonName personFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    return {fields.requiredString("name"), fields.optionalString("role")};
}

PendingRewrite pendingFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    PendingRewrite pending;
    pending.transcript = fields.requiredString("transcript");
    if (fields.has("replacedThemes")) {
        const json& map = item.at("replacedThemes");
        if (!map.is_object())
            throw Error("json.wrong_type", {fields.pathOf("replacedThemes"), shortenForMessage(map.dump())});
        for (const auto& [from, to] : map.items()) {
            if (!to.is_string())
                throw Error("json.wrong_type",
                            {fields.pathOf("replacedThemes") + "." + from, shortenForMessage(to.dump())});
            pending.replacedThemes[from] = to.get<std::string>();
        }
    }
    return pending;
}

ThemeAnalysis analysisFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    ThemeAnalysis analysis;
    analysis.id = fields.requiredString("id");
    analysis.themeId = fields.optionalString("themeId");
    if (analysis.themeId.empty())
        analysis.themeId = analysis.id;
    if (fields.has("kind"))
        analysis.kind = readEnum(fields, "kind", ThemeKind::Knot, &parseThemeKind);
    for (AnalysisPart part : kAnalysisParts) {
        std::string field = toString(part);
        field[0] = static_cast<char>(field[0] - 'A' + 'a');
        analysis.part(part) = fields.optionalString(field);
    }
    analysis.document = fields.optionalString("document");
    return analysis;
}

PassageMark passageMarkFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    return {fields.requiredString("id"), fields.optionalStringList("keyQuoteThemeIds"),
            fields.optionalStringList("memoThemeIds")};
}

RecordedCarrier carrierFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    RecordedCarrier carrier;
    carrier.id = fields.requiredString("id");
    carrier.themeId = fields.requiredString("themeId");
    carrier.organisationId = fields.requiredString("organisationId");
    const std::vector<std::string> capacities = fields.optionalStringList("capacities");
    for (std::size_t i = 0; i < capacities.size(); ++i) {
        const std::optional<Capacity> capacity = parseCapacity(capacities[i]);
        if (!capacity)
            throwBadValue(fields.pathOf("capacities") + "[" + std::to_string(i) + "]", capacities[i]);
        carrier.capacities.push_back(*capacity);
    }
    carrier.willing = readEnum(fields, "willing", carrier.willing, &parseWillingness);
    carrier.contactRole = fields.optionalString("contactRole");
    carrier.reason = fields.optionalString("reason");
    return carrier;
}

InvoiceRecord invoiceFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    InvoiceRecord invoice;
    invoice.id = fields.requiredString("id");
    invoice.number = fields.requiredString("number");
    invoice.date = fields.optionalString("date");
    invoice.from = fields.optionalString("from");
    invoice.to = fields.optionalString("to");
    invoice.hours = fields.optionalNumber("hours", 0);
    invoice.amountCents = fields.has("amountCents") ? fields.requiredInt64("amountCents") : -1;
    invoice.file = fields.optionalString("file");
    return invoice;
}

TranscriptStamp stampFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    TranscriptStamp stamp;
    stamp.transcript = fields.requiredString("transcript");
    stamp.modified = fields.requiredInt64("modified");
    stamp.size = fields.requiredUnsigned64("size");
    return stamp;
}

Settings settingsFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    Settings settings;
    settings.coder = fields.optionalString("coder");
    settings.minimumHours = fields.optionalNumber("minimumHours", settings.minimumHours);
    settings.language = fields.optionalString("language");
    return settings;
}

template <typename Item>
std::vector<Item> listFromJson(const JsonFields& top, const char* key,
                               Item (*readItem)(const json&, const std::string&)) {
    const json& list = top.requiredArray(key);
    std::vector<Item> items;
    items.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        items.push_back(readItem(list[i], std::string(key) + "[" + std::to_string(i) + "]"));
    return items;
}

// Checked before anything else: a newer file must be refused as "too new", not reported
// as a list of fields this build does not understand.
int readSchemaVersion(const JsonFields& top) {
    const int version = top.requiredInt("schemaVersion");
    if (version > kSchemaVersion)
        throw Error("project.future_version", {std::to_string(version), std::to_string(kSchemaVersion)});
    if (version < 1)
        throwBadValue(top.pathOf("schemaVersion"), std::to_string(version));
    return version;
}

}  // namespace

json projectFileJson(const Project& project) {
    json top = {{"schemaVersion", project.schemaVersion},
                {"name", project.name},
                {"settings", settingsToJson(project.settings)},
                {"themes", listToJson(project.themes, themeToJson)},
                {"organisations", listToJson(project.organisations, organisationToJson)},
                {"interviews", listToJson(project.interviews, interviewToJson)},
                {"hours", listToJson(project.hours, hourEntryToJson)},
                {"people", listToJson(project.people, personToJson)},
                {"pendingRewrites", listToJson(project.pendingRewrites, pendingToJson)},
                {"analyses", listToJson(project.analyses, analysisToJson)},
                {"passageMarks", listToJson(project.passageMarks, passageMarkToJson)},
                {"carriers", listToJson(project.carriers, carrierToJson)},
                {"invoices", listToJson(project.invoices, invoiceToJson)}};
    writeMethod(project, top);
    // The phase's end (issue 17): one record of its own, merged field by field. Written even when empty, so that
    // clearing it is a change the merge sees (a record missing from a file is only one not seen there yet).
    top["phase"] = {{"end", project.phase.end}};
    return top;
}

json indexJson(const Project& project) {
    return {{"passages", listToJson(project.passages.items(), passageToJson)},
            {"transcripts", listToJson(project.transcripts, stampToJson)}};
}

json toJson(const Project& project) {
    json top = projectFileJson(project);
    json index = indexJson(project);
    top["passages"] = std::move(index["passages"]);
    top["transcripts"] = std::move(index["transcripts"]);
    return top;
}

Project projectFromJson(const json& document) {
    const JsonFields top(document, "");
    Project project;
    project.schemaVersion = readSchemaVersion(top);
    project.name = top.requiredString("name");
    project.settings = settingsFromJson(top.requiredObject("settings"), "settings");
    project.themes = listFromJson(top, "themes", &themeFromJson);
    project.organisations = listFromJson(top, "organisations", &organisationFromJson);
    project.interviews = listFromJson(top, "interviews", &interviewFromJson);
    // The index of passages: in the project file up to schema version 1, kept apart by each office since.
    if (top.has("passages"))
        project.passages = listFromJson(top, "passages", &passageFromJson);
    project.hours = listFromJson(top, "hours", &hourEntryFromJson);
    // Added after the first files were written: a file without it simply has no stamps yet.
    if (top.has("transcripts"))
        project.transcripts = listFromJson(top, "transcripts", &stampFromJson);
    readMethod(top, project);
    // Added with pseudonymisation (issue 5): older files have no list of names.
    if (top.has("people"))
        project.people = listFromJson(top, "people", &personFromJson);
    // Added with the shared folder (issue 13): the rewrites waiting for a transcript someone had open.
    if (top.has("pendingRewrites"))
        project.pendingRewrites = listFromJson(top, "pendingRewrites", &pendingFromJson);
    // Added with the argument (issue 12): analyses, key quotes and memos' themes, recorded carriers.
    if (top.has("analyses"))
        project.analyses = listFromJson(top, "analyses", &analysisFromJson);
    if (top.has("passageMarks"))
        project.passageMarks = listFromJson(top, "passageMarks", &passageMarkFromJson);
    if (top.has("carriers"))
        project.carriers = listFromJson(top, "carriers", &carrierFromJson);
    // Added with the invoice (issue 17).
    if (top.has("invoices"))
        project.invoices = listFromJson(top, "invoices", &invoiceFromJson);
    // Added with the calendar (issue 17).
    if (top.has("phase"))
        project.phase.end = JsonFields(top.requiredObject("phase"), "phase").optionalString("end");
    // Types were checked while reading; the values and the links between collections are
    // checked on the result, by the same rules saveProject applies.
    checkProject(project);
    // Version 1 files open as they are: version 2 only moved the index out and added the merge's bookkeeping
    // ("revisions", "deleted", "conflicts"), which the store reads and keeps. A save writes the new number.
    project.schemaVersion = kSchemaVersion;
    return project;
}

}  // namespace ets
