"""Cues in text: the phrases that make a sentence a claim, and the numbers quoted as scores.

The phrase lexicon (`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`: `phrases`)
says which words compare, match, rank or quantify; the patterns below read quoted scores. Nothing
here knows the catalog: mentions come from `names`.
"""

from __future__ import annotations

import re
from pathlib import Path

from harness.extract.classes import OWN_CLASS, PLACED, RESULTS_NAMED, rivals_ranked
from harness.extract.layouts import BOUND, CHANGED_FROM, bench_after, beside, bracketed, in_range, listed_after, pairs
from harness.extract.layouts import NUM as _NUM
from harness.extract.layouts import SCORE_AFTER as _SCORE_AFTER
from harness.extract.layouts import nearest as _nearest
from harness.extract.layouts import theirs_listed as _theirs_listed
from harness.extract.names import Mention
from harness.extract.number_owners import in_order, set_against
from harness.extract.phrases import NAME_WORDS, any_phrase, read_lexicon
from harness.inputs import within

# a number that is a difference between two scores, not a score
_MARGIN_AFTER = re.compile(
    r"(?:\s*%?\s*(?:and|or|to|,)\s*\d[\d.]*)*\s*(?:%|percent(?:age)?|per\s?cent)?\s*(?:-?\s*(?:percentage\s+)?points?|pts)?\s*"
    r"(?:(?:absolute|relative|overall)\s+)?"  # "a 14.4% absolute gain", "18.9% and 32.7% relative improvements"
    r"(?:higher|lower|more|less|better|worse|ahead|behind|lead|gap|difference|(?:improvement|jump|increase|drop|gain|boost)s?)\b",
    re.I,
)
# a number with a sign ("(+8.9%)", "(-2.1)", "+20% on math") or after "±": a change or a spread, not a score
_SIGNED = re.compile(r"(?:[+±]|\(\s*[-−–])\s*$")
# "the 80% threshold", "the 90-point mark": a bar set, not a score
_THRESHOLD = re.compile(
    r"\s*(?:%|percent|per\s?cent|[\s-]?points?)?[\s-]*(?:threshold|mark|barrier|bar|cutoff|cut-off|milestone)\b", re.I
)
# "outperforming 96.3% of human participants": a percentile among people, not a score
_OF_PEOPLE = re.compile(
    r"\s*(?:%|percent|per\s?cent)\s+of\s+(?:all\s+)?(?:the\s+)?(?:human\s+)?"
    r"(?:participants|competitors|contestants|coders|programmers|humans|people|users|voters|experts)\b",
    re.I,
)
# "a 48.6 percent win rate against Claude Sonnet 4", "a win rate of 60% over GPT-4o": how often one model's answers
# were preferred to a named other's, a pairwise comparison, not a score on a benchmark
_WIN_RATE_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent)?\s+(?:[\w-]+\s+)?win[\s-]?rates?\s+(?:against|over|versus|vs\.?|to)\s+(?:the\s+)?",
    re.I,
)
_WIN_RATE_BEFORE = re.compile(r"\bwin[\s-]?rates?\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
# "outperforms X by win rates ranging from 50% to 64%", "by up to 79% win-rates on A and 81% on B": the numbers after
# it (until a score is quoted again) are the margins of the comparison, not scores
_WIN_MARGIN = re.compile(
    r"\bby\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s?cent)?\s*)?win[\s-]?rates?\b"
    # ... and "by up to 79% on A and 81% on B": a margin, and the numbers listed after it
    r"|\bby\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|just\s+)?\d[\d.,]*\s*(?:%|percent|per\s?cent"
    r"|points?|pp)\s+(?:on|in)\s",
    re.I,
)
_SCORE_VERB = re.compile(r"\b(?:scor\w*|achiev\w*|reach\w*|record\w*|post\w*|hit\w*)\b", re.I)
_AGAINST_AFTER = re.compile(r"\s*(?:%|percent|per\s?cent)?\s+(?:against|over|versus|vs\.?)\s+(?:the\s+)?", re.I)
_MARGIN_BEFORE = re.compile(
    r"\bby\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+|just\s+)?(?:\d[\d.,]*\s*(?:to|-)\s*)?$", re.I
)
# ratings written as whole numbers (Elo, points on a leaderboard): there a bare number in brackets after a name is one
_WHOLE_SCALE = re.compile(r"\b(?:elo|points?|ratings?|leaderboards?|arena)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_PAREN_SCORE = re.compile(rf"\(\s*{_NUM}\s*(%)?\s*\)")
PERCENT = re.compile(rf"{_NUM}\s*(?:%|percent\b|per\s?cent\b)", re.I)
# "38.2% for GPT-4o", "38.2 percent by o1": the number belongs to the model just after it
_FOR_MODEL = re.compile(r"\s*(?:%|percent|per\s?cent)?\s+(?:for|by|from)\s+", re.I)
# "to date: 83.6% with Claude Opus 4.7, and 81.5% with Claude Sonnet 4.6": a number heading an item of a list (after a
# colon, a comma or "and"), with the model it was made with after it, is that model's (never "X scores 80% with Y")
_WITH_MODEL = re.compile(r"\s*(?:%|percent|per\s?cent)?\s+with\s+", re.I)
_ITEM_HEAD = re.compile(r"(?:^|[:;,]|\band)\s*$", re.I)
# "under 70B parameters", "14B model": a class by size
_SIZE_CLASS = re.compile(
    r"\b(?:under|below|sub-?)\s*\d+(?:\.\d+)?[BM]\b|\b\d+(?:\.\d+)?[BM][- ](?:parameter )?models?\b"
    r"|\b(?:in|of|for) (?:its|their) (?:class|category|size)\b|" + OWN_CLASS  # "for its size", "its peers"
)
# "GPT-4o's 74.6%", "o1 (92.3 percent", "GPT-4o at 74.6%", "GPT-4o 75%": the number is the model's just before it
_OWNED = re.compile(
    r"^\s*(?:|:\s*|['’]s\s+(?:[\w-]+\s+){0,2}|\s*\(\s*|\s+at\s+|\s+(with)\s+(?:a\s+score\s+of\s+)?"
    r"|\s+(?:stands|sits|comes in|came in|is|was)\s+at\s+"
    r"|\s+(?:reaching|scoring|hitting|posting|achieving|getting)\s+(?:an?\s+)?"  # "with InternVL3.5 reaching 77.7%"
    r"|,?\s+(which|that|who)\s+(?:scor\w+|achiev\w+|reach\w+|post\w+|got|gets|hit\w*|record\w+)\s+"
    r"(?:an?\s+(?:[\w-]+\s+)?)?"  # "Gemini 1.5 Pro, which scored 89.8 points"
    # "Gemini 2.5 Pro reached 70%, GPT-5 managed 57%": the model's own verb right before the number (`_owned`)
    r"|\s+(scor(?:es|ed)|reach(?:es|ed)|manag(?:es|ed)|achiev(?:es|ed)|got|gets|hits?|posts|posted|earn(?:s|ed))\s+"
    r"(?:(?:just|only|about|approximately|around|roughly|nearly)\s+)?(?:an?\s+)?)$",
    re.I,
)
# "X surpassed Y and Z with 95.6 points": a number after the compared models is the subject's, not theirs
_COMPARED = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|ahead of|over|edg\w+ out|overt\w+|outscor\w+)\b", re.I
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
OUT_OF = re.compile(
    r"\b(\d+|" + "|".join(_WORDS) + r")\s+(?:out\s+)?of\s+(?:the\s+)?(\d+|" + "|".join(_WORDS) + r")\b", re.I
)


def _win_rate(clause: str, end: int, at: int, models: list[Mention]) -> bool:
    """Whether the number at `at`..`end` is a win rate set against a model named right after it."""
    rate = _WIN_RATE_AFTER.match(clause, end)
    if rate is None and _WIN_RATE_BEFORE.search(clause, 0, at):
        rate = _AGAINST_AFTER.match(clause, end)
    return rate is not None and any(x.start == rate.end() for x in models)


def quotes_score(text: str, at: bool = False):
    """Whether the text quotes a number as a score ("an Elo score of 1338", "scored 72.5"); with `at`, where the first
    quote starts (the text's length where there is none)."""
    found = [
        m for m in _SCORE_AFTER.finditer(text) if m.group(2) or not m.group(0).lower().startswith(("at ", "with "))
    ]
    return (found[0].start() if found else len(text)) if at else bool(found)


class Cues:
    """The phrase lexicon compiled: which cue a clause carries, its quantifier words, its quoted scores."""

    def __init__(self, lexicon_file: Path | None = None):
        if lexicon_file is not None and lexicon_file.is_symlink():
            # the project's lexicon extension stays in the project, like every file it holds
            within(lexicon_file, lexicon_file.parent, lexicon_file.name)
        lex = read_lexicon(str(lexicon_file) if lexicon_file and lexicon_file.is_file() else "")
        self.re = {k: any_phrase(v) for k, v in lex.items() if isinstance(v, list) and k not in NAME_WORDS}
        self.families = [str(w) for w in lex.get("model_families", [])]
        self.developers = [str(w) for w in lex.get("model_developers", [])]
        self.not_model_words = [str(w) for w in lex.get("not_model_words", [])]
        self.ordinals = lex.get("ordinals", {})
        self._cues: dict[str, list[tuple]] = {}
        self.win_rates: list[str] = []  # of the last clause whose scores were read

    def _places(self, cue: str) -> int | None:
        """The places a ranking cue's phrase covers: 'ranks second' 2, 'top three' 3, 'ranks 3rd' 3, 'tops' 1."""
        word = re.search(
            r"(second|third|fourth|fifth|two|three|runner(?=[- ]up))", cue, re.I
        )  # (a front-runner is 1st)
        extra = {"two": 2, "three": 3, "runner": 2}.get(word.group(1).lower()) if word else 1
        extra = extra or self.ordinals.get(word.group(1).lower())
        return _top_k(cue) or _place(cue) or extra

    def cue(self, clause: str):
        best = None
        for kind in ("matches_at_least", "outperformed_by", "outperforms", "matches", "ranks"):
            m = self.re[kind].search(clause)
            if m and (best is None or m.start() < best[1] or (kind == "matches_at_least" and m.start() <= best[1])):
                extra = self._places(m.group(0)) if kind == "ranks" else None
                best = (kind, m.start(), m.end(), extra)
        return best

    def cues(self, clause: str) -> list[tuple]:
        """Every cue in the clause, in order, none overlapping: (kind, start, end, top k for a ranking)."""
        cached = self._cues.get(clause)
        if cached is None:
            cached = self._read_cues(clause)
            if len(self._cues) < 4096:  # a clause is read for its cues by several readers (subject, names, net)
                self._cues[clause] = cached
        return list(cached)

    def _read_cues(self, clause: str) -> list[tuple]:
        found = []
        for kind in ("matches_at_least", "outperformed_by", "outperforms", "matches", "ranks"):
            for m in self.re[kind].finditer(clause):
                extra = self._places(m.group(0)) if kind == "ranks" else None
                found.append((kind, m.start(), m.end(), extra))
        order = {"matches_at_least": 0, "outperformed_by": 1, "outperforms": 2, "matches": 3, "ranks": 4}
        found.sort(key=lambda c: (c[1], -(c[2] - c[1]), order[c[0]]))
        out: list[tuple] = []
        for c in found:
            if not out or c[1] >= out[-1][2]:
                out.append(c)
        return rivals_ranked(clause, out)

    def about_results(self, clause: str, benches: list[Mention], kind: str) -> bool:
        """A claim about results: a ranking that names a benchmark, a cohort or results; any comparison
        of two catalog models (sentences about cost and speed were set aside before)."""
        if benches or kind != "ranks":
            return True
        if RESULTS_NAMED.search(clause):
            return True
        if _SIZE_CLASS.search(clause):
            return True  # "the best model under 70B parameters": a cohort by size
        return bool(self.re["open_weights"].search(clause) or self.re["closed"].search(clause) or PLACED.search(clause))

    def scores(
        self, clause: str, models: list[Mention], benches: list[Mention], other: str | None = None
    ) -> list[tuple]:
        """(model, benchmark, value, position) for each number quoted as a score. `other`: the model the text is
        about, the owner of the second of two numbers set against each other where the clause names one model."""
        self.win_rates: list[str] = []  # the numbers read as win rates against a model, which no claim takes
        if not benches:
            return []
        # footnote marks are blanked, not only skipped, so that "Claude 3 Opus (2) at 86.8%" still reads as Opus's
        parens = list(_PAREN_SCORE.finditer(clause))
        # "Gemini 2.5 Pro (84) trails GPT-5 (high) (86)"; "280 points higher than Gemini 2.5 Pro (1204)" on a leaderboard
        named = [m for m in parens if _after_name(m, models)]
        paired = len(named) >= 2 or bool(_WHOLE_SCALE.search(clause))
        # "Gemini 1.5 Pro (2024) leads GPT-4o (2024)": years after names say when, unless numbers of another shape
        # stand beside them ("o3 (2727) outranks DeepSeek-R1 (2029) on Codeforces")
        dated = all(_YEAR.fullmatch(m.group(1)) and not m.group(2) for m in named)
        for m in reversed(parens):
            if _footnote(m, models, paired) or (dated and _YEAR.fullmatch(m.group(1))):
                clause = clause[: m.start()] + " " * (m.end() - m.start()) + clause[m.end() :]
        out, skipped, taken = [], set(), set()
        listed = listed_after(clause, benches)
        for m in (
            list(_SCORE_AFTER.finditer(clause))
            + listed
            + list(_PAREN_SCORE.finditer(clause))
            + list(PERCENT.finditer(clause))
        ):
            value = float(m.group(1).replace(",", ""))
            at = m.start(1)
            if re.match(r"0\d", m.group(1)):
                continue  # "Gemini 2.0 Flash (001)": a version number, not a score
            if at in taken:
                continue  # one number, found by two patterns ("50% on MMLU and 50% on GPQA" are two)
            if any(x.start <= at < x.end for x in models):
                continue  # "Grok 4 35%", read as the name 'Grok 4 35': a number inside a name is no one else's score
            if BOUND.search(clause[:at]) or _in_aside(clause, at) or in_range(clause, at, m.end(1)):
                continue  # "above 70%", "(and 93.8% with Deep Think)", "86-89%": not the quoted score of this setting
            if _THRESHOLD.match(clause, m.end(1)):
                continue  # "the first to exceed the 80% threshold": a bar, not a score
            if re.search(r"\btop[\s-]*$", clause[:at], re.I):
                continue  # "among the top 20% of students": a percentile, not a score
            if _SIGNED.search(clause, 0, at):
                continue  # "78.6% on AIME 2024 (+8.9%)", "85.3 ± 0.4": a gain or an error bar, not a score
            if _OF_PEOPLE.match(clause, m.end(1)):
                continue  # "96.3% of human participants": a percentile, not a score
            margin = _WIN_MARGIN.search(clause, 0, at)
            # (a number quoted as a score after the margin is one: "beats X by 3 points on A, with 91.9% on B")
            if margin and m.re is not _SCORE_AFTER and not _SCORE_VERB.search(clause, margin.end(), at):
                continue  # "beats X by win rates from 50% to 64% on A and 52% to 72% on B": margins, each of them
            if _win_rate(clause, m.end(1), at, models):
                # "a 48.6 percent win rate against Claude Sonnet 4": a pairwise comparison, not a score
                if m.group(1) not in self.win_rates:
                    self.win_rates.append(m.group(1))
                continue
            if _MARGIN_AFTER.match(clause, m.end(1)) or _MARGIN_BEFORE.search(clause[:at]):
                continue  # "280 points higher than", "by 1 to 4 points": a difference, not a score
            if m.re is _SCORE_AFTER and m.group(0).lower().startswith(("at ", "with ")) and not m.group(2):
                continue  # "at 30 tokens", "with 5": a number, not a score
            near_model = [x for x in models if x.end <= at]
            owner = None  # the clause's subject, decided by the caller
            after = next((x for x in models if x.start >= m.end()), None)
            if after is not None and _FOR_MODEL.fullmatch(clause[m.end() : after.start]):
                owner = after.id  # "compared with 38.2% for GPT-4o"
            elif (
                after is not None
                and _WITH_MODEL.fullmatch(clause[m.end() : after.start])
                and _ITEM_HEAD.search(clause, 0, at)
                # every model named before it another item's ("X scores 70%, and 75% with Y as a teacher": X's)
                and all(re.search(r"\bwith\s+$", clause[: x.start], re.I) for x in near_model)
            ):
                owner = after.id  # "83.6% with Claude Opus 4.7, and 81.5% with Claude Sonnet 4.6"
            elif near_model and _owned(clause, near_model, at):
                owner = near_model[-1].id  # "GPT-4o's 74.6%", "o1 (92.3 percent", "GPT-4o at 74.6%"
            elif near_model and m.re is _PAREN_SCORE and near_model[-1].end >= m.start() - 3:
                owner = near_model[-1].id
            elif owner is None and at > 0:
                group = re.search(r"\(\s*[\d.,]+\s*(?:%|percent)?\s*(?:and|,)\s*$", clause[:at], re.I)
                if group and near_model and _OWNED.match(clause[near_model[-1].end : group.start() + 1]):
                    owner = near_model[-1].id  # the second number in "o1 (92.3 percent and 47 percent)"
            if owner is None and CHANGED_FROM.search(clause, 0, at):
                continue  # "up from 72.7% for its predecessor": an earlier result, not this model's score now
            named = any(b.start >= 0 and 0 <= m.start() - b.end <= 2 for b in benches)  # "Terminal-bench (43.2%)"
            if m.re is _PAREN_SCORE and owner is None and not named and (out or _SCORE_AFTER.search(clause[:at])):
                skipped.add(at)
                continue  # "few-shot (74.2%)": a setting's number next to the quoted score
            if at in skipped:
                continue
            said, on = bench_after(clause, benches, m.end(1))
            if said and on is None:
                continue  # "67.5 on MMLU-Pro" where MMLU-Pro is read as no benchmark: never another's score
            bench = on.id if on else _nearest(benches, m.start())
            out.append((owner, bench, value, m.start()))
            taken.add(at)
        if out:
            out += beside(clause, models, benches, out)
        out = bracketed(clause, models, benches, pairs(clause, models, benches, out))
        first_cue = next(
            iter(self.cues(clause)), None
        )  # (where it ends: a model named after it is the one compared with)
        out = in_order(clause, models, set_against(clause, models, out, other, first_cue and first_cue[2]))
        # "87% and 83% respectively", or as many numbers as benchmarks named before them: pair in order,
        # owner by owner ("X scored 63% and 41%, while Y achieved 65% and 43% respectively")
        named = list(dict.fromkeys(b.id for b in benches))
        out = _theirs_listed(clause, models, out, named)
        out.sort(key=lambda t: t[3])
        if len(named) > 1:
            groups: dict = {}
            for row in out:
                groups.setdefault(row[0], []).append(row)
            if all(len(g) == len(named) for g in groups.values()):
                out = [(o, b, v, s) for g in groups.values() for (o, _, v, s), b in zip(g, named)]
        return out


def _owned(clause: str, near: list[Mention], at: int) -> bool:
    """Whether the number at `at` belongs to the last model before it ("GPT-4o's 74.6%", "o1 at 74.6%"); "with 95.6
    points" after the models a verb compares them with ("X surpassed Y and Z with 95.6 points") is the subject's."""
    m = _OWNED.match(clause[near[-1].end : at])
    if m is None or (m.group(3) and len({x.id for x in near}) < 2):
        return False  # (the clause's one model's verb: its numbers stay the clause's subject's, paired as before)
    if m.group(2) and (
        re.search(r"\brespectively\b", clause[at:], re.I)
        or (len(near) >= 2 and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", clause[near[-2].end : near[-1].start]))
    ):
        return False  # "below o1 and R1, which scored 83.3% and 79.8% respectively": the list's numbers in order
    return not (m.group(1) and _COMPARED.search(clause, near[0].end, near[-1].start + 1) and len(near) >= 2)


def _top_k(cue: str) -> int | None:
    """'the top 3', 'a top-five model': the k of a ranking among the first k."""
    m = re.search(r"\btop[- ](\d{1,2}|" + "|".join(_WORDS) + r")\b", cue, re.I)
    return number(m.group(1)) if m else None


def _place(cue: str) -> int | None:
    """'ranks 3rd', 'ranked #5', 'No. 7': a place written as a number (not a setting's: "the highest rm@8 score")."""
    m = re.search(r"(?:#|\bno\.\s?|\bnumber\s)(\d{1,2})\b|(?<![@.])\b(\d{1,2})(?:st|nd|rd|th)?\b", cue, re.I)
    return int(m.group(1) or m.group(2)) if m else None


def _after_name(m: re.Match, models: list[Mention]) -> bool:
    return any(0 <= m.start() - x.end <= 3 for x in models)


def _footnote(m: re.Match, models: list[Mention], paired: bool) -> bool:
    """A bare whole number in brackets (no unit, no decimals, no benchmark) is a footnote or reference marker: "on
    GPQA Diamond (3)", "84.0 (2)", "Diamond.(3)", "GPT-4o (1)", "Llama 3 (12)". Only after a name, and set against
    another such number after another name or in a clause on ratings written as whole numbers (`paired`: "Gemini 2.5
    Pro (84) trails GPT-5 (high) (86)", "an Elo of ... Gemini 2.5 Pro (1204)"), are numbers of two digits or more
    scores; no benchmark's score is written as a bare digit (MT-Bench's have decimals), notes are numbered from 1,
    and a wrong number is worse than none."""
    if m.group(2) or "." in m.group(1) or "," in m.group(1):
        return False  # "(84.0)", "(84%)": a score as written
    return int(m.group(1)) < 10 or not paired or not _after_name(m, models)


def _in_aside(clause: str, at: int) -> bool:
    """A number inside brackets that state another setting: '(and 93.8% with Deep Think)'."""
    open_at, close_at = clause.rfind("(", 0, at), clause.find(")", at)
    if open_at < 0 or close_at < 0 or clause.rfind(")", 0, at) > open_at:
        return False
    return bool(re.search(r"\b(with|using|without)\b", clause[open_at:close_at]))


def number(text: str) -> int:
    return int(text) if text.isdigit() else _WORDS[text.lower()]
