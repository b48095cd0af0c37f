"""What a transcript's file says about its passages, read from the file itself (no LibreOffice): the theme names of
its ETS.Tags property, as the crash loop and the integration tests check them after an office was killed."""

import json
import re
import zipfile
from xml.sax.saxutils import unescape


def themes_on_disk(path):
    """The theme names the transcript's file carries (its ETS.Tags property)."""
    with zipfile.ZipFile(path) as odt:
        meta = odt.read("meta.xml").decode("utf-8")
    found = re.search(r'<meta:user-defined meta:name="ETS.Tags"[^>]*>(.*?)</meta:user-defined>', meta, re.S)
    if not found:
        return set()
    tags = json.loads(unescape(found.group(1), {"&quot;": '"', "&apos;": "'"}))
    return {theme["name"] for tag in tags["tags"] for theme in tag["themes"]}
