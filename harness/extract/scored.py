"""Score claims of a clause: each number it quotes given to the model it belongs to, and two quoted scores set against
each other read as a comparison. A part of `clause.ClauseReader`.

On a measure where a lower number is the better result (a word error rate, a hallucination rate, latency), a comparison
read from the numbers or from "higher" and "lower" goes the other way. The measure's name is read from the clause's
words, as the catalog's benchmarks carry no direction (`harness/data/metrics.yaml` marks the same metrics for imports).
"""

from __future__ import annotations

import re

from harness.extract.antecedents import PITTED
from harness.extract.found import Found
from harness.extract.layouts import approx
from harness.extract.names import Mention
from harness.extract.subjects import OBJECT_OF

# an item of a list under a line that ends with a colon: "GSM8K: 91.2%", "- MMLU-Pro: 76.4%"
ITEM = re.compile(r"\s*(?:[-•*·]\s*)?[^\s:][^:]{0,60}:\s*[~≈]?\d")

# the names of measures where lower is better, as people write them
LOWER_BETTER = re.compile(
    r"(?<![\w-])(?:WER|CER|TER|FID|TTFT|MAE|RMSE|MetricX(?:-\d+)?|perplexity|latency|time[\s-]to[\s-]first[\s-]token"
    r"|(?:word|character|token)?[\s-]?error[\s-]rates?|hallucinat\w*|refusal[\s-]rates?|mean[\s-]absolute[\s-]error"
    r"|lower\s+is\s+better)(?![\w-])",
    re.I,
)
# the comparatives whose direction is the number's ("higher than", "lower WER than"), not the result's ("better than")
_BY_NUMBER = re.compile(r"\b(?:higher|greater|lower|fewer|less)\b", re.I)


def lower_better(text: str) -> str | None:
    """The name of a lower-is-better measure the text gives ("WER", "hallucination rate"), or None."""
    m = LOWER_BETTER.search(text)
    return m.group(0).strip() if m else None


def lower_wins(cue: str, clause: str) -> str | None:
    """Whether a comparison's cue says a number is higher or lower ("higher than", "lower ... than") in a clause about a
    lower-is-better measure: then the lower number wins, and the cue's direction is turned. The measure's name, or
    None."""
    return lower_better(clause) if _BY_NUMBER.search(cue) else None


# "GPT-4o, a closed model, reaches": a description of the name before it, set between commas
_APPOSITION = re.compile(r"\s*(?:a|an)\s[^,]*,")

# "Where GPT-4o stalls, X reaches 80%": a clause of its own set before the subject, its model the subject of its own verb
_SUBORDINATE = re.compile(
    r"\s*(?:where|when|whenever|as|since|because|once|after|before|until|unless|whereas|(?:even\s+)?though|although)"
    r"\s+(?:the\s+)?",
    re.I,
)


def fronted(clause: str, models: list[Mention], at: int) -> tuple[int, list[Mention]] | None:
    """A phrase before the subject that names models ("At a fraction of the cost of GPT-4o, X reaches 80%", "Unlike
    GPT-4o, it scores 71.2"): where it ends, and the models named between it and the number at `at`; None where the
    clause starts with a name, or names no model before its first comma after a name."""
    lead = clause[: models[0].start] if models else ","
    if "," in lead or not (OBJECT_OF.search(lead) or _SUBORDINATE.fullmatch(lead)):
        # "GPT-4o, a closed model, reaches 80%", "OpenAI's o3-mini, despite ...", "Additionally, X scores ...": the
        # subject comes first
        return None
    comma = clause.find(",", models[0].end, at)
    if comma < 0:
        return None
    named = [m for m in models if comma < m.start and m.end <= at]
    if not named and _APPOSITION.match(clause, comma + 1, at):
        return None  # "On the whole GPT-4o, a closed model, reaches 80%": the name before the comma is the subject
    if not named and _SUBORDINATE.fullmatch(lead):
        return None  # "When GPT-4o launched, it scored 80%": "it" is the model of the clause before, as ever
    return comma + 1, named


# "X lags behind Y, achieving a score of 51.2": a participle after the object of a comparison, whose number is the
# clause's own subject's ("ranks below R1, which scored 1,363" is R1's)
_PARTICIPLE = r"(?:achieving|scoring|reaching|posting|recording)\b"


def _its_own(clause: str, at: int) -> bool:
    """Whether the number at `at` (or the phrase that quotes it) comes after a comma and a participle."""
    head = re.search(rf",\s*({_PARTICIPLE}[^,;]*)?$", clause[:at], re.I)
    return bool(head and (head.group(1) or re.match(_PARTICIPLE, clause[at:], re.I)))


# a score said with the win it comes with, right after its object: "... and Pika with a score of 86.22%", "with an
# overall accuracy of 91%"
_WITH_SCORE = re.compile(r"\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:scores?|accuracy|rating|results?)\b", re.I)


def _object(model_id: str, models: list[Mention], cues, clause: str) -> bool:
    """Whether the model is a comparison's object (named only after its cue) with "with a score of" right after it."""
    named = [m for m in models if m.id == model_id]
    return (
        bool(named)
        and any(k != "ranks" and start < named[0].start for k, start, _, _ in cues)
        and any(_WITH_SCORE.match(clause, m.end) for m in named)
    )


class ScoreReader:
    """The score claims of one clause (a part of the lexicon extractor)."""

    def _scores(
        self,
        clause: str,
        sentence: str,
        location: str,
        models: list[Mention],
        scores: list,
        results: list[Found],
        inherited: str | None,
        carried: str,
        cues: list[tuple] = (),
    ) -> list[Found]:
        """The score claims of the numbers a clause quotes, each given to the model it belongs to."""
        quote, said, out = sentence.strip(), clause.strip(), []
        first_model = models[0].id if models else None
        claim_subject = next((f.subject for f in results if f.kind != "score"), None)
        # "GPT-4o scores 74.6% on MATH, behind o1": a number before the cue is GPT-4o's, whom "behind" turned around
        # (after it, "ranks below R1, which scored 1,363", the model ahead's)
        turned = self._said not in (None, claim_subject) and any(self._said in f.competitors for f in results)
        first_cue = min((start for _, start, _, _ in cues), default=len(clause))
        for model_id, bench_id, value, at in scores:
            notes: list[str] = []
            rival = model_id if model_id is not None and _object(model_id, models, cues, clause) else None
            if rival is not None:
                # "X outperforms models like A, B and C with a score of 86.2%": the winner's score, never the last rival's
                model_id = None
            elsewhere = model_id is not None and model_id not in {m.id for m in models}  # the text's other model
            if model_id is None:
                if not claim_subject and models and models[0].start > at and self.re["pronouns"].search(clause[:at]):
                    # "The model achieved 80.4%, surpassing GPT-4o": the pronoun's model, never one named after it
                    model_id = self._pronoun(clause[:at], {m.id for m in models})
                    if model_id is None:
                        continue
                if (
                    model_id is None
                    and models
                    and models[0].start > at
                    and any(at < start < models[0].start for _, start, _, _ in cues)
                ):
                    # "The 32B model reported 92.7%, edging past Claude 3.5 Sonnet": the number is on the subject's
                    # side of the cue, never the competitor's named after it
                    model_id = claim_subject or inherited
                    if model_id is None:
                        continue
                front = None if model_id or claim_subject else fronted(clause, models, at)
                if front is not None:
                    # the number is the subject's, named after the phrase; "it" there is never a model the phrase names
                    end, named = front
                    model_id = named[0].id if named else self._pronoun(clause[end:at], {m.id for m in models})
                    if model_id is None:
                        names = ", ".join(self._name(m.id) for m in models if m.end <= end)
                        self._why.append((f"whose score {value:g} is could not be read: the phrase before the "
                                          f"subject names {names}, the subject no model", []))  # fmt: skip
                        continue
                # "It surpasses X on MATH, achieving 55.9%": a model named only after a cue is its object, whose score
                # the number is not
                object_only = bool(models) and any(k != "ranks" and start < models[0].start for k, start, _, _ in cues)
                # ... or only after a phrase's word, the number after a participle ("X running against A or B,
                # achieving 81.8%"): X's, never A's
                object_only = object_only or bool(
                    models and _its_own(clause, at) and PITTED.search(clause, 0, models[0].start)
                )
                # (or after a participle the turned object is no subject of: "lags behind Y, achieving 51.2")
                own = self._said if turned and (at < first_cue or _its_own(clause, at)) else claim_subject
                model_id = model_id or own or (None if object_only else first_model) or inherited
                if model_id is None:
                    model_id = self._pronoun(clause[:at], {m.id for m in models} if object_only else set())
                if model_id is None and self._lead_in and ITEM.match(clause):
                    # "Phi-4 shows strong results:" then "GSM8K: 91.2%": an item of the list the line names the model of
                    model_id = self._lead_in
                    notes.append(f"read as {self._name(model_id)}'s, the model the line before the list names")
            if rival is not None and model_id in {m.id for m in models if m.start > first_cue}:
                continue  # (no winner read: the score is no rival's either)
            if model_id is None or bench_id is None:
                continue
            subject = claim_subject or inherited or model_id
            about = approx(clause, at)
            f = Found(
                quote=quote,
                location=location,
                statement=said,
                subject=subject,
                kind="score",
                benchmarks=[bench_id],
                value=value,
                model=model_id if model_id != subject else None,
                tolerance=about,
                review=[
                    "quoted number read as a score claim; tolerance 0.05 (as printed)"
                    if about is None
                    else f"approximate number read as a score claim: within {about:g} of {value:g}"
                ]
                + (
                    [
                        f"number set against {self._name(models[0].id)}'s read as {self._name(model_id)}'s, the model "
                        "the text is about (not named in this clause)"
                    ]
                    if models and elsewhere
                    else []
                )  # fmt: skip
                + ([f"benchmark carried over from {carried}: {self._bench(bench_id)}"] if carried else [])
                + notes
                # "GPT-4-0613 scores 86.4%": how the name was read, as for a comparison
                + list(dict.fromkeys(m.how for m in models if m.how and m.catalogued and m.id == model_id))
                # ... and how the benchmark's was ("AIME24" for AIME 2024)
                + list(dict.fromkeys(b.how for b in self._benches if b.how and b.catalogued and b.id == bench_id)),
            )
            out.append(self._mark(f))
        return out

    def _versus(self, clause: str, results: list[Found], sentence: str, location: str) -> list[Found]:
        """'R1 gets 79.8% vs o1-preview's 74.4%': two quoted scores set against each other compare the models."""
        scores = [f for f in results if f.kind == "score"]
        if len(scores) != 2 or not re.search(
            r"\b(?:vs\.?|versus|compared (?:to|with)|(?:up|down) from)\s", clause, re.I
        ):
            return []
        (a, b), owner = scores, lambda f: f.model or f.subject
        if owner(a) == owner(b) or a.benchmarks != b.benchmarks or a.value == b.value:
            return []
        high, low = (a, b) if a.value > b.value else (b, a)
        measure = lower_better(clause) or lower_better(sentence)
        if measure:  # "a 2.3% WER vs 2.9% for X", "a 19% hallucination rate compared to X's 52%": the lower wins
            high, low = low, high
        # (the clause's own claim between the two stands: "X matches or beats Y (MTBench 8.35 vs 8.33)" is the match)
        pair = {owner(high), owner(low)}
        if any(f.kind in ("outperforms", "matches") and pair <= {f.subject, *f.competitors} for f in results):
            return []
        note = f"read from the two quoted numbers ({high.value:g} vs {low.value:g}): a comparison on this benchmark"
        note += f" ({measure}: lower is better)" if measure else ""
        return [
            Found(quote=sentence.strip(), location=location, statement=clause.strip(), subject=owner(high),
                  kind="outperforms", competitors=[owner(low)], benchmarks=list(high.benchmarks), review=[note])
        ]  # fmt: skip
