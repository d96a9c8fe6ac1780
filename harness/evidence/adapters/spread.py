"""A score a source writes with its spread: "0.14 [0.14, 0.15]", "71.2 ± 0.3", "45.1 (44.0-46.2)".

The score is read; the spread becomes a standard error only where the text says what it is ("± 0.3 SE", "95% CI
[44.0, 46.2]"). A spread of unstated kind (an SE, an SD, a bootstrap or min-max range) is kept in the row's notes,
never taken for an SE; a layout that does not say which number is the score is refused with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import NormalDist

from harness.evidence.adapters.published_row import Z95

_N = r"\d+(?:\.\d+)?"  # ASCII digits only: float() reads every script's digits ("６４.８")
_SIGNED = rf"[-+−]?{_N}"
_PM = r"(?:±|\+/-|\+-|\+/−)"
_SE = r"s\.?e\.?m?|stderr|std\.? ?err(?:or)?|standard error(?: of the mean)?"
_SD = r"s\.?d\.?|std|std\.? ?dev\.?|standard deviation"
# "71.2 ± 0.3", "71.2% ± 0.3%", "71.2 ± 0.3 (SE)", "71.2 ± 0.3 SD"
_PLUS_MINUS = re.compile(
    rf"^(?P<v>{_SIGNED})\s*(?P<p1>%)?\s*{_PM}\s*(?P<s>{_N})\s*(?P<p2>%)?\s*(?:\(?\s*(?P<kind>{_SE}|{_SD})\s*\)?)?$",
    re.I | re.ASCII,
)
_CI = r"(?:\d+(?:\.\d+)?\s*%\s*)?(?:ci|c\.i\.|confidence interval)"
# "0.14 [0.14, 0.15]", "45.1 (44.0-46.2)", "45.1 (95% CI 44.0-46.2)", "45.1 95% CI [44.0, 46.2]", "45.1 [44.0 to 46.2]"
_INTERVAL = re.compile(
    rf"^(?P<v>{_SIGNED})\s*(?P<p1>%)?\s*(?P<before>{_CI})?\s*:?\s*[\[(]\s*(?P<inside>{_CI})?\s*:?\s*"
    rf"(?P<lo>{_SIGNED})\s*%?\s*(?:(?:,|–|—|\bto\b)\s*(?P<hi>{_SIGNED})|-\s*(?P<hi2>{_N}))\s*(?P<p2>%)?\s*[\])]$",
    re.I | re.ASCII,
)
# "71.2 (0.3)": one number in brackets beside the score, an SE, an SD or a count alike
_ONE_IN_BRACKETS = re.compile(rf"^{_SIGNED}\s*%?\s*[\[(]\s*{_N}\s*%?\s*[\])]$", re.ASCII)


@dataclass(frozen=True)
class Spread:
    value: float
    percent: bool  # a "%" in the text: the score and its spread are percents
    stderr: float | None  # only where the text says the spread is an SE or a stated 95% interval
    note: str  # what the text says beside the score, for the row's notes


def read_spread(text) -> Spread | str | None:
    """The score of a value written with its spread; a reason when its layout does not say which number is the
    score; None for text that is no score with a spread (for the caller's own "not a number")."""
    if not isinstance(text, str):
        return None
    written = " ".join(text.split())
    shown = repr(written[:60])
    found = _PLUS_MINUS.match(written)
    if found:
        value, spread = _float(found["v"]), float(found["s"])
        percent = bool(found["p1"] or found["p2"])
        kind = (found["kind"] or "").casefold()
        if kind and re.fullmatch(_SE, kind, re.I):
            return Spread(value, percent, spread, f"written {shown}: ± {spread:g} read as its SE, as stated")
        if kind:
            return Spread(
                value, percent, None, f"written {shown}: ± {spread:g} is a standard deviation, as stated (no SE)"
            )
        return Spread(
            value, percent, None, f"written {shown}: ± {spread:g} of unstated kind (an SE, an SD?), not read as an SE"
        )
    found = _INTERVAL.match(written)
    if found:
        value, low = _float(found["v"]), _float(found["lo"])
        high = _float(found["hi"] if found["hi"] is not None else found["hi2"])
        if not low <= value <= high:
            # "45.1 (46.0-47.2)": the bracket is no interval around the number before it, so which is the score
            # (a second score? a range of runs?) the text does not say
            return (
                f"value {shown} is a number and a bracket that does not hold it ({low:g} to {high:g}): which is the "
                "score cannot be told"
            )
        percent = bool(found["p1"] or found["p2"])
        stated = found["before"] or found["inside"]
        level = re.match(r"(\d+(?:\.\d+)?)\s*%", stated or "")
        if level and 50 <= float(level.group(1)) < 100:
            # a normal interval's half-width is z times the SE, z of the level it states (1.96 for 95 %)
            z = Z95 if float(level.group(1)) == 95 else NormalDist().inv_cdf(0.5 + float(level.group(1)) / 200)
            se = (high - low) / (2 * z)
            return Spread(
                value, percent, se, f"written {shown}: its stated {level.group(1)}% CI read as an SE of {se:.3g}"
            )
        if stated:
            return Spread(value, percent, None, f"written {shown}: an interval of unstated level, not read as an SE")
        return Spread(
            value,
            percent,
            None,
            f"written {shown}: the bracket's kind is not stated (a confidence interval? a range?), not read as an SE",
        )
    if _ONE_IN_BRACKETS.match(written):
        return (
            f"value {shown} has one number in brackets beside the score, which may be its SE, an SD or a count: "
            "no score read (the source does not say which)"
        )
    return None


def _float(text: str) -> float:
    return float(text.replace("−", "-"))
