"""Sets the French guide's Markdown in French typography, in place: ’ for ', a no-break space (U+00A0) before « : » and
inside « », a narrow no-break space (U+202F) before ; ! ?. The English and Dutch guides (files outside a folder "fr")
only get the apostrophe ’, as their catalogues. Code (`…` and fenced blocks), link and picture targets,
heading identifiers {#…} and addresses are left as they are. Run it after editing docs/guide/fr/*.md; the unit test
UserGuide.FrenchGuideFollowsFrenchTypography says where it is still needed.

Usage: python3 scripts/french_typography.py docs/guide/*/*.md
"""

import os
import re
import sys

PROTECTED = re.compile(r"`[^`]*`|\]\([^)]*\)|\{#[^}]*\}|https?://\S+|<[^>]*>|!\[")
NBSP, NARROW = "\u00a0", "\u202f"


def prose(text, french=True):
    text = text.replace("'", "\u2019")
    if not french:
        return text
    text = re.sub(r"[ \u00a0\u202f]*:(?=\s|$)", NBSP + ":", text)
    text = re.sub(r"(?<=\S)[ \u00a0\u202f]*([;!?])", NARROW + r"\1", text)
    text = re.sub(r"«[ \u00a0]*", "«" + NBSP, text)
    text = re.sub(r"[ \u00a0]*»", NBSP + "»", text)
    return text


def line_typography(line, french):
    out, last = [], 0
    for match in PROTECTED.finditer(line):
        out.append(prose(line[last:match.start()], french))
        out.append(match.group(0))
        last = match.end()
    out.append(prose(line[last:], french))
    return "".join(out)


def file_typography(text, french=True):
    lines, result = text.split("\n"), []
    in_code = False
    in_front = lines[:1] == ["---"]
    for number, line in enumerate(lines):
        if line.startswith("```"):
            in_code = not in_code
            result.append(line)
            continue
        if in_front:
            if number > 0 and line == "---":
                in_front = False
                result.append(line)
                continue
            if line.startswith("  "):  # a block's line (the abstract): prose
                result.append(line_typography(line, french))
                continue
            key, colon, value = line.partition(":")
            result.append(key + colon + line_typography(value, french) if colon and key in ("title", "toc-title")
                          else line)
            continue
        if in_code or line.startswith(("|-", "---")):
            result.append(line)
            continue
        result.append(line_typography(line, french))
    return "\n".join(result)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as source:
            text = source.read()
        french = os.path.basename(os.path.dirname(os.path.abspath(path))) == "fr"
        fixed = file_typography(text, french)
        if fixed != text:
            with open(path, "w", encoding="utf-8") as target:
                target.write(fixed)
            print("typography set:", path)


if __name__ == "__main__":
    main(sys.argv[1:])
