"""Writes a dialog's .properties files from UTF-8 text, escaping every non-ASCII character as
\\uXXXX (LibreOffice reads .properties as ISO-8859-1, so French would show as mojibake).

    python3 scripts/write_properties.py dialogs/TagSelection.strings.json

The JSON maps locale (fr_BE, en_US, nl_BE) to {key: text}; it writes dialogs/<Name>_<locale>.properties
and the empty <Name>_en_US.default marker beside it.
"""

import json
import os
import sys


def escape(text):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text).replace("\n", "\\n")


def main(path):
    with open(path, encoding="utf-8") as f:
        locales = json.load(f)
    folder = os.path.dirname(path)
    name = os.path.basename(path).split(".")[0]
    for locale, strings in locales.items():
        with open(os.path.join(folder, "%s_%s.properties" % (name, locale)), "w", encoding="ascii") as out:
            out.write("# Generated from %s by scripts/write_properties.py: edit that file.\n" % os.path.basename(path))
            for key, text in strings.items():
                out.write("%s=%s\n" % (key, escape(text)))
    open(os.path.join(folder, "%s_en_US.default" % name), "w").close()


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        main(argument)
