"""Clauses that make no claim of a result, set aside with why: a hedge, a plan or a denial ("It seems likely that X
beats Y"); users' opinion with no benchmark named ("writes better poems, say users"); cost, speed, size or popularity
with no result named ("Zorb-7 is cheaper than Quill-3"). A mixin of the extractor (`lexicon.Extractor`), whose nets
(`candidates`, `net`, `backstop`, `contrasts`) ask the same questions of a clause.
"""

from __future__ import annotations

import re

# a comparison given as users' view: "say users", "users say", "according to early testers"
_USERS_SAY = re.compile(
    r"\b(?:(?:say|says|said|according\s+to|reckon|feel|find)\s+(?:(?:many|most|some|early|beta|its|their)\s+)?"
    r"(?:users|people|fans|reviewers|testers|customers|redditors|commenters)"
    r"|(?:users|people|fans|reviewers|testers|customers|redditors|commenters)\s+"
    r"(?:say|said|feel|felt|find|found|think|thought|reckon|agree|report|reported|claim|claimed))\b",
    re.I,
)
# a source named after the claim: what follows describes the source, not the claim
_ATTRIBUTION = re.compile(r",\s+according\s+to\b", re.I)
# words that say a clause reports results, so that cost, speed or size words in it do not set it aside
_RESULT_WORDS = re.compile(
    r"\b(benchmarks?|leaderboards?|evaluations?|scores?|scored|accuracy|performance|elo|tests?|tasks?)\b", re.I
)
# a comparison whose measure is cost or speed, said right after its word ("perform better on cost", "wins on
# latency"): about that measure even where the clause names a benchmark ("In MMLU testing, X performs better on cost")
_ON_COST = re.compile(
    r"\b(?:better|worse|higher|lower|best|ahead|lead(?:s|ing)?|wins?|won|outperform\w*)\s+(?:on|in|for|at)\s+(?:the\s+)?"
    r"(?:cost|price|pricing|speed|latency|throughput|efficiency|memory)(?![\w-])",
    re.I,
)
# a concession beside a result ("X, despite having fewer active parameters, matches Y"; "beats Y at a fraction of the
# cost"): size or cost granted in passing, which does not make the clause one about size or cost
# a description set after a named model, to the clause's end: ", models with ten times more parameters", ", an open LLM
# that has a higher parameter count" (its size words are the rival's, not what the comparison is about)
_DESCRIPTION = re.compile(
    r",\s+(?:(?:an?|the|two|both)\s+)?(?:[\w-]+\s+){0,3}?(?:models?|llms?|systems?)\s+(?:with|that|which|of)\b[^;]*$",
    re.I,
)
_CONCESSION = re.compile(
    r"\b(?:despite|in spite of|(?:even )?though|although|at (?:a fraction|a tenth|a third|a quarter|half|one[- ]\w+) of"
    r"|with \d+(?:\.\d+)?\s*[x×] (?:fewer|less|smaller)|at \d+/\d+(?:th)? (?:of )?the"  # "with 9x fewer", "at 1/9 the"
    # rivals described by their size: "outperforming models with 5-10 times more parameters" (a win, over larger ones)
    r"|(?<=models )(?:with|that have|having) (?:\S+ ){0,3}?(?:more|larger|bigger|fewer|smaller)(?= ))"
    r"\b[^,;:]*",
    re.I,
)


# a ratio of cost or speed to performance ("the best cost-to-performance ratio", "price-performance", "performance per
# dollar"): cost, whose word "performance" names no result
_COST_RATIO = re.compile(
    r"\b(?:cost|price|speed)[\s\-‐‑–]+(?:to[\s\-‐‑–]+)?performance\b|\bperformance[\s\-‐‑–]+(?:per|to)[\s\-‐‑–]+"
    r"(?:dollar|watt|cost|price|token)s?\b",
    re.I,
)


# advice to the reader on which model to pick ("allowing you to choose the best model for your specific hardware and
# performance needs", Gemma 3's launch): a fit to the reader's needs, no model's result against another's
_ADVICE = re.compile(
    r"\b(?:choose|pick|select|find)\s+the\s+(?:best|right|ideal)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models?|sizes?|options?|variants?|versions?)\s+for\s+(?:your|you)\b",
    re.I,
)


class AsideReader:
    """Why a clause is no claim of a result (needs the extractor's `re`, `mentions`, `names` and `_why`)."""

    def _set_aside(self, clause: str) -> bool:
        """A hedge, a plan or a denial; or cost, speed, size or popularity with no result named: no claim to draft."""
        why = self._aside(clause)
        if why:
            self._why.append((why, []))
        return bool(why)

    def _aside(self, clause: str) -> str | None:
        """Why a clause is no claim of a result (a hedge, a plan, a denial; cost, speed or size), or None."""
        advice = _ADVICE.search(clause)
        if advice:
            return f"advice to the reader ('{advice.group(0)}'): not a claim of a result"
        return self._hedged(clause) or self._opinion(clause) or self._off_results(clause)

    def _opinion(self, clause: str) -> str | None:
        """A comparison said to be users' view ("X writes better poems than Y, say users") that names no benchmark: a
        preference of people, not a result the catalog can check (one that names a benchmark, the catalog's or one it
        lacks, is read as ever)."""
        said = _USERS_SAY.search(clause)
        if not said:
            return None
        known = self.mentions(clause)
        if not any(m.kind == "benchmark" for m in known) and not self.names.unknown_benchmarks(clause, known):
            return f"users' opinion ('{said.group(0)}') with no benchmark named: not a benchmark result"
        return None

    def _hedged(self, clause: str) -> str | None:
        # "..., according to Hugging Face, one of the leading platforms": a hedge in the attribution is the source's
        said = _ATTRIBUTION.search(clause)
        hedge = (
            self.re["hedged"].search(clause, 0, said.start() if said else len(clause)) if "hedged" in self.re else None
        )
        hedge = hedge or re.match(r"\s*(?:if|whether|can|could|will|would|should|does|do|is|are)\b(?=.*\?\s*$)|\s*if\b",
                                  clause, re.I | re.S)  # fmt: skip
        if hedge:
            return f"hedged, planned or denied ('{hedge.group(0)}'): not a claim of a result"
        return None

    def _off_results(self, clause: str) -> str | None:
        measure = _ON_COST.search(clause)
        if measure:
            return f"about cost, speed, size or popularity ('{measure.group(0)}'), not benchmark results"
        ratio = _COST_RATIO.search(clause)
        unratioed = _COST_RATIO.sub(lambda m: " " * len(m.group()), clause)
        plain = _CONCESSION.sub(lambda m: " " * len(m.group()), clause)
        described = _DESCRIPTION.search(plain)
        if described and any(
            m.kind == "model" and re.fullmatch(r"\s*(?:\([^)]*\))?", plain[m.end : described.start()])
            for m in self.mentions(plain) + self.names.uncatalogued_in(plain)
        ):
            plain = plain[: described.start()]  # "X beats Y, a model with 10x the parameters": Y's size, no aside
        other = ratio or self.re["not_results"].search(plain)
        known = self.mentions(clause)
        if (
            other
            and not _RESULT_WORDS.search(unratioed)
            and not any(m.kind == "benchmark" for m in known)
            and not self.names.unknown_benchmarks(clause, known)  # "outperforming X on miniF2F at 1/9 the size"
        ):
            return f"about cost, speed, size or popularity ('{other.group(0)}'), not benchmark results"
        return None
