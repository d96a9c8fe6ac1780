"""Text from data in a markdown page: escaped so it stays text (no table broken, no link, no HTML, no math, no
control character), shown as written in a code span, linked only where it is a plain http(s) URL."""

from __future__ import annotations

import re

from harness.inputs import controls_escaped

# '&' too: a renderer decodes '&#x202E;' in a note into the right-to-left override the loader refuses written out,
# and shows '&amp;' as '&'; '$' too: GitHub renders '$0.6$' (a quoted README's LaTeX) as math, not as written
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~&$])")


def esc(text: object) -> str:
    """Make text from data inert in markdown: no tables broken, no links, no HTML, no control character (an escape
    sequence cleared or retitled the terminal a page was read in)."""
    s = controls_escaped(" ".join(str(text).split()))
    return _MD_SPECIAL.sub(r"\\\1", s)


def code(text: object) -> str:
    """Text from data as a code span, shown as written: a code span takes no backslash escape, so `esc` in one
    showed them (a claim file `claims/my\\_claim.yaml`); a backtick in the text gets a longer fence."""
    s = controls_escaped(" ".join(str(text).split()))
    fence = "`" * (max((len(run) for run in re.findall(r"`+", s)), default=0) + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""  # one space each side is dropped by the renderer
    return f"{fence}{pad}{s}{pad}{fence}"


def link(label: str, url: str) -> str:
    """A markdown link only for plain http(s) URLs; anything else is shown as text."""
    if not re.fullmatch(r"https?://[^\s<>\"'`]+", url):
        return esc(label)
    safe = url.replace("(", "%28").replace(")", "%29").replace("|", "%7C")
    return f"[{esc(label)}]({safe})"
