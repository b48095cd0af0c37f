#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the demo interview transcripts (.odt) of ETS Workbench from plain text.

Each demo/sources/X.txt becomes demo/transcripts/X.odt, written by a real
LibreOffice driven through UNO, so that the demo documents carry real
paragraph styles, a fr-BE default language and document properties.

Source format (UTF-8):
    Organisation : ...        <- header block: "Key : Value" lines,
    Date : 2026-11-05            ended by the first blank line
    Lieu : ...
    Durée : 120 minutes
    Intervieweurs : ...; ...

    Intervieweur : ...        <- then one speaker turn per paragraph,
                                 paragraphs separated by blank lines
    Coordinatrice : ...

Each document carries the interview card of demo/ets-project.json (run
scripts/make_demo_project.py first) as user-defined properties, exactly as
ETS > Fiche d'entretien writes them: ETS.InterviewId (the project's id of
the interview), ETS.Organisation, ETS.Date, ETS.DurationMinutes,
ETS.Interviewers, ETS.Participants, ETS.Place, ETS.Consent, ETS.Status.

Styles created in each document:
    "ETS Intervieweur"  paragraph style of the tandem's turns (italic, indented)
    "ETS Interviewé"    paragraph style of the interviewees' turns
    "ETS Fiche"         paragraph style of the header fields
    "ETS Locuteur"      character style of the speaker label (bold)
    "ETS Champ"         character style of a header field name (bold)
The header block is introduced by the title and a "Heading 1" heading.

Usage (python with the `uno` module, i.e. /usr/bin/python3 on this system):
    /usr/bin/python3 scripts/make_demo_transcripts.py [--out DIR] [--sources DIR] [X.txt ...]

The script starts its own headless soffice (private profile, free port),
and always terminates it, even on error. Running it again overwrites the
outputs (each file is written beside its target, then renamed).
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.lang import Locale
    from com.sun.star.connection import NoConnectException
except ImportError:  # pragma: no cover - depends on the system
    sys.exit("Le module Python 'uno' est introuvable : lancez ce script avec "
             "/usr/bin/python3 (paquet python3-uno).")

REPO = Path(__file__).resolve().parent.parent
TANDEM_LABELS = {"Intervieweur", "Intervieweuse", "Chercheuse", "Chercheur"}
HEADER_FIELDS = ("Organisation", "Date", "Lieu", "Durée", "Intervieweurs")
# Properties of the first demo transcripts, replaced by the ETS card.
OLD_PROPERTIES = ("Organisation", "Date", "Lieu", "Durée", "Intervieweurs")
PROJECT_FILE = REPO / "demo" / "ets-project.json"
TURN_RE = re.compile(r"^([^\s:][^:]{0,59}?) : (.+)$", re.S)

# com.sun.star.awt.FontWeight / FontSlant, com.sun.star.text.ControlCharacter
BOLD = 150.0
PARAGRAPH_BREAK = 0
ITALIC = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC")
FR_BE = Locale("fr", "BE", "")


# --------------------------------------------------------------- parsing
class SourceError(Exception):
    pass


def parse_source(path):
    """Return (header dict, [(label, text, is_tandem)])."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip("\n")
    blocks = re.split(r"\n\s*\n", raw)
    header = {}
    for line in blocks[0].split("\n"):
        key, sep, value = line.partition(" : ")
        if not sep:
            raise SourceError(f"{path.name}: ligne d'en-tête sans « : » : {line!r}")
        header[key.strip()] = value.strip()
    missing = [k for k in HEADER_FIELDS if k not in header]
    if missing:
        raise SourceError(f"{path.name}: champs d'en-tête manquants : {', '.join(missing)}")
    turns = []
    for block in blocks[1:]:
        para = " ".join(l.strip() for l in block.split("\n"))
        m = TURN_RE.match(para)
        if not m:
            raise SourceError(f"{path.name}: paragraphe sans locuteur : {para[:60]!r}")
        label, text = m.group(1).strip(), m.group(2).strip()
        turns.append((label, text, label in TANDEM_LABELS))
    if not turns:
        raise SourceError(f"{path.name}: aucun tour de parole")
    return header, turns


def demo_cards(project_file=PROJECT_FILE):
    """{transcript stem: {property: text}}: the card of each interview of the demo project, as
    src/core/register/interview_card.cpp names its properties (every value a text, lists joined by "; ")."""
    try:
        project = json.loads(project_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SourceError(f"{project_file} illisible ({e}) : lancez d'abord scripts/make_demo_project.py")
    organisations = {o["id"]: o["name"] for o in project["organisations"]}
    cards = {}
    for interview in project["interviews"]:
        card = {
            "ETS.InterviewId": interview["id"],
            "ETS.Organisation": organisations.get(interview["organisationId"], ""),
            "ETS.Date": interview["date"],
            "ETS.DurationMinutes": str(interview["durationMinutes"]),
            "ETS.Interviewers": "; ".join(interview["interviewers"]),
            "ETS.Participants": "; ".join(interview["participants"]),
            "ETS.Place": interview["place"],
            "ETS.Consent": "true" if interview["consent"] else "false",
            "ETS.Status": interview["status"],
        }
        cards[Path(interview["transcript"]).stem] = card
    return cards


# --------------------------------------------------------------- soffice
def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Office:
    """A private headless soffice, started and always stopped by us."""

    def __init__(self, soffice):
        self.soffice = soffice
        self.proc = None
        self.tmp = None
        self.desktop = None

    def start(self, timeout=60):
        self.tmp = tempfile.mkdtemp(prefix="ets-demo-")
        profile = Path(self.tmp, "profile").as_uri()
        port = free_port()
        cmd = [self.soffice, "--headless", "--invisible", "--norestore",
               "--nologo", "--nodefault",
               f"-env:UserInstallation={profile}",
               f"--accept=socket,host=127.0.0.1,port={port};urp;"]
        # own session/process group: soffice is a shell wrapper that spawns
        # soffice.bin, so we stop the whole group we created, and only it.
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"soffice s'est arrêté au démarrage (code {self.proc.returncode})")
            try:
                ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"impossible de joindre soffice sur le port {port}")
                time.sleep(0.5)
        self.desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx)
        return self

    def stop(self):
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:
                pass  # the bridge dies with the process; that is expected
            self.desktop = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(self.proc.pid, sig)  # our own group only
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=10)
                    break
                except subprocess.TimeoutExpired:
                    continue
            # wait until every member of our group is gone (soffice.bin)
            for _ in range(50):
                try:
                    os.killpg(self.proc.pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.1)
            self.proc = None
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None


# --------------------------------------------------------------- document
def props(**kw):
    out = []
    for k, v in kw.items():
        p = PropertyValue()
        p.Name, p.Value = k, v
        out.append(p)
    return tuple(out)


def ensure_style(doc, family, name, parent=None, **values):
    styles = doc.StyleFamilies.getByName(family)
    if styles.hasByName(name):
        style = styles.getByName(name)
    else:
        kind = "ParagraphStyle" if family == "ParagraphStyles" else "CharacterStyle"
        style = doc.createInstance(f"com.sun.star.style.{kind}")
        styles.insertByName(name, style)
    if parent:
        style.ParentStyle = parent
    for k, v in values.items():
        style.setPropertyValue(k, v)
    return style


def define_styles(doc):
    # default language of the document: French (Belgium)
    ensure_style(doc, "ParagraphStyles", "Standard", CharLocale=FR_BE)
    defaults = doc.createInstance("com.sun.star.text.Defaults")
    defaults.CharLocale = FR_BE
    ensure_style(doc, "ParagraphStyles", "Title", CharHeight=20.0)
    ensure_style(doc, "CharacterStyles", "ETS Locuteur", CharWeight=BOLD)
    ensure_style(doc, "CharacterStyles", "ETS Champ", CharWeight=BOLD)
    ensure_style(doc, "ParagraphStyles", "ETS Interviewé", parent="Text body",
                 ParaTopMargin=0, ParaBottomMargin=212, ParaLineSpacing=uno.createUnoStruct(
                     "com.sun.star.style.LineSpacing", 0, 115))
    ensure_style(doc, "ParagraphStyles", "ETS Intervieweur", parent="ETS Interviewé",
                 CharPosture=ITALIC, ParaLeftMargin=600, CharColor=0x3B4A5A)
    ensure_style(doc, "ParagraphStyles", "ETS Fiche", parent="Standard",
                 ParaTopMargin=0, ParaBottomMargin=60)


def add_paragraph(text, cursor, style, body, label=None, first=False,
                  label_style="ETS Locuteur"):
    if not first:
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.ParaStyleName = style
    text.insertString(cursor, body, False)
    if label:
        cursor.gotoStartOfParagraph(False)
        cursor.goRight(len(label), True)
        cursor.CharStyleName = label_style
        cursor.gotoEndOfParagraph(False)


def build(desktop, src, dest, card):
    header, turns = parse_source(src)
    org = header["Organisation"]
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                       props(Hidden=True))
    try:
        define_styles(doc)
        text = doc.Text
        cursor = text.createTextCursor()
        add_paragraph(text, cursor, "Title", f"Entretien – {org}", first=True)
        add_paragraph(text, cursor, "Heading 1", "Fiche de l'entretien")
        for key in HEADER_FIELDS:
            add_paragraph(text, cursor, "ETS Fiche", f"{key} : {header[key]}",
                          label=f"{key} :", label_style="ETS Champ")
        for key, value in header.items():
            if key not in HEADER_FIELDS:
                add_paragraph(text, cursor, "ETS Fiche", f"{key} : {value}",
                              label=f"{key} :", label_style="ETS Champ")
        add_paragraph(text, cursor, "Heading 1", "Transcription")
        for label, body, tandem in turns:
            add_paragraph(text, cursor,
                          "ETS Intervieweur" if tandem else "ETS Interviewé",
                          f"{label} : {body}", label=f"{label} :")

        dp = doc.DocumentProperties
        dp.Title = f"Entretien – {org}"
        dp.Subject = "ETS – phase exploratoire : transcription d'entretien (démo fictive)"
        dp.Description = ("Transcription fictive fournie avec ETS Workbench pour la "
                          "démonstration. Aucune personne ni organisation réelle.")
        dp.Keywords = ("ETS", "entretien", "transcription", "démo")
        dp.Language = FR_BE
        dp.Author = "ETS Workbench (démo)"
        user = dp.UserDefinedProperties
        for key in OLD_PROPERTIES + tuple(card):
            if user.PropertySetInfo.hasPropertyByName(key):
                user.removeProperty(key)
        for key, value in card.items():
            user.addProperty(key, 128, value)  # 128 = REMOVABLE

        tmp = dest.with_name(dest.name + ".part")
        doc.storeToURL(tmp.resolve().as_uri(),
                       props(FilterName="writer8", Overwrite=True))
    finally:
        doc.close(True)
    try:
        os.replace(tmp, dest)  # never leave a half-written .odt
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return len(turns)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "demo" / "transcripts",
                    help="dossier de sortie (défaut : demo/transcripts)")
    ap.add_argument("--sources", type=Path, default=REPO / "demo" / "sources",
                    help="dossier des .txt (défaut : demo/sources)")
    ap.add_argument("--soffice", default=os.environ.get("SOFFICE") or shutil.which("soffice")
                    or "/usr/bin/soffice")
    ap.add_argument("files", nargs="*", type=Path, help="fichiers .txt (défaut : tous)")
    args = ap.parse_args(argv)

    sources = args.files or sorted(args.sources.glob("*.txt"))
    if not sources:
        sys.exit(f"Aucun fichier .txt dans {args.sources}")
    cards = demo_cards()
    for src in sources:          # fail early, before starting LibreOffice
        parse_source(src)
        if src.stem not in cards:
            raise SourceError(f"{src.name}: aucun entretien de {PROJECT_FILE.name} n'a pour transcription "
                              f"transcripts/{src.stem}.odt ; lancez scripts/make_demo_project.py")
    args.out.mkdir(parents=True, exist_ok=True)

    office = Office(args.soffice)
    try:
        office.start()
        for src in sources:
            dest = args.out / (src.stem + ".odt")
            n = build(office.desktop, src, dest, cards[src.stem])
            print(f"{dest}  ({n} tours de parole)")
    finally:
        office.stop()


if __name__ == "__main__":
    try:
        main()
    except SourceError as e:
        sys.exit(f"Erreur : {e}")
