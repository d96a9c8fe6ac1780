"""What a drafted claim covers: its benchmarks (named, or areas read as catalog tags), its quantifier, the
cohort of a ranking, and the model "its predecessor" means (the catalog's release order)."""

from __future__ import annotations

import re

from harness.claims.catalog import Catalog
from harness.extract.classes import OWN_CLASS
from harness.extract.cues import OUT_OF, number
from harness.extract.found import Found
from harness.extract.margins import read_gap
from harness.extract.names import Mention

# "across math, science, and coding tasks": areas of benchmarks, read as catalog tags
_AREAS = {
    "math": "math", "maths": "math", "mathematics": "math", "mathematical": "math",
    "code": "code", "coding": "code", "programming": "code", "software engineering": "code",
    "reasoning": "reasoning", "science": "science", "scientific": "science",
    "knowledge": "knowledge", "general knowledge": "knowledge", "agentic": "agentic", "agent": "agentic",
    "tool use": "agentic",
    "search": "search", "browsing": "search",
}  # fmt: skip
_AREA_WORD = r"(?:[A-Za-z][\w-]*(?: (?!and\b|or\b)[a-z][\w-]*)?)"  # "math and coding" is two areas, not one
_AREA_ITEMS = rf"({_AREA_WORD}(?:\s*,\s*(?:and\s+)?{_AREA_WORD})*(?:,?\s+and\s+{_AREA_WORD})?)"
_AREA_LIST = re.compile(
    # ("across a diverse range of coding tasks": the range is no area)
    rf"\b(?:in|on|across|at|for)\s+(?:the\s+)?(?:an?\s+(?:(?:diverse|wide|broad)\s+)?(?:range|variety|set)\s+of\s+)?"
    rf"{_AREA_ITEMS}"
    r"(?:\s+(?:tasks|benchmarks?|evaluations|domains|fields|capabilities|categories|problems|tests|workloads))",
    re.I,
)
# "in knowledge, commonsense, reasoning and efficiency", "including programming and mathematics": no noun after
# ("benchmarks related to math, coding and ...", "tasks spanning math and code": the areas a set of benchmarks covers)
# (read where each word starts, so that "in benchmarks related to math and coding" is not all one phrase from "in")
_AREA_BARE = re.compile(
    rf"(?=\b(?:in|across|including|such as|(?:related|relating)\s+to|covering|spanning)\s+(?:the\s+)?{_AREA_ITEMS})",
    re.I,
)
# "on most benchmarks (AIME 87.3% ...)": a general statement, the benchmarks in brackets examples of it
_EXAMPLES = re.compile(
    r"\b(?:most|many|all|several|various|multiple|numerous)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?benchmarks\s*\(", re.I
)
# "better at coding", "stronger in mathematics", "better at math than": one area, named beside the comparison
_AREA_ONE = re.compile(
    r"\b(?:at|in|on)\s+(coding|programming|math|maths|mathematics|reasoning|mathematical(?= reasoning\b))\b"
    r"(?:\s+reasoning\b)?(?!\s+(?!than\b)\w)",
    re.I,
)
# "its predecessor", "the previous version"
PREDECESSOR = re.compile(
    r"\b(?:its|their|the)\s+(?:own\s+)?(?:predecessors?|(?:previous|prior|last|earlier|older) (?:version|model|generation"
    r"|release)|older sibling)\b",
    re.I,
)
# "in various fields, including programming and mathematics": the areas are named, the claim covers each of them
# "several 7B-9B models", "multiple open-source models": a count of models (competitors), not of benchmarks
_OF_MODELS = re.compile(
    r"\b(?:multiple|several|a number of|a handful of)\s+(?:[\w.+-]+\s+){0,3}?(?:models|LLMs|baselines)\b", re.I
)
_NAMED_AFTER = re.compile(
    r"\b(?:many|various|several|multiple|numerous|a number of)\s+(?:[\w-]+\s+){0,3}?(?:fields|areas|domains|categories|disciplines|subjects"
    r"|tests|benchmarks|evaluations|tasks),?"
    r"\s+(?:including|such as|like|namely)\b",
    re.I,
)
# "on 18 different benchmarks": at least that many of them ("49 out of 658 problems" counts items, not benchmarks)
_N_BENCHES = re.compile(
    r"\b(?:on|in|across)\s+(?:(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|just|only)\s+)?"
    r"(\d+|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:(?:different|distinct|separate|public|major|key|standard)\s+)?(?:benchmarks?|evaluations?|datasets?)\b",
    re.I,
)
_ITEMS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:problems|questions|items|puzzles|exercises|samples|prompts)\b", re.I)
_CLASS = re.compile(
    r"\b(?:(\d+(?:\.\d+)?[BM])[- ](?:parameter )?models?|(?:under|below|sub-?)\s*(\d+(?:\.\d+)?[BM])\b"
    r"|(?:in|of|for) (?:its|their) (?:class|category|size)|" + OWN_CLASS + ")",  # "models of similar size", "its peers"
    re.I,
)
# a class of models the catalog cannot tell: where they come from ("the best model from China", "the top-ranked
# LLM out of Europe", "the strongest Chinese model"); the ranking is read among every model, and the note says so
_PLACE = re.compile(
    r"\b(?:models?|LLMs?|AI|systems?)\s+(?:from|out of|made in|built in)\s+(?:the\s+)?[A-Z][\w.&-]*"
    r"|\b(?:Chinese|American|European|French|German|British|Korean|Japanese|Indian|Arabic|Western|Asian)\s+"
    r"(?:(?:open[- ](?:source|weights?)|open|closed)\s+)?(?:models?|LLMs?|AI)\b"
)
# a class of models by kind, which the catalog does not record ("state-of-the-art results for dense models", "the
# best among reasoning models", "first of all MoE models"): noted like a place, never dropped as "no cohort named"
_KIND_CLASS = re.compile(
    r"\b(?:for|among|amongst|of)\s+(?:all\s+)?(?:the\s+)?"
    r"((?!(?:all|other|these|those|such|many|most|several|some|similar|comparable|existing|leading|frontier|competing"
    r"|rival|baseline|previous|prior|current|top|best|major|popular|AI|language)\b)[a-z][\w-]*"
    r"(?:\s+(?!models?\b|LLMs?\b)[a-z][\w-]*)?)\s+(?:models|LLMs)\b",
    re.I,
)


def _areas(text: str, tags: dict[str, str]) -> list[str]:
    """The catalog tags of the areas `text` lists; `tags` maps an area (a value of _AREAS) to the catalog's tag for it."""
    words = [w.strip().lower() for w in re.split(r",|\band\b", text) if w.strip()]
    # "coding tasks", "math competition problems": the area word last or first
    # ("knowledge-intensive tasks": the area before the dash)
    found = [_AREAS.get(w) or _AREAS.get(w.split()[-1]) or _AREAS.get(w.split()[0].split("-")[0]) for w in words]
    return [tags[t] for t in found if t in tags]


def area_tags(tags: set[str]) -> dict[str, str]:
    """Each area (a value of _AREAS) the catalog tags, with its tag: the area's own name ("code"), else the one tag the
    catalog spells it with among the area's words ("coding", "maths"): a catalog tagging HumanEval `coding` was told
    "areas the catalog has no tag for: coding", and the claim's coding benchmarks were left out."""
    out = {}
    for area in set(_AREAS.values()):
        spelled = sorted(t for t in tags if _AREAS.get(t.casefold()) == area)
        if area in tags:
            out[area] = area
        elif len(spelled) == 1:
            out[area] = spelled[0]
    return out


class Scope:
    """Benchmarks, quantifier and cohort of a claim, read from its clause with the catalog and the lexicon."""

    def __init__(self, catalog: Catalog, lexicon: dict[str, re.Pattern]):
        self.catalog = catalog
        self.re = lexicon
        self.tags = {t for b in catalog.all_benchmarks() for t in b.tags}
        self.area_tags = area_tags(self.tags)
        self._clause = ""
        self._seen: dict = {}

    def _once(self, clause: str, key: str, work):
        """What `work` reads from the clause alone, worked out once for each of its cues (a clause may have many)."""
        if clause is not self._clause and clause != self._clause:
            self._clause, self._seen = clause, {}
        if key not in self._seen:
            self._seen[key] = work()
        return self._seen[key]

    def _has(self, clause: str, cue: str) -> re.Match | None:
        return self._once(clause, cue, lambda: self.re[cue].search(clause))

    def benchmarks(self, clause: str, benches: list[Mention], f: Found) -> None:
        """The benchmarks a claim covers: those named, else areas as catalog tags, else every shared one."""
        ids = list(dict.fromkeys(m.id for m in benches))
        examples = self._once(clause, "examples", lambda: _EXAMPLES.search(clause)) if ids else None
        if ids and examples and f.kind != "score":
            inside = (examples.end() - 1, self._once(clause, "bracket", lambda: clause.find(")", examples.end())))
            if inside[1] > 0 and all(inside[0] < m.start < inside[1] for m in benches):
                # "higher on most benchmarks (AIME 87.3%, vs o1's 83.3%)": the named ones are examples
                f.benchmarks = "shared"
                f.review.append(
                    f"'{examples.group(0)[:-1].strip()}' with examples in brackets: every benchmark with evidence "
                    "for both sides, not only the examples"
                )
                return
        if ids:
            f.benchmarks = ids
            # (a name the catalog lacks, and a catalog name read from another spelling: "AIME24" for AIME 2024)
            f.review += [m.how for m in benches if m.how and m.how not in f.review]
            return
        benchmarks, notes = self._once(clause, "areas", lambda: self._areas(clause))
        f.benchmarks = benchmarks if isinstance(benchmarks, str) else {"tags": list(benchmarks["tags"])}
        f.review += notes

    def areas(self, clause: str) -> tuple[dict | str, list[str]]:
        """The areas a clause names as catalog tags ("on math and coding tasks"), else "shared"; with notes."""
        return self._once(clause, "areas", lambda: self._areas(clause))

    def _areas(self, clause: str) -> tuple[dict | str, list[str]]:
        """The benchmarks of a clause that names none: areas read as catalog tags, else every shared one; with
        the review notes that say so."""
        tags, review = self.area_tags, []
        words = [(w, tags[a]) for w, a in _AREAS.items() if a in tags]  # each area word, with the catalog's tag
        # "math and science benchmarks", "coding, math and science benchmarks": area words before "benchmarks"
        named = sorted(
            {
                tag
                for word, tag in [*((t, t) for t in self.tags), *words]
                if re.search(rf"\b{re.escape(word)}\b[\w\s,-]*\bbenchmarks?\b", clause, re.I)
            }
        )
        # "the leading open-source coding model", "the best math LLM": an area word right before "model" says what the
        # model is ranked or compared in ("a reasoning model" is a kind of model, not an area); so does one before
        # "performance" ("superior math performance compared to X")
        named = sorted(
            set(named)
            | {
                tag
                for word, tag in words
                if (
                    (_AREAS[word] != "reasoning" and re.search(rf"\b{word}\s+(?:models?|llms?)\b", clause, re.I))
                    or re.search(rf"\b{word}\s+performance\b", clause, re.I)
                )
            }
        )
        areas = _AREA_LIST.search(clause)
        if areas is not None and not _areas(areas.group(1), tags):
            areas = None  # "in various fields, including programming and mathematics": the areas come after
        if areas is None:
            bare = [m for m in _AREA_BARE.finditer(clause) if len(_areas(m.group(1), tags)) >= 2]
            areas = bare[0] if bare else None
        if areas is None:
            one = _AREA_ONE.search(clause)  # "stronger than o3-mini at coding"
            areas = one if one is not None and _areas(one.group(1), tags) else None
        if areas:
            words = [w.strip().lower() for w in re.split(r",|\band\b", areas.group(1)) if w.strip()]
            known = [t for t in (_areas(w, tags) for w in words) for t in t]
            if known:
                named = sorted(set(named) | set(known))
                others = [w for w in words if not _areas(w, tags)]
                if others:
                    review.append(f"areas the catalog has no tag for: {', '.join(others)} (left out)")
        if named:
            review.append(f"areas read as the catalog tags {sorted(named)}")
            return {"tags": sorted(named)}, review
        review.append("no benchmark named: every benchmark with evidence for both sides")
        return "shared", review

    def quantifier(self, clause: str, f: Found, n_benches: int) -> None:
        """How many of its benchmarks a claim needs: all, most, at least k; emphatic wording makes it strict; "on
        average" the mean over them, one number, so no quantifier."""
        read_gap(clause, f)
        if self._mean(clause, f, n_benches):
            return
        out_of = self._once(clause, "out_of", lambda: OUT_OF.search(clause))
        out_of = None if out_of and _ITEMS.match(clause, out_of.end()) else out_of
        many = self._once(clause, "n_benches", lambda: _N_BENCHES.search(clause))
        # (where the clause names fewer benchmarks than it counts, the count is read as before: none)
        # ("on one benchmark", "a single", "at least one": at least one, never all)
        out_of = out_of or (many if many and not isinstance(f.benchmarks, list) else None)
        if out_of:
            k = 1 if out_of.group(1).lower().startswith("a") else number(out_of.group(1))
            f.quantifier = {"at_least": k}
            if isinstance(f.benchmarks, list) and len(f.benchmarks) < k:
                f.benchmarks = "shared"
                f.review.append(f"'{out_of.group(0)}': at least {k} of the shared benchmarks (the text names fewer)")
            return
        if self._has(clause, "all"):
            f.quantifier = "all"
        elif self._has(clause, "most"):
            f.quantifier = "most"
        elif (
            self._has(clause, "at_least_2")
            and not (
                isinstance(f.benchmarks, (dict, list))
                and self._once(clause, "named_after", lambda: _NAMED_AFTER.search(clause))
            )
            and not self._once(clause, "of_models", lambda: self._of_models(clause))
        ):
            f.quantifier = {"at_least": 2}
        else:  # a ranking too: with no quantifier word, first on every benchmark (the labelled sets' convention)
            f.quantifier = "all"
            if n_benches != 1:
                f.review.append("no quantifier stated: read as all")
        if self._has(clause, "strict") and f.kind != "ranks":
            f.strict = True
            f.review.append("emphatic wording ('every', 'not approaches'): strict, any failed benchmark refutes")

    def _mean(self, clause: str, f: Found, n_benches: int) -> bool:
        """A comparison or ranking "on average" is of the means over the benchmarks: read benchmark by benchmark,
        "ranks 3rd on average across 12 benchmarks" asked for third place or better on each of the 12."""
        said = self._has(clause, "average") if "average" in self.re else None
        one = n_benches == 1 and isinstance(f.benchmarks, list)
        if not said or f.kind == "score" or one:
            return False
        f.aggregate, f.quantifier = "mean", "all"
        f.review.append(f"'{said.group(0)}': judged on the mean over the benchmarks (aggregate: mean)")
        return True

    def _of_models(self, clause: str) -> bool:
        """Every "several"/"multiple" of the clause counts models, not benchmarks ("outperforms GPT-3.5-Turbo and
        several 7B-9B models on MathBench"): read as benchmarks, one named benchmark could not hold "at least 2"
        and the draft was refused."""
        starts = {m.start() for m in _OF_MODELS.finditer(clause)}
        return bool(starts) and all(m.start() in starts for m in self.re["at_least_2"].finditer(clause))

    def cohort(self, clause: str, subject: str, f: Found) -> dict:
        """Among which models a ranking is: open or closed weights, else every model (a class is noted)."""
        if self._has(clause, "open_weights"):
            cohort: dict = {"open_weights": True}
        elif self._has(clause, "closed"):
            cohort = {"open_weights": False}
        else:
            cohort = {"all_models": True}
            size = self._once(clause, "class", lambda: _CLASS.search(clause))
            if size:
                self._size_class(size, subject, cohort, f)
            elif place := _PLACE.search(clause) or _KIND_CLASS.search(clause):
                f.review.append(f"'{place.group(0)}' names a class of models the catalog cannot tell: ranked among "
                                "every model in the catalog; narrow the cohort by hand")  # fmt: skip
            else:
                f.review.append("no cohort named: ranked among every model in the catalog")
        me = self.catalog.models.entries.get(subject)
        if me is None:
            return cohort  # a name the catalog lacks: no developer or release date to read
        siblings = [
            m.id
            for m in self.catalog.all_models()
            if m.id != subject and m.developer == me.developer and m.release_date and m.release_date == me.release_date
        ]
        if siblings:
            cohort["exclude"] = siblings
            names = ", ".join(self.catalog.model(s).name for s in siblings)
            f.review.append(f"the subject's same-day siblings from its developer left out of the cohort: {names}")
        return cohort

    def ranked_together(self, found: list[Found]) -> None:
        """Siblings one sentence ranks on the same benchmarks are in one ranking ("GLM-4.5 is ranked in the 3rd place
        and GLM-4.5-Air is ranked in the 6th"): each stays in the other's cohort, where leaving it out as a same-day
        sibling lifted the lower one's place (GLM-4.5-Air ranked without GLM-4.5, which the sentence puts above it)."""
        ranks = [f for f in found if f.kind == "ranks"]
        for f in ranks:
            gone = f.cohort.get("exclude", [])
            together = [g.subject for g in ranks if g is not f and g.subject in gone and g.benchmarks == f.benchmarks]
            if not together:
                continue
            kept_out = [m for m in gone if m not in together]
            if kept_out:
                f.cohort["exclude"] = kept_out
            else:
                del f.cohort["exclude"]
            note = "the subject's same-day siblings from its developer left out of the cohort: "
            f.review = [r for r in f.review if not r.startswith(note)]
            if kept_out:
                f.review.append(note + ", ".join(self.catalog.model(m).name for m in kept_out))
            names = ", ".join(self.catalog.model(m).name for m in together)
            f.review.append(f"kept in the cohort, as the sentence ranks it in the same ranking: {names}")

    def _size_class(self, size: re.Match, subject: str, cohort: dict, f: Found) -> None:
        """'under 13B', 'the best 14B model', 'in its class': the models of at most that size, where the catalog
        records sizes (`parameters_b`, from model cards); else every model, with a note."""
        sized = [m for m in self.catalog.all_models() if m.parameters_b is not None]
        me = self.catalog.models.entries.get(subject)
        written = size.group(1) or size.group(2)
        limit = None
        if written:
            limit = float(written[:-1]) / (1000 if written[-1] in "mM" else 1)
        elif me is not None and me.parameters_b is not None:
            limit = me.parameters_b  # "in its class": at most the subject's own size
        if limit is None or not sized or me is None or me.parameters_b is None:
            whose = me.name if me is not None else subject
            f.review.append(
                f"a class ('{size.group(0)}'): the catalog records no size for {whose}, so ranked among every "
                "model; narrow the cohort by hand"
            )
            return
        cohort["max_parameters_b"] = limit
        f.review.append(
            f"a class ('{size.group(0)}') read as the catalog's models of at most {limit:g}B parameters (model-card "
            f"sizes; {len(sized)} catalog {'models have' if len(sized) != 1 else 'model has'} one, the others are left out "
            "of the cohort)"
        )

    def predecessor(self, model_id: str) -> str | None:
        """The latest dated model released before this one by its developer, in the same family (first name part)."""
        me = self.catalog.models.entries.get(model_id)
        if me is None or me.release_date is None:
            return None
        family = re.split(r"[\s\-‐‑–_]+", me.name)[0].casefold()
        earlier = [
            m
            for m in self.catalog.all_models()
            if m.developer == me.developer
            and m.release_date is not None
            and m.release_date < me.release_date
            and re.split(r"[\s\-‐‑–_]+", m.name)[0].casefold() == family
            and "distill" not in m.name.casefold()
        ]
        return max(earlier, key=lambda m: m.release_date).id if earlier else None
