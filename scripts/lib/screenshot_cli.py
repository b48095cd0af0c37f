"""What every screenshot script shares: its command line (--oxt, --out, and --only for the one that takes it),
read before ets_office is imported because the extension's types must reach UNO first; and the picture of the
whole Xvfb display, taken with ImageMagick's `import`."""

import argparse
import os
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def parse(description, only=False, scale=False):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "screenshots"))
    if only:
        parser.add_argument("--only", nargs="*", default=[], help="take only these screenshots (file names)")
    if only or scale:
        parser.add_argument("--scale", type=int, choices=(100, 150), default=100,
                            help="the screen's scale: 150 shoots at 144 dpi on a larger screen, each dialog's picture "
                                 "named <name>-150.png")
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)  # before ets_office imports uno
    os.makedirs(args.out, exist_ok=True)
    return args


def shoot_display(display, path, settle=1.5, crop=None):
    """The whole display, or only `crop` (x, y, width, height) of it: a dialog with a margin around it."""
    time.sleep(settle)  # let the window paint
    command = ["import", "-display", display, "-window", "root"]
    if crop:
        command += ["-crop", "%dx%d+%d+%d" % (crop[2], crop[3], crop[0], crop[1]), "+repage"]
    subprocess.run(command + [path], check=True)
    print("wrote", path)


def scaled_name(name, scale):
    """The picture's file name at this scale: <name>-150.png at 150 %, the name itself at 100 %."""
    return name.replace(".png", "-%d.png" % scale) if scale != 100 else name


def open_dialog(office):
    """The modal dialog on screen, if any: its window."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in reversed(range(toolkit.getTopWindowCount())):
        window = toolkit.getTopWindow(i)
        if window is not None and hasattr(window, "endExecute"):
            return window
    return None


def shoot_at_scale(office, path, scale, settle=1.0):
    """The whole screen at 100 %; at another scale only the dialog on screen with a margin, when there is one, so
    that what a larger scale cuts is seen."""
    crop = None
    dialog = open_dialog(office) if scale != 100 else None
    if dialog is not None:
        box = dialog.getPosSize()
        crop = (max(box.X - 12, 0), max(box.Y - 40, 0), box.Width + 24, box.Height + 52)
    shoot_display(office.display, path, settle=settle, crop=crop)


def close_dialogs(office):
    """Ends every modal dialog on screen (there is no window manager to send Escape to)."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in reversed(range(toolkit.getTopWindowCount())):
        window = toolkit.getTopWindow(i)
        if window is not None and hasattr(window, "endExecute"):
            window.endExecute()
