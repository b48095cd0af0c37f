"""Runs ETS Workbench on the demo project (called by scripts/demo.sh).

With a display: installs the extension into out/profile, opens the demo project and its first
transcript in Writer, and leaves LibreOffice open for you. Without one (or with --headless):
runs the pipeline implemented so far in a headless LibreOffice and writes its outputs to out/demo/.
"""

import argparse
import glob
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def copy_demo_project(target):
    """A fresh copy of demo/ to work on, so the bundled demo stays as shipped."""
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(os.path.join(ROOT, "demo"), target,
                    ignore=shutil.ignore_patterns("sources", "README.md", "*.json.bak"))
    return target


# A few lines of the researcher's timesheet, as the demo's hours.
DEMO_HOURS = [
    dict(Date="2026-11-03", Person="Claire V.", Activity="PreparatoryMeeting", Hours=2, Note="Réunion avec le comité"),
    dict(Date="2026-11-04", Person="Claire V.", Activity="Protocol", Hours=6.5),
    dict(Date="2026-11-05", Person="Claire V.", Activity="Interviews", Organisation="Maison médicale Le Sureau", Hours=2.5),
    dict(Date="2026-11-06", Person="Claire V.", Activity="Transcription", Organisation="Maison médicale Le Sureau", Hours=5.75),
    dict(Date="2026-11-12", Person="Claire V.", Activity="Interviews", Organisation="Le Pas de Porte asbl", Hours=2.5),
    dict(Date="2026-11-20", Person="Claire V.", Activity="Analysis", Hours=7.25),
]


def tag_demo_passages(office, project):
    """Tags the passages listed in demo/passages.json, as the tandem would, and saves each transcript.
    Returns the number of passages tagged."""
    with open(os.path.join(ROOT, "demo", "passages.json"), encoding="utf-8") as f:
        passages = json.load(f)
    tagged = 0
    for name in sorted({p["transcript"] for p in passages}):
        document = office.load(os.path.join(project, "transcripts", name))
        frame = document.getCurrentController().getFrame()
        for passage in (p for p in passages if p["transcript"] == name):
            search = document.createSearchDescriptor()
            search.SearchString = passage["quote"]
            document.getCurrentController().select(document.findFirst(search))
            keys = {"KeyQuote": True} if passage.get("key") else {}  # a key quote for its themes
            ok, result = office.dispatch(frame, "TagSelection", Themes="; ".join(passage["themes"]),
                                         Memo=passage.get("memo", ""), **keys)
            if not ok:
                sys.exit("TagSelection failed in %s: %s" % (name, result))
            tagged += 1
        document.store()
        document.close(True)
    return tagged


def opened_demo_project(office, folder, coder="Claire"):
    """The demo project copied into `folder` ("Mon étude ETS"), opened in the office as `coder` and its passages
    tagged: where every screenshot starts. Returns the project's folder."""
    project = copy_demo_project(os.path.join(folder, "Mon étude ETS"))
    result = office.automation().openProject(project, False, "", coder)
    if not result.Success:
        sys.exit(result.Message)
    tag_demo_passages(office, project)
    return project


def run_headless(oxt, out):
    demo_out = os.path.join(out, "demo")
    os.makedirs(demo_out, exist_ok=True)
    project = copy_demo_project(os.path.join(demo_out, "projet"))
    with Office(oxt=oxt, headless=True) as office:
        service = office.automation()
        result = service.openProject(project, False, "", "Claire V.")
        if not result.Success:
            sys.exit("OpenProject failed: " + result.Message)
        steps = [("OpenProject", result.Message)]
        steps.append(("TagSelection", "%d passages tagged" % tag_demo_passages(office, project)))
        holder = office.new_document("swriter", hidden=True)
        ok, listed = office.dispatch(holder.getCurrentController().getFrame(), "Passages", Scope="Project")
        if not ok:
            sys.exit("Passages failed: " + listed)
        with open(os.path.join(demo_out, "passages.json"), "w", encoding="utf-8") as f:
            json.dump(json.loads(listed), f, ensure_ascii=False, indent=2)
        steps.append(("Passages", os.path.join(demo_out, "passages.json")))
        holder.close(True)

        # Calc: the tally, the register and the timesheet of the demo, in one spreadsheet.
        sheet = office.new_document("scalc", hidden=True)
        frame = sheet.getCurrentController().getFrame()
        for hours in DEMO_HOURS:
            ok, result = office.dispatch(frame, "LogHours", **hours)
            if not ok:
                sys.exit("LogHours failed: " + result)
        for command in ("TallyThemes", "OrganisationsSheet", "HoursSheet"):
            ok, result = office.dispatch(frame, command, Interactive=False)
            if not ok:
                sys.exit("%s failed: %s" % (command, result))
            steps.append((command, result))
        # The programme of the chantiers proposed to the committee (issue 7), on the cycle of the demo project.
        ok, result = office.dispatch(frame, "Programme", Interactive=False)
        if not ok:
            sys.exit("Programme failed: " + result)
        steps.append(("Programme", result))
        spreadsheet = os.path.join(demo_out, "decompte.ods")
        sheet.storeToURL(file_url(spreadsheet), props(FilterName="calc8"))
        sheet.close(True)
        steps.append(("Calc", spreadsheet))
        # The project for NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA).
        exchange = os.path.join(demo_out, "projet.qdpx")
        result = service.execute("ExportQdpx", named(File=exchange))
        if not result.Success:
            sys.exit("ExportQdpx failed: " + result.Message)
        steps.append(("ExportQdpx", result.Message))
        steps.append(("About", service.about().Message))
        # The methodological protocol, from the demo's referents, presentation, consent and question grid.
        holder = office.new_document("swriter", hidden=True)
        guide = os.path.join(demo_out, "guide-entretien.odt")
        if os.path.exists(guide):
            os.remove(guide)
        ok, result = office.dispatch(holder.getCurrentController().getFrame(), "InterviewGuide", Target=guide, Hidden=True)
        if not ok:
            sys.exit("InterviewGuide failed: " + result)
        holder.close(True)
        steps.append(("InterviewGuide", result))
        document = office.load(guide)
        document.storeToURL(file_url(os.path.splitext(guide)[0] + ".pdf"), props(FilterName="writer_pdf_Export"))
        document.close(True)
        # The deliverable for the steering committee (.odt and .pdf), quotes pseudonymised.
        holder = office.new_document("swriter", hidden=True)
        ok, result = office.dispatch(holder.getCurrentController().getFrame(), "Deliverable", Folder=demo_out,
                                     Pseudonymise=True, Hidden=True)
        if not ok:
            sys.exit("Deliverable failed: " + result)
        holder.close(True)
        steps.append(("Deliverable", result))
        # Each transcript as PDF: what the tandem reads before tagging.
        for transcript in sorted(glob.glob(os.path.join(project, "transcripts", "*.odt"))):
            document = office.load(transcript)
            pdf = os.path.join(demo_out, os.path.splitext(os.path.basename(transcript))[0] + ".pdf")
            # The tags' comments go into the PDF as PDF notes.
            filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", props(ExportNotes=True))
            uno.invoke(document, "storeToURL", (file_url(pdf), props(FilterName="writer_pdf_Export",
                                                                      FilterData=filter_data)))
            document.close(True)
            steps.append(("PDF", pdf))
    with open(os.path.join(demo_out, "rapport.txt"), "w", encoding="utf-8") as report:
        for step, what in steps:
            report.write("%s: %s\n" % (step, what))
    for step, what in steps:
        print("%-12s %s" % (step, what))
    print("\nOutputs are in %s" % os.path.abspath(demo_out))


def run_with_display(oxt, out):
    project = copy_demo_project(os.path.join(out, "demo", "projet"))
    # The person's own screen; the profile stays in out/profile for the next run. The office is
    # left running for the person (start_new_session keeps it alive after this script exits).
    office = Office(oxt=oxt, workdir=os.path.abspath(out), display=os.environ["DISPLAY"], keep_running=True)
    office.start()
    result = office.automation().openProject(project, False, "", "Claire V.")
    print(result.Message)
    print("%d demo passages tagged" % tag_demo_passages(office, project))
    transcripts = sorted(glob.glob(os.path.join(project, "transcripts", "*.odt")))
    if transcripts:
        office.load(transcripts[0], hidden=False)
    print("LibreOffice is open with the ETS menu (profile: %s). Close it when you are done." % office.profile)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--out", default="out")
    parser.add_argument("--headless", action="store_true", help="run the pipeline even if a display exists")
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)  # ets_office gives UNO the extension's types
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    global Office, file_url, named, props, uno
    from ets_office import Office, file_url, named, props
    import uno
    out = os.path.abspath(args.out)  # the project is opened by its full path, never a relative one
    if os.environ.get("DISPLAY") and not args.headless:
        run_with_display(args.oxt, out)
    else:
        run_headless(args.oxt, out)


if __name__ == "__main__":
    main()
