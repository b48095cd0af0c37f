"""Takes the README's pictures of the invoice and of the options page under Xvfb (French UI): a project with a month
of hours logged by both members of the tandem, the options' hourly rate and invoicer set, vnd.ets:Invoice run, the
first page of its PDF rendered (pdftoppm); the Invoice dialog; Tools ▸ Options opened on the ETS page.

Usage (after a build): /usr/bin/python3 scripts/screenshot_invoice.py --oxt build/ets-workbench.oxt --out docs/screenshots
With --scale 150 (a screen set to 150 %) only the two dialogs are shot, alone: dialog-invoice-150.png, options-page-150.png.
"""

import os
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import close_dialogs, parse, scaled_name, shoot_at_scale  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__, scale=True)
from ets_office import Office, props  # noqa: E402  (before uno: it gives UNO the extension's types)
import uno  # noqa: E402,F401

WIDTH, HEIGHT = 1280, 900
RESOLUTION = 90


def main():
    size = (WIDTH * ARGS.scale // 100, HEIGHT * ARGS.scale // 100)
    with Office(oxt=ARGS.oxt, headless=False, system_locale="fr-BE", dpi=96 * ARGS.scale // 100,
                screen="%dx%dx24" % size) as office:  # dates as a Belgian sees them
        project = os.path.join(office.workdir, "mission")
        opened = office.automation().openProject(project, True, "Phase exploratoire 2026", "Claire V.")
        if not opened.Success:
            sys.exit("no project: " + opened.Message)
        document = office.new_document("swriter", hidden=False)
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, size[0], size[1], 15)
        for date, person, activity, hours in (("2026-11-03", "Claire V.", "PreparatoryMeeting", 2),
                                              ("2026-11-03", "Amina B.", "PreparatoryMeeting", 2),
                                              ("2026-11-06", "Claire V.", "Protocol", 6.5),
                                              ("2026-11-12", "Claire V.", "Identification", 4),
                                              ("2026-11-18", "Claire V.", "Interviews", 2.5),
                                              ("2026-11-18", "Amina B.", "Interviews", 2.5),
                                              ("2026-11-20", "Claire V.", "Transcription", 5.75),
                                              ("2026-11-25", "Claire V.", "Interviews", 2),
                                              ("2026-11-25", "Amina B.", "Interviews", 2),
                                              ("2026-11-27", "Claire V.", "Analysis", 7.25)):
            ok, message = office.dispatch(frame, "LogHours", Date=date, Person=person, Activity=activity, Hours=hours)
            if not ok:
                sys.exit("hours were not logged: " + message)
        office.set_options(InvoiceHourlyRate="62,50", InvoicerName="Claire Vandenberghe",
                    InvoicerAddress="Rue Haute 112\n1000 Bruxelles\nclaire.v@example.org")
        ok, odt = office.dispatch(frame, "Invoice", From="2026-11-01", To="2026-11-30",
                                  Folder=os.path.join(office.workdir, "factures"))
        if not ok:
            sys.exit("no invoice: " + odt)
        if ARGS.scale == 100:
            target = os.path.join(ARGS.out, "invoice.png")
            subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", "1", "-l", "1", "-singlefile",
                            odt[:-4] + ".pdf", target[:-4]], check=True)
            print("wrote", target)

        # The Invoice dialog, as a person opens it from the menu.
        worker = threading.Thread(target=office.dispatch, args=(frame, "Invoice"), daemon=True)
        worker.start()
        time.sleep(2.5)
        shoot_at_scale(office, os.path.join(ARGS.out, scaled_name("dialog-invoice.png", ARGS.scale)), ARGS.scale)
        close_dialogs(office)
        worker.join(timeout=10)

        # Tools ▸ Options opened on the ETS page.
        location = office.ctx.getValueByName(
            "/singletons/com.sun.star.deployment.PackageInformationProvider").getPackageLocation(
            "org.etsworkbench.ets-workbench")
        helper = office.create("com.sun.star.frame.DispatchHelper")
        worker = threading.Thread(
            target=helper.executeDispatch,
            args=(frame, ".uno:OptionsTreeDialog", "", 0, props(OptionsPageURL=location + "/dialogs/Options.xdl")),
            daemon=True)
        worker.start()
        time.sleep(4)
        shoot_at_scale(office, os.path.join(ARGS.out, scaled_name("options-page.png", ARGS.scale)), ARGS.scale)
        close_dialogs(office)
        worker.join(timeout=10)
        document.setModified(False)


if __name__ == "__main__":
    main()
