"""Finishes a user guide pandoc wrote from docs/guide/<language>/ (build time, called by extension/CMakeLists.txt):
A4 pages with 2 cm margins (pandoc's are US Letter), pictures no wider than the text, each command's section on a new page (its heading, bookmarked
with the command's name, which starts with a capital, gets the style « ETS Commande »; the tour's sections, bookmarked
in lower case, follow each other), each part (level 1) on a new page, and each picture stored once however often it
is shown (the menu's picture illustrates several commands).

Usage: python3 scripts/finish_guide.py <guide.odt written by pandoc> <finished guide.odt>
"""

import hashlib
import re
import sys
import zipfile

COMMAND_STYLE = (
    '<style:style style:name="ETS_20_Commande" style:display-name="ETS Commande" style:family="paragraph" '
    'style:parent-style-name="Heading_20_2" style:next-style-name="Text_20_body" style:default-outline-level="2" '
    'style:class="text"><style:paragraph-properties fo:break-before="page" /></style:style>'
)


def finish_styles(styles):
    page = re.compile(r"<style:page-layout-properties [^>]*>")

    def a4(match):
        tag = match.group(0)
        for name, value in (("fo:page-width", "21cm"), ("fo:page-height", "29.7cm"), ("fo:margin-top", "2cm"),
                            ("fo:margin-bottom", "2cm"), ("fo:margin-left", "2cm"), ("fo:margin-right", "2cm")):
            tag = re.sub(name + r'="[^"]*"', '%s="%s"' % (name, value), tag)
        return tag

    styles = page.sub(a4, styles)
    # Each part on a new page.
    styles = re.sub(r'(<style:style [^>]*style:name="Heading_20_1"[^>]*>)',
                    r'\1<style:paragraph-properties fo:break-before="page" />', styles, count=1)
    return styles.replace("</office:styles>", COMMAND_STYLE + "</office:styles>", 1)


# The widest a picture may be: the text's width on A4 with 2 cm margins, less a little.
MAX_WIDTH_PT = 16.5 / 2.54 * 72


def fit_picture(match):
    """A screenshot keeps its proportions and fits the text's width (pandoc sizes it from the picture's own 72 dpi)."""
    width, height = float(match.group(2)), float(match.group(4))
    if width > MAX_WIDTH_PT:
        width, height = MAX_WIDTH_PT, height * MAX_WIDTH_PT / width
    return "%s%.1fpt%s%.1fpt%s" % (match.group(1), width, match.group(3), height, match.group(5))


def finish_content(content, renamed):
    content = re.sub(r'(<draw:frame [^>]*svg:width=")([0-9.]+)pt(" svg:height=")([0-9.]+)pt(")', fit_picture, content)
    content = re.sub(r'<text:h text:style-name="Heading_20_2"( text:outline-level="2"><text:bookmark-start '
                     r'text:name="[A-Z])', r'<text:h text:style-name="ETS_20_Commande"\1', content)
    for duplicate, first in renamed.items():
        content = content.replace('xlink:href="%s"' % duplicate, 'xlink:href="%s"' % first)
    return content


def main(source, target):
    with zipfile.ZipFile(source) as odt:
        entries = [(info, odt.read(info.filename)) for info in odt.infolist()]
    first_of, renamed = {}, {}
    for info, data in entries:
        if info.filename.startswith("Pictures/"):
            digest = hashlib.sha256(data).hexdigest()
            if digest in first_of:
                renamed[info.filename] = first_of[digest]
            else:
                first_of[digest] = info.filename
    with zipfile.ZipFile(target, "w") as out:
        for info, data in entries:
            if info.filename in renamed:
                continue
            if info.filename == "styles.xml":
                data = finish_styles(data.decode("utf-8")).encode("utf-8")
            elif info.filename == "content.xml":
                data = finish_content(data.decode("utf-8"), renamed).encode("utf-8")
            elif info.filename == "META-INF/manifest.xml":
                text = data.decode("utf-8")
                for duplicate in renamed:
                    text = re.sub(r'\s*<manifest:file-entry [^>]*manifest:full-path="%s"[^>]*/>' % re.escape(duplicate),
                                  "", text)
                data = text.encode("utf-8")
            # The mimetype first and stored, as ODF asks; the rest compressed.
            compression = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), data, compress_type=compression)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
