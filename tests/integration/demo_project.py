"""A copy of the demo project for a test module: copied into a temporary folder, opened in the module's office, and
its demo passages (demo/passages.json) tagged through TagSelection as a researcher would, transcripts saved and
closed so that the commands under test read them as they lie in the folder."""

import json
import os
import re
import shutil

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")


def demo_passages():
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        return json.load(f)


def copy_demo(folder, leave_out=("sources", "README.md"), edit=None):
    """Copies the demo project into `folder` without `leave_out`; `edit(data)` may change its project file first."""
    shutil.copytree(DEMO, folder, ignore=shutil.ignore_patterns(*leave_out))
    if edit:
        path = os.path.join(folder, "ets-project.json")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        edit(data)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
    return folder


def open_project(office, folder, coder="Claire V."):
    result = office.automation().openProject(folder, False, "", coder)
    if not result.Success:
        raise RuntimeError(result.Message)


def tag_demo_passages(office, folder, with_memos=True, before_saving=None, with_keys=False):
    """Tags every demo passage in the project's transcripts; `before_saving(name, frame)` may run more commands on a
    transcript before it is saved and closed; `with_keys` marks the demo's key quotes (scripts/run_demo.py does).
    Returns the passages."""
    passages = demo_passages()
    for name in sorted({p["transcript"] for p in passages}):
        document = office.load(os.path.join(folder, "transcripts", name))
        frame = document.getCurrentController().getFrame()
        for passage in (p for p in passages if p["transcript"] == name):
            search = document.createSearchDescriptor()
            search.SearchString = passage["quote"]
            document.getCurrentController().select(document.findFirst(search))
            arguments = {"Themes": "; ".join(passage["themes"])}
            if with_memos:
                arguments["Memo"] = passage.get("memo", "")
            if with_keys and passage.get("key"):
                arguments["KeyQuote"] = True
            ok, message = office.dispatch(frame, "TagSelection", **arguments)
            if not ok:
                raise RuntimeError(message)
        if before_saving:
            before_saving(name, frame)
        document.store()
        document.close(True)
    return passages


def french(text):
    """A text as our French documents print it: no-break spaces before « : ; ? ! », the apostrophe ’."""
    text = re.sub(r" +:", "\u00a0:", text)
    text = re.sub(r" +([;?!])", "\u202f\\1", text)
    return text.replace("'", "’")
