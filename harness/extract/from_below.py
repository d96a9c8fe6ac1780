"""Rankings said from below: "second only to X", "trails only X", "behind only X", "beaten only by X". Each says two
claims, as the labelled sets read them: the subject's place, one after the models named ahead of it, and
each of those models ahead of it. The lexicon reads one of the two ("is second" a place, "trails" a win of X); this
adds the other. A part of `clause.ClauseReader`."""

from __future__ import annotations

import re
from dataclasses import replace

from harness.extract.found import Found

# "second only to X", "ranks third, only behind X and Y": a place, and the models ahead of it named
_PLACE_ONLY = re.compile(r"\b(?:second|2nd|third|3rd)\b[\s,]+only\s+(?:to|behind|after)\b", re.I)
# "trails only X", "behind only X", "beaten only by X", "only behind X", "outperformed by only X": a win of X's, and
# no model but X ahead
_ONLY_AHEAD = re.compile(
    r"\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|behind|(?:beaten|bested|outperformed|surpassed|outscored)"
    r"(?:\s+only\s+by|\s+by\s+only))\b(?:\s+only\b)?"
    r"|\bonly\s+(?:trail(?:s|ed|ing)?|behind|(?:beaten|bested|outperformed|surpassed|outscored)\s+by)\b",
    re.I,
)


def _only_ahead(clause: str) -> bool:
    """Whether "only" bounds the models ahead: "trails only X", "only behind X" (not "trails X", "behind X only on")."""
    return any("only" in m.group(0).casefold() for m in _ONLY_AHEAD.finditer(clause))


class FromBelow:
    """The other claim of a ranking said from below (a mixin of `clause.ClauseReader`)."""

    def _from_below(self, clause: str, results: list[Found]) -> list[Found]:
        out: list[Found] = []
        if _PLACE_ONLY.search(clause):
            for f in results:
                if f.kind == "ranks" and f.competitors and f.top == len(f.competitors) + 1:
                    # "Phi-4 is second only to GPT-4o": GPT-4o ahead of Phi-4 too
                    note = f"'{_PLACE_ONLY.search(clause).group(0)}': {self._name(f.subject)} behind each model named"
                    out += [
                        replace(f, subject=c, kind="outperforms", competitors=[f.subject], top=1, cohort={},
                                review=[n for n in f.review if not n.startswith("no cohort")] + [note])
                        for c in f.competitors
                    ]  # fmt: skip
        elif _only_ahead(clause):
            ahead: dict[str, list[Found]] = {}
            for f in results:
                if f.kind == "outperforms" and len(f.competitors) == 1:
                    ahead.setdefault(f.competitors[0], []).append(f)
            for behind, wins in ahead.items():
                # "Phi-4 trails only GPT-4o": no model but GPT-4o ahead of Phi-4, which is second
                leaders = list(dict.fromkeys(w.subject for w in wins))
                first = wins[0]
                rank = replace(first, subject=behind, kind="ranks", competitors=[], top=len(leaders) + 1,
                               review=[f"ahead of every model but {', '.join(self._name(x) for x in leaders)}: read "
                                       f"as place {len(leaders) + 1}"])  # fmt: skip
                rank.cohort = self.scope.cohort(clause, behind, rank)
                if not any(r.kind == "ranks" and r.subject == behind for r in results):
                    out.append(self._mark(rank))
        return out
