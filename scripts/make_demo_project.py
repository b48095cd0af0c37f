"""Writes demo/ets-project.json from the demo's readable sources (themes.json,
organisations.json, method.json, people.json, argument.json and the header of each transcript in sources/*.txt).

The project file is committed; run this again after changing those sources:
    python3 scripts/make_demo_project.py
Ids are derived from names so that re-running gives the same file.
"""

import glob
import hashlib
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "demo")


def stable_id(prefix, name):
    return prefix + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def header(path):
    """The 'Field : value' lines before the first blank line of a demo transcript."""
    fields = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            if not line.strip():
                break
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    return fields


def main():
    with open(os.path.join(DEMO, "themes.json"), encoding="utf-8") as f:
        themes_in = json.load(f)
    with open(os.path.join(DEMO, "organisations.json"), encoding="utf-8") as f:
        organisations_in = json.load(f)

    # The committee's referents, the organisations named but not (yet) met, the interview guide and the cycle.
    with open(os.path.join(DEMO, "method.json"), encoding="utf-8") as f:
        method = json.load(f)
    organisations_in = organisations_in + method["more_organisations"]
    with open(os.path.join(DEMO, "people.json"), encoding="utf-8") as f:
        people = [{"name": p["name"], "role": p.get("role", "")} for p in json.load(f)]

    themes = [{"id": stable_id("th-", t["name"]), "name": t["name"], "description": t.get("description", ""),
               "colour": t.get("colour", ""), "parentId": stable_id("th-", t["parent"]) if t.get("parent") else ""}
              for t in themes_in]
    organisations = [{"id": stable_id("org-", o["name"]), "name": o["name"], "kind": o.get("kind", ""),
                      "sector": o.get("sector", ""), "commune": o.get("commune", ""), "contact": o.get("contact", ""),
                      "referent": o.get("referent", ""), "role": o.get("role", "Knot"),
                      "status": o.get("status", "Identified"), "notes": o.get("notes", "")}
                     for o in organisations_in]

    interviews = []
    for source in sorted(glob.glob(os.path.join(DEMO, "sources", "*.txt"))):
        fields = header(source)
        name = os.path.splitext(os.path.basename(source))[0]
        organisation = next((o for o in organisations if fields.get("Organisation", "").startswith(o["name"])), None)
        minutes = int("".join(ch for ch in fields.get("Durée", "0") if ch.isdigit()) or 0)
        interviews.append({
            "id": stable_id("int-", name),
            "organisationId": organisation["id"] if organisation else "",
            "date": fields.get("Date", ""),
            "durationMinutes": minutes,
            "interviewers": [p.strip() for p in fields.get("Intervieweurs", "").split(";") if p.strip()],
            "participants": [],
            "place": fields.get("Lieu", ""),
            "consent": True,
            "status": "Transcribed",
            "transcript": "transcripts/%s.odt" % name,
        })

    # The argument (issue 12): the researcher's analyses of the top themes and the carriers recorded.
    with open(os.path.join(DEMO, "argument.json"), encoding="utf-8") as f:
        argument = json.load(f)
    theme_ids = {t["name"]: t["id"] for t in themes}
    organisation_ids = {o["name"]: o["id"] for o in organisations}
    analyses = [{"id": theme_ids[a["theme"]], "themeId": theme_ids[a["theme"]], "kind": a["kind"],
                 "problem": a["problem"], "causes": a["causes"], "existing": a["existing"],
                 "tensions": a["tensions"], "proposal": a["proposal"], "document": ""}
                for a in argument["analyses"]]
    carriers = [{"id": stable_id("ca-", c["theme"] + "/" + c["organisation"]), "themeId": theme_ids[c["theme"]],
                 "organisationId": organisation_ids[c["organisation"]], "capacities": c["capacities"],
                 "willing": c["willing"], "contactRole": c["contactRole"], "reason": c["reason"]}
                for c in argument["carriers"]]

    project = {
        "schemaVersion": 1,
        "name": "ETS – phase exploratoire (démonstration)",
        "settings": {"coder": "Claire V.", "minimumHours": 75, "language": ""},
        "themes": themes,
        "organisations": organisations,
        "interviews": interviews,
        "passages": [],
        "hours": [],
        "referents": method["referents"],
        "guide": method["guide"],
        "cycle": method["cycle"],
        "committee": {"priorities": [], "slots": []},
        # People named in the transcripts (colleagues cited by their first name): pseudonymised in briefs.
        "people": people,
        "analyses": analyses,
        "carriers": carriers,
    }
    with open(os.path.join(DEMO, "ets-project.json"), "w", encoding="utf-8") as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote demo/ets-project.json: %d themes, %d organisations, %d interviews"
          % (len(themes), len(organisations), len(interviews)))


if __name__ == "__main__":
    main()
