"""Text from a document, a name or a file name, made safe for the format it is shown in.

Everything a report quotes comes from outside: an article can hold ``<script>``, a link
``[click](javascript:...)``, an image that would be fetched when the report is opened, a
line that starts a heading or a table row, a terminal escape; a file name can hold a line
break. ``one_line`` folds any line break and control character away first, so a quoted
text stays inside the line the report puts it on; ``markdown`` then escapes what
Markdown would read as markup, ``html`` what HTML would.
"""

from __future__ import annotations

import html as _html
import re

from briefx.views.tables import terminal_safe

# Characters Markdown (CommonMark and GitHub's) reads as markup anywhere in a line:
# emphasis, code, links and images, raw HTML and entities, table cells, strikethrough.
_MD_INLINE = re.compile(r"([\\`*\[\]<>&|~!])")
# "_" only makes emphasis at a word's edge: "doc_12" stays as written.
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# What starts a block when it begins a line (or follows the report's "> " or "- "):
# a heading, a quote, a list item, a thematic break, a numbered item ("1." / "1)").
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))")
# Bare web addresses: GitHub's Markdown turns them into links by itself.
_MD_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto)(:)|\b(www)(\.)")


def one_line(text: str) -> str:
    """Fold line breaks and runs of space into single spaces; show control characters.

    ``"a\\n# b"`` -> ``"a # b"``; ``"\\x1b]0;x"`` -> ``"\\x1b]0;x"`` written out.
    """
    return terminal_safe(" ".join(str(text).split()))


def markdown(text: object) -> str:
    """Text shown as itself inside a line of Markdown (no markup, no link, one line).

    Args:
        text: a sentence, a name, an id, a file name.
    Returns:
        The text with Markdown's special characters backslash-escaped, a block-starting
        character at its start escaped, and bare web addresses broken ("http\\://"), so
        that a Markdown renderer shows it as written.
    """
    line = one_line("" if text is None else str(text))
    line = _MD_INLINE.sub(r"\\\1", line)
    line = _MD_UNDERSCORE.sub(r"\\_", line)
    line = _MD_AUTOLINK.sub(
        lambda m: f"{m.group(1) or m.group(3)}\\{m.group(2) or m.group(4)}", line
    )
    start = _MD_LINE_START.match(line)
    if start:
        # "#" "-" ... are escaped with a backslash; "12." becomes "12\." (a digit cannot be).
        mark = start.group(2)
        if mark[0].isdigit():
            at = start.end()
            line = line[:at] + "\\" + line[at:]
        else:
            at = start.start(2)
            line = line[:at] + "\\" + line[at:]
    return line


def html(text: object) -> str:
    """Text shown as itself in HTML, on one line, with control characters written out."""
    return _html.escape(one_line("" if text is None else str(text)), quote=True)
