"""Takes the README's screenshots under Xvfb: Writer with the ETS menu open, and each ETS dialog.

Usage (after a build): /usr/bin/python3 scripts/screenshots.py --oxt build/ets-workbench.oxt --out docs/screenshots
    [--scale 150] [--only NAME.png ...]
At 100 % each picture is the whole 1280×900 screen; with --scale 150 (144 dpi, as a screen set to 150 %) each
dialog is shot alone, named <name>-150.png, so that nothing cut at that scale goes unseen. The first-run dialog
(no project yet) comes first, then the demo project is opened for the others. Dates and numbers follow the
French (Belgium) regional setting, as on a French-speaking person's computer.
Needs Xvfb and imagemagick (scripts/install-deps.sh installs them).
"""

import json
import os
import shutil
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import close_dialogs, open_dialog, parse, shoot_at_scale  # noqa: E402  (first: it sets ETS_OXT)
from screenshot_cli import scaled_name as scaled_name_at  # noqa: E402

ARGS = parse(__doc__, only=True)
from ets_office import Office  # noqa: E402  (before uno: it gives UNO the extension's types)
import uno  # noqa: E402

MENU_BAR = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.MENU_BAR")
WIDTH, HEIGHT = 1280, 900


SCALED = ARGS.scale != 100


def scaled_name(name):
    return scaled_name_at(name, ARGS.scale)


def shoot(office, name):
    """The screen at 100 %; at another scale, only the dialog on screen (with a margin), when there is one."""
    name = scaled_name(name)
    if ARGS.only and name not in ARGS.only:
        return
    print("shooting", name, flush=True)
    shoot_at_scale(office, os.path.join(ARGS.out, name), ARGS.scale)


def find_menu(window, title):
    pending = [window.getAccessibleContext()]
    while pending:
        context = pending.pop()
        if context.getAccessibleRole() == MENU_BAR:
            for i in range(context.getAccessibleChildCount()):
                child = context.getAccessibleChild(i).getAccessibleContext()
                if child.getAccessibleName() == title:
                    return child
        for i in range(min(context.getAccessibleChildCount(), 50)):
            pending.append(context.getAccessibleChild(i).getAccessibleContext())
    return None


def select_text(document, text):
    search = document.createSearchDescriptor()
    search.SearchString = text
    found = document.findFirst(search)
    document.getCurrentController().select(found)


def shoot_hours_sheet(office):
    """The « Heures » sheet of the demo's timesheet, in a Calc window of its own."""
    spreadsheet = office.new_document("scalc", hidden=False)
    frame = spreadsheet.getCurrentController().getFrame()
    frame.getContainerWindow().setPosSize(0, 0, WIDTH, HEIGHT, 15)
    ok, message = office.dispatch(frame, "HoursSheet", Interactive=False)
    if not ok:
        sys.exit("the hours sheet was not written: " + message)
    controller = spreadsheet.getCurrentController()
    controller.setActiveSheet(spreadsheet.getSheets().getByName("Heures"))
    frame.getContainerWindow().setFocus()
    shoot(office, "calc-hours-sheet.png")


def shoot_calendar_sheet(office, writer_frame):
    """The « Calendrier » sheet of the demo project, the end of the phase ten days away (so that organisations not
    contacted yet are flagged), in a Calc window of its own: two interviews planned, the Sureau's consent signed."""
    if ARGS.only and not {scaled_name("calc-calendar-sheet.png"), scaled_name("dialog-calendar-sheet.png")} & set(ARGS.only):
        return
    import datetime

    def later(days):
        return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()

    for name, days in (("Centre de planning Horizon (fictif)", 5), ("Maison de jeunes La Passerelle (fictive)", 8)):
        ok, message = office.dispatch(writer_frame, "Organisations", Action="Update", Name=name, PlannedDate=later(days))
        if not ok:
            sys.exit("the planned date was not set: " + message)
    ok, message = office.dispatch(writer_frame, "RecordInterview", ConsentForm="Signed", ConsentDate="2026-11-12",
                                  Validated="2026-11-30", Status="Validated")
    if not ok:
        sys.exit("the consent was not recorded: " + message)
    spreadsheet = office.new_document("scalc", hidden=False)
    frame = spreadsheet.getCurrentController().getFrame()
    frame.getContainerWindow().setPosSize(0, 0, WIDTH, HEIGHT, 15)
    ok, message = office.dispatch(frame, "CalendarSheet", PhaseEnd=later(10))
    if ok:  # the dialog a person gets from the menu: the end of the phase kept, to confirm or change
        worker = threading.Thread(target=office.dispatch, args=(frame, "CalendarSheet"), daemon=True)
        worker.start()
        time.sleep(2.5)
        shoot(office, "dialog-calendar-sheet.png")
        close_dialogs(office)
        worker.join(timeout=10)
    if not ok:
        sys.exit("the calendar was not written: " + message)
    controller = spreadsheet.getCurrentController()
    controller.setActiveSheet(spreadsheet.getSheets().getByName("Calendrier"))
    frame.getContainerWindow().setFocus()
    shoot(office, "calc-calendar-sheet.png")


def shoot_search_dialog(office, frame):
    """SearchAndTag's dialog with the hits of a search: the query typed and Search pressed through accessibility."""
    if ARGS.only and "dialog-search-and-tag.png" not in ARGS.only:
        return
    push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
    text = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.TEXT")
    worker = threading.Thread(target=office.dispatch, args=(frame, "SearchAndTag"), daemon=True)
    worker.start()
    time.sleep(2.5)
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in range(toolkit.getTopWindowCount()):
        window = toolkit.getTopWindow(i)
        if window is None or not hasattr(window, "endExecute"):
            continue
        pending, found = [window.getAccessibleContext()], []
        while pending:
            context = pending.pop(0)
            for k in range(context.getAccessibleChildCount()):
                child = context.getAccessibleChild(k).getAccessibleContext()
                found.append(child)
                pending.append(child)
        buttons = {c.getAccessibleName(): c for c in found if c.getAccessibleRole() == push_button}
        fields = [c for c in found if c.getAccessibleRole() == text]
        if "Chercher" in buttons and fields:
            fields[0].setText("confiance")
            buttons["Chercher"].doAccessibleAction(0)
            time.sleep(2)
            break
    shoot(office, "dialog-search-and-tag.png")
    close_dialogs(office)
    worker.join(timeout=10)


def choose_in_list(office, position):
    """Selects an item of the open dialog's first list, as a click would (the dialog then shows that item)."""
    dialog = open_dialog(office)
    if dialog is None:
        return
    role = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.LIST")
    pending = [dialog.getAccessibleContext()]
    while pending:
        context = pending.pop(0)
        if context.getAccessibleRole() == role:
            context.selectAccessibleChild(position)
            time.sleep(1)
            return
        pending.extend(context.getAccessibleChild(i).getAccessibleContext()
                       for i in range(context.getAccessibleChildCount()))


# What is done in a dialog before its picture: the codebook shows a theme with its colour.
BEFORE_SHOT = {"Themes": lambda office: choose_in_list(office, 3)}


def shoot_first_run(office, size):
    """The first-run dialog: a command called with no project open, before the demo project is opened."""
    document = office.new_document("swriter")
    frame = document.getCurrentController().getFrame()
    frame.getContainerWindow().setPosSize(0, 0, size[0], size[1], 15)
    worker = threading.Thread(target=office.dispatch, args=(frame, "Organisations"), daemon=True)
    worker.start()
    time.sleep(2.5)
    shoot(office, "dialog-first-run.png")
    close_dialogs(office)
    worker.join(timeout=10)
    document.setModified(False)
    document.close(True)


def main():
    os.makedirs(ARGS.out, exist_ok=True)
    size = (WIDTH * ARGS.scale // 100, HEIGHT * ARGS.scale // 100)
    with Office(oxt=ARGS.oxt, headless=False, dpi=96 * ARGS.scale // 100, screen="%dx%dx24" % size,
                system_locale="fr-BE") as office:
        shoot_first_run(office, size)
        # A copy of the demo project (a lock file left by an interrupted run must never block the demo's
        # own files), opened, so that dialogs needing a project show its register and interview cards.
        project = os.path.join(office.workdir, "demo")
        shutil.copytree(os.path.join(ROOT, "demo"), project)
        opened = office.automation().openProject(project, False, "", "")
        if not opened.Success:
            sys.exit("the demo project did not open: " + opened.Message)
        transcript = os.path.join(project, "transcripts", "maison-medicale-le-sureau.odt")
        document = office.load(transcript, hidden=False)
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, size[0], size[1], 15)

        # A few passages tagged as a person would, so that the margin and the lists have content.
        with open(os.path.join(ROOT, "demo", "passages.json"), encoding="utf-8") as f:
            quotes = [q for q in json.load(f) if q["transcript"] == "maison-medicale-le-sureau.odt"]
        for quote in quotes[:4]:
            select_text(document, quote["quote"])
            office.dispatch(frame, "TagSelection", Themes="; ".join(quote["themes"]), Memo=quote.get("memo", ""))
        select_text(document, quotes[4]["quote"])

        # A month of the mission's timesheet, so that the hours dialog and sheet have figures.
        for date, person, activity, hours in (("2025-11-04", "Claire V.", "PreparatoryMeeting", 2),
                                              ("2025-11-06", "Claire V.", "Protocol", 6.5),
                                              ("2025-11-12", "Claire V.", "Identification", 4),
                                              ("2025-11-18", "Claire V.", "Interviews", 2.5),
                                              ("2025-11-18", "Amina B.", "Interviews", 2.5),
                                              ("2025-11-20", "Claire V.", "Transcription", 5.75),
                                              ("2025-12-03", "Claire V.", "Interviews", 2),
                                              ("2025-12-04", "Claire V.", "Transcription", 6),
                                              ("2025-12-15", "Claire V.", "Analysis", 7.25)):
            ok, message = office.dispatch(frame, "LogHours", Date=date, Person=person, Activity=activity, Hours=hours)
            if not ok:
                sys.exit("hours were not logged: " + message)

        # Each dialog is modal: open it from a thread, photograph it, then close it.
        for command, name in (("TagSelection", "dialog-tag-selection.png"),
                              ("Passages", "dialog-passages.png"),
                              ("Themes", "dialog-themes.png"),
                              ("OpenProject", "dialog-open-project.png"),
                              ("Organisations", "dialog-organisations.png"),
                              ("RecordInterview", "dialog-interview-card.png"),
                              ("LogHours", "dialog-log-hours.png"),
                              ("InterviewGuide", "dialog-interview-guide.png"),
                              ("InsertBrief", "dialog-insert-brief.png"),
                              ("ThemeAnalysis", "dialog-theme-analysis.png"),
                              ("Carriers", "dialog-carriers.png"),
                              ("Pseudonyms", "dialog-pseudonyms.png"),
                              ("ReviewCopy", "dialog-review-copy.png")):
            worker = threading.Thread(target=office.dispatch, args=(frame, command), daemon=True)
            worker.start()
            time.sleep(2.5)
            if command in BEFORE_SHOT:
                BEFORE_SHOT[command](office)
            shoot(office, name)
            close_dialogs(office)
            worker.join(timeout=10)

        shoot_search_dialog(office, frame)

        # The agreement dialog, in a spreadsheet, once a second coder has tagged a passage.
        ok, message = office.dispatch(frame, "OpenProject", Folder=project, Coder="Amina B.")
        if not ok:
            sys.exit("the second coder was not set: " + message)
        select_text(document, quotes[0]["quote"])
        office.dispatch(frame, "TagSelection", Themes="; ".join(quotes[0]["themes"]))
        sheet = office.new_document("scalc")
        sheet_frame = sheet.getCurrentController().getFrame()
        sheet_frame.getContainerWindow().setPosSize(0, 0, size[0], size[1], 15)
        worker = threading.Thread(target=office.dispatch, args=(sheet_frame, "Agreement"), daemon=True)
        worker.start()
        time.sleep(4)
        shoot(office, "dialog-agreement.png")
        close_dialogs(office)
        worker.join(timeout=30)
        sheet.setModified(False)
        sheet.close(True)
        frame.getContainerWindow().setFocus()

        menu = None
        for _ in range(30):
            menu = find_menu(frame.getContainerWindow(), "ETS")
            if menu is not None:
                break
            time.sleep(0.3)
        if menu is None:
            sys.exit("the ETS menu was not found in the Writer menu bar")
        menu.doAccessibleAction(0)
        shoot(office, "writer-ets-menu.png")
        close_dialogs(office)
        shoot_hours_sheet(office)
        shoot_calendar_sheet(office, frame)


if __name__ == "__main__":
    main()
