"""Who a cue's claim is about and whom it is against, where the clause does not say it in so many words.

A cue's subject is the model named before it; where none is, it is read from the clause's shape ("this places X
ahead of Y", "the top performer, X"), from the sentence's earlier clause, from a pronoun ("it", "the model": the
paragraph's last claim, else the model the text is about) or from the model the sentence before names. Its
competitors, where none is named after the cue, are read from "anything released" (a ranking), "its rivals" (the
models named before the subject), "similar performance" (the sentence's other models), the claim before's
competitor, or "its predecessor" (the catalog's release order). Every such reading is a review note.
"""

from __future__ import annotations

import re

from harness.extract.antecedents import goes_on, objects_before
from harness.extract.classes import A_CLASS, EVERYONE, SIZE_PEERS, THEIR_RIVALS, VERB_FIRST
from harness.extract.found import Found
from harness.extract.mentions import JOINED, MAKERS, SIZE, name_parts
from harness.extract.names import Mention
from harness.extract.scope import PREDECESSOR

# "raters preferred X('s answers) over Y": people who judge, the verb, the preferred model; the cue is "over"/"to"
_PREFERRED = re.compile(
    r"\b(?:raters|annotators|evaluators|judges|users|humans|people|testers|participants|voters|experts|reviewers)"
    r"(?:\s+\w+){0,2}?\s+prefer(?:s|red)?\s+(?P<who>[^,;]{1,80}?)\s+(?P<cue>over|to)\s",
    re.I,
)
# "X was preferred over Y": the passive, read by the lexicon; both are about human preference
PREFERENCE = re.compile(r"\bprefer(?:s|red)?\b", re.I)


def preferred_cue(clause: str, cues: list[tuple], models: list[Mention]) -> tuple[list[tuple], re.Match | None]:
    """'Raters preferred X over Y': a win whose subject comes after the verb, its cue at 'over'/'to' (the lexicon's
    cues follow their subject); the clause's cues with it, and the match (None where there is none)."""
    preferred = _PREFERRED.search(clause)
    if not preferred or not any(m.start >= preferred.start("who") and m.end <= preferred.end("who") for m in models):
        return cues, None
    at = (preferred.start("cue"), preferred.end("cue"))
    kept = [c for c in cues if c[2] <= at[0] or c[1] >= at[1]]
    return sorted(kept + [("outperforms", *at, None)], key=lambda c: c[1]), preferred


# "Compared to ...", "In comparison with ...": a fronted phrase whose models are the rivals
_COMPARED_TO = re.compile(r"\s*(?:compared|relative|in comparison)\s+(?:to|with)(?=\s)", re.I)

# "Unlike o1", "at a fraction of the cost of GPT-4o", "like its sibling GPT-4o": words that end with one that makes
# the name after them the object of a phrase, never a subject
OBJECT_OF = re.compile(
    r"\b(?:of|to|with|than|unlike|like|from|on|versus|vs\.?|against|behind|over|beside|besides|as|by|for|after"
    r"|following|alongside)(?:\s+(?:its|the|their|our|his|her)(?:\s+[\w-]+){0,2})?\s*$",
    re.I,
)

# "Its reasoning ... are state-of-the-art", "Its overall capability is lower than X's": the clause is about "it"
_ITS = re.compile(r"\s*its\s", re.I)

# "the 27B model", "The 9B variant", "this 70B model": a model named by its size alone
_SIZED_ROLE = re.compile(
    r"\b(?:the|this|that|our|its)\s+(?:(?:new|largest|smallest|larger|smaller|flagship|dense)\s+)?"
    r"(\d+(?:\.\d+)?[BM])\s+(?:model|variant|version|checkpoint)\b"
    # "the 7B and 3B versions": models named by their sizes, each that size of the text's model
    r"|\b(?:the|these|our|its|their)\s+(\d+(?:\.\d+)?[BM](?:\s*(?:,\s*and|,|and|&)\s*\d+(?:\.\d+)?[BM])+)\s+"
    r"(?:models|variants|versions|checkpoints)\b",
    re.I,
)

# a comparison with no object of its own: "underperforms in HumanEval", "trails slightly", "scores higher on GPQA"
# (not "beats expectations")
_NO_OBJECT = re.compile(
    r"(?:\s+(?:\w+ly|also|too|again)\b)*\s*(?:$|[,.;:!)—–-]|(?:in|on|at|across|for|when|with|by|there|here|overall)\b)",
    re.I,
)


# the size that ends a name ("Zephyr 13B"): what is left is its stem
_SIZED_NAME = re.compile(r"[\s\-‐‑–]+\d+(?:\.\d+)?[BM]$", re.I)


def _aside(clause: str, before: list[Mention], cue_start: int) -> bool:
    """Whether the last name before the cue is a phrase's object in an aside after the subject ("Phi-4, trained on
    GPT-4o outputs, beats o1", "Phi-4, like GPT-4o, beats o1"), not the subject."""
    if len(before) < 2 or not re.fullmatch(r"[^,;]*,\s*", clause[before[-1].end : cue_start]):
        return False
    opening = clause.rfind(",", before[-2].end, before[-1].start)
    return (
        opening >= 0
        and not clause[before[-2].end : opening].strip()
        and bool(OBJECT_OF.search(clause, opening + 1, before[-1].start))
    )


# "X, based on Llama 3, is the most capable ...", "our model X from Qwen2.5-32B-Instruct, resulting in ...": the name
# after it is the model another was built from, never the subject of the claim after it
_BASE = re.compile(
    r",?\s*(?:[\w-]+\s+){0,2}?(?:from|(?:based|built|trained|fine-?tuned|distilled|derived)\s+(?:up)?on)\s+(?:the\s+)?",
    re.I,
)


# "Based on X, our model beats Y", "Our 8B student distilled from X beats Y": the one name before the cue is the model
# an unnamed subject was built from
_BASE_BEFORE = re.compile(
    r"\b(?:based|built|trained|fine-?tuned|distilled|derived)\s+(?:up)?(?:on|from)\s+(?:the\s+)?$", re.I
)


def _base(clause: str, before: list[Mention]) -> bool:
    """Whether the last name before the cue is the model the name before it (or an unnamed subject) was built from."""
    if len(before) == 1:
        return _BASE_BEFORE.search(clause, 0, before[0].start) is not None
    return len(before) >= 2 and _BASE.fullmatch(clause, before[-2].end, before[-1].start) is not None


class SubjectReader:
    """The subject and the competitors of each cue's claim (a part of the lexicon extractor)."""

    def _subjects(
        self,
        clause: str,
        cue_start: int,
        cue_end: int,
        kind: str,
        subject: str | None,
        before: list[Mention],
        after: list[Mention],
        inherited: str | None,
        main: str | None,
        mentions: list[Mention],
        review: list[str],
    ) -> tuple[list[str], list[Mention]]:
        """The cue's subjects (and the models after the cue, less one read as the subject); notes go to `review`."""
        subjects = [subject] if subject else []
        if not subjects and before and (_aside(clause, before, cue_start) or _base(clause, before)):
            before = before[:-1]  # "Phi-4, trained on GPT-4o outputs, beats o1": Phi-4 beats o1, not GPT-4o
        if not subjects and before:
            subjects = [before[-1].id]
            # "Ministral 3B and Ministral 8B set a new frontier", "A, B and C outperform": one claim for each
            if len(before) >= 2 and JOINED.fullmatch(clause[before[-2].end : before[-1].start]):
                n = len(before) - 2
                while (
                    n
                    and re.fullmatch(r"\s*,\s*" + MAKERS, clause[before[n - 1].end : before[n].start])
                    and not OBJECT_OF.search(clause, before[n - 2].end if n >= 2 else 0, before[n - 1].start)
                ):
                    n -= 1  # the list's earlier names, set apart by commas only ("Unlike o1, A and B beat": not o1)
                if n < len(before) - 2 or "," not in clause[before[-2].end : before[-1].start]:
                    # ", and" ends a list of three or more: "Scout, and Maverick, a model that can beat" is Maverick's
                    subjects = list(dict.fromkeys(m.id for m in before[n:]))
        if not subjects:
            lead = clause[:cue_start]
            held = objects_before(self, clause, mentions, cue_start)  # never what "it" means
            pronoun = self._pronoun(lead, {m.id for m in after} | held)
            role = _SIZED_ROLE.search(lead)
            sizes = re.findall(r"\d+(?:\.\d+)?[BM]", role.group(1) or role.group(2)) if role else []
            beside = (
                {m.id for m in mentions + self.names.uncatalogued_in(clause) if m.kind == "model"} if role else set()
            )
            sized = [self._sized(size, {m.id for m in after}, beside) for size in sizes]
            if sized and all(sized):
                # "The 9B model also leads its category", "the 27B variant achieves ...": the text's model of that size
                subjects = list(dict.fromkeys(x[0] for x in sized if x))
                review += [f"'{role.group(0)}' read as {self._name(x[0])}, {x[1]}" for x in sized if x]
            elif role:
                pass  # a size no one model of the text has: no other model stands in for it (a candidate says so)
            elif re.search(r"\bplaces?\s*$", lead) and after:
                subjects, after = [after[0].id], after[1:]  # "this places X ahead of Y"
            elif (
                kind == "ranks"
                and after
                and len(lead.split()) <= 3
                and (lead.strip() or not inherited)  # "X scored 61 and ranked first, ahead of Y": X's, not Y's
                and not re.search(r"\b(?:than|over|against)\b", clause[cue_end : after[0].start])
                # "It also tops GPT-4o on GPQA": "it" is the subject, the name after is beaten (read or not)
                and not (pronoun or self.re["pronouns"].search(lead))
            ):
                subjects, after = [after[0].id], after[1:]  # "the top overall performer, X, ..."
            elif inherited and not self.names.unknown(lead, mentions) and not self._named_before(clause, cue_start):
                # (a name the catalog lacks right before the cue is this clause's own subject: "X trails Y, and Zorbo
                # Max ranks first" is no claim that X ranks first)
                subjects = [inherited]
                review.append(f"subject carried over from the sentence's earlier clause: {self._name(inherited)}")
            elif pronoun:
                # ("It beats GPT-4o": never GPT-4o itself, the model the text is about or not)
                subjects = [pronoun]
                review.append(f"'{lead.strip()}' read as {self._name(pronoun)}, {self._about(pronoun)}")
            elif (
                (own := self._titled or main)
                and after
                and own not in {m.id for m in mentions + self.names.uncatalogued_in(clause)}
                and not self.names.unknown(lead, mentions)
            ):
                # (a name the catalog does not know before the cue is the subject, not the main model; a model the
                # clause names is never its unnamed subject: "edging past X and outscoring Y" is not X beating Y)
                subjects = [own]
                about = "the document's title names" if own == self._titled else "the document is about"
                review.append(f"no subject named: read as {self._name(own)}, the model {about}")
            elif (
                self._before
                and after
                and self._before not in {m.id for m in after} | held  # (nor beaten earlier in the clause)
                and not self.names.unknown(lead, mentions)
            ):
                # "X has 22B active parameters. This design ... surpasses R1 and o1", where the model the text
                # mentions most is a competitor: the model the sentence before is about
                subjects = [self._before]
                review.append(f"no subject named: read as {self._name(self._before)}, "
                              "the model the sentence before names first")  # fmt: skip
            elif not lead.strip() and VERB_FIRST.match(clause, cue_start) and (self._before or self._titled):
                subjects = [self._before or self._titled]  # "Outperforms all Arabic LLMs ...", a release note's bullet
                review.append(f"no subject named, the line starts with its verb: read as {self._name(subjects[0])}, "
                              f"the model {'the sentence before names first' if self._before else 'the title names'}")  # fmt: skip
        return subjects, after

    def _unnamed_competitors(
        self,
        clause: str,
        sentence: str,
        clause_start: int,
        cue_start: int,
        cue_end: int,
        stop: int,
        kind: str,
        extra,
        subjects: list[str],
        competitors: list[str],
        before: list[Mention],
        after: list[Mention],
        models: list[Mention],
        results: list[Found],
        inherited: str | None,
        fronted: str,
        review: list[str],
    ) -> tuple[str, object, list[str]]:
        """The cue's kind, its extra (a rank) and competitors, with those the clause names only by role or not at
        all; notes go to `review`."""
        everyone = EVERYONE.match(clause[cue_end:stop])
        if everyone and re.search(r"\b[A-Z][\w.-]*\b(?!['’]s)", everyone.group(0).rsplit(maxsplit=1)[0]):
            everyone = None  # "all the Llama models": a family's, not every model ("all of OpenAI's models" still is)
        everyone = everyone or (A_CLASS.match(clause, cue_end, stop) if kind == "outperforms" else None)
        if (
            kind == "outperforms"
            and not everyone
            and not (
                len(before) >= 2 and subjects and before[-1].id == subjects[0] and THEIR_RIVALS.match(clause, cue_end)
            )
        ):  # (the models named before the subject are its peers where the clause names some: they are its rivals)
            everyone = SIZE_PEERS.match(clause, cue_end, stop)
        # (not where models are named before the subject: "Compared to models of its size, like A and B, X beats its
        # rivals" beats A and B)
        named_before = [m for m in before if m.id not in subjects]
        compared = _COMPARED_TO.match(fronted) if fronted and not everyone and not named_before else None
        if compared:  # "Compared to similarly sized models, X shows better performance": the class fronted
            everyone = SIZE_PEERS.match(fronted, compared.end()) or A_CLASS.match(fronted, compared.end())
        if kind == "outperforms" and not competitors and everyone:
            kind, extra = "ranks", 1  # "outperforming anything that's been released"
            if compared:
                review.append(f"'{fronted.strip().rstrip(',')}' with '{clause[cue_start:cue_end]}' read as first place")
            else:
                review.append(f"'{clause[cue_start:cue_end]}{everyone.group(0)}' read as first place")
        elif (
            kind != "ranks"
            and not competitors
            and subjects
            and len(before) >= 2
            and before[-1].id == subjects[0]
            and THEIR_RIVALS.match(clause, cue_end)
        ):
            # "Compared to models of its size, like A, B and C, X beats its rivals": the models named before X
            competitors = list(dict.fromkeys(m.id for m in before[:-1] if m.id not in subjects))
            review.append(f"'{THEIR_RIVALS.match(clause, cue_end).group(0).strip()}' read as the models named "
                          f"before {self._name(subjects[0])}: {', '.join(self._name(c) for c in competitors)}")  # fmt: skip
        elif (
            kind in ("matches", "matches_at_least")
            and not competitors
            and subjects
            and not models
            and clause_start
            and re.search(r"similar|comparable|equivalent|same", clause[cue_start:cue_end], re.I)
        ):
            # "X costs a third of Y to train while reaching similar performance": the sentence's other models
            earlier = [m for m in self.mentions(sentence[:clause_start]) if m.kind == "model"]
            earlier += self.names.uncatalogued_in(sentence[:clause_start])
            competitors = list(dict.fromkeys(m.id for m in sorted(earlier, key=lambda m: m.start)
                                             if m.id not in subjects))  # fmt: skip
            if competitors:
                review.append(f"no competitor named beside the match: read as "
                              f"{', '.join(self._name(c) for c in competitors)}, named earlier in the sentence")  # fmt: skip
        elif (
            kind != "ranks"
            and not competitors
            and subjects
            and not after
            and not PREDECESSOR.search(clause[cue_end:stop])
            and (
                re.search(r"\b(?:on|in|at|across)$", clause[cue_start:cue_end], re.I)
                or _NO_OBJECT.match(clause, cue_end, stop)
            )
            and not goes_on(clause, cue_end, stop)
            and self._claim_before(results, inherited, subjects[0])
        ):
            # "X beats GPT-4o on MATH. However, it underperforms in HumanEval": the claim before's competitor
            competitors = [r for r in self._claim_before(results, inherited, subjects[0]) if r not in subjects]
            review.append(f"no competitor named: read as {', '.join(self._name(r) for r in competitors)}, "
                          "the competitor of the claim before")  # fmt: skip
        role = PREDECESSOR.search(clause[cue_end:stop]) or PREDECESSOR.search(fronted)
        if subjects and role:
            earlier = self.scope.predecessor(subjects[0])
            if earlier:
                competitors.append(earlier)
                review.append(
                    f"'{role.group(0)}' read as {self._name(earlier)}, "
                    f"the latest earlier release of {self._name(subjects[0])}'s family in the catalog"
                )
            else:
                self._why.append((f"'its predecessor': the catalog has no dated earlier release of "
                                  f"{self._name(subjects[0])}'s family", []))  # fmt: skip
        return kind, extra, competitors

    def _claim_before(self, results: list[Found], inherited: str | None, subject: str) -> list[str]:
        """The competitors of the last comparison by `subject` in the sentence before this clause, else in the
        paragraph; none where the subject changed in between, or where this clause compared already."""
        if any(f.kind != "score" for f in results):
            return []
        if inherited is not None:
            return list(self._rivals) if inherited == subject else []
        return list(self._last_rivals) if self._last == subject else []

    def _sized(self, size: str, named: set[str], beside: set[str] = frozenset()) -> tuple[str, str] | None:
        """The model a size stands for ("the 27B model"): the one model of that size the text names, else that size
        of the one family the text names with its version and no size ("Gemma 2": Gemma 2 9B, as the catalog has it
        or as written); never a model named beside the phrase, never a name the text gives no part of."""
        having = {i for i in self._named if size.casefold() in {p.casefold() for p in name_parts(self._name(i))}}
        if having:
            one = len(having) == 1 and not having & named
            return (having.pop(), "the one model of that size the text names") if one else None
        families = {  # names the catalog lacks, with a version and no size: "Falcon 3", not GPT-4o (a model)
            i for i in self._named
            if i not in self.catalog.models.entries
            and not any(SIZE.match(p) for p in name_parts(i))
            and re.search(r"\d", i)
        }  # fmt: skip
        families -= named | beside
        if len(families) > 1:
            # "Gemma 2 competes with Llama 3. ... the 27B model": the family named where a subject stands
            families &= self._in_front()
        if not families:
            # "Zephyr 13B ... the 7B version": that size of the one name with another size the text gives (not one
            # the clause names: "the 9B model beats Llama 3 8B" is no Llama 3 9B)
            sized = {i: _SIZED_NAME.sub("", self._name(i)) for i in self._named if i not in named | beside}
            sized = {i: f for i, f in sized.items() if f not in {self._name(i) for i in self._named}}
            # ... in a subject's place: "Nova beats Llama 3.3 70B. The 7B model ..." is no Llama 3.3 7B
            families = set(sized.values()) if set(sized) <= self._in_front() else set()
        if len(families) != 1:
            return None
        family = self._name(families.pop())
        name = f"{family} {size}"
        whole = [m for m in self.mentions(name) + self.names.uncatalogued_in(name)
                 if m.kind == "model" and (m.start, m.end) == (0, len(name))]  # fmt: skip
        if not whole or whole[0].id in named:
            return None
        return whole[0].id, f"that size of {family}, the family the text names"

    def _in_front(self) -> set[str]:
        """The models the text names before the first cue or comparison word of a sentence, where a subject stands: a
        name only ever after one is a competitor ("Nova beats Llama 3.3 70B"), never what "the 7B model" is a size of."""
        if self._leading is None:
            self._leading = set()
            words = self.re.get("comparison_words")
            for text in self._texts:
                cut = min([c[1] for c in self.cues.cues(text)] + [m.start() for m in [words and words.search(text)] if m],
                          default=len(text))  # fmt: skip
                named = self.mentions(text) + self.names.uncatalogued_in(text)
                self._leading |= {m.id for m in named if m.kind == "model" and m.start < cut}
        return self._leading

    def _pronoun(self, lead: str, named: set[str] = frozenset()) -> str | None:
        """'It', 'the model': the subject of the last claim in the paragraph, else the model the sentence before names
        first, else the model the document's title names, else the model the document is about, else the one model the
        document's name names, else the first model the text names, else the name the document's address is shaped as
        (`address_names`); never a model `named` beside the pronoun."""
        if not (self.re["pronouns"].search(lead) or _ITS.match(lead)):
            return None
        order = (self._last, self._before, self._titled, self._main, self._slug, self._first, self._addressed)
        return next((m for m in order if m and m not in named), None)

    def _about(self, model_id: str) -> str:
        if model_id == self._titled and model_id not in (self._last, self._before):
            return "the model the document's title names"
        if model_id in (self._last, self._main):
            return "the model the text is about"
        if model_id == self._slug:
            return "the model the document's name (its address or file name) names"
        if model_id == self._first:
            return "the first model the text names"
        if model_id == self._addressed:
            return "as the document's address writes it (the text names no model)"
        return "the model the sentence before names first"

    def _name(self, model_id: str) -> str:
        return self.names.name(model_id)
