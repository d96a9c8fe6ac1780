"""Two models' wins set against each other in one sentence, neither saying whom it is over: "X outperforms in 2
benchmarks (A, B), while Y is better at 3 benchmarks (C, D, E)", "X wins on MMLU, whereas Y leads on GPQA". Comparison
pages write them so. Each win is over the other model, on the benchmarks of its own clause.

Read only where the clause reader drafted no comparison in the sentence, and only for two clauses joined by "while",
"whereas", "but", "though" or ";" that name one model each, before its win word, with nothing after the word that says
whom the win is over ("than", "over", "against", "to", a model's name): a third model, or a win over someone named, is
another claim, read elsewhere or not at all. So too for two sentences in a row of one paragraph, each of that shape
("Claude 4.6 Opus wins on SWE-bench. GPT-5.4 wins on HumanEval."): each win is over the other sentence's model.
"""

from __future__ import annotations

import re

from harness.extract.found import Found

# a win with no object: "outperforms in", "is better at", "wins on", "leads on", "performs better", "scores higher",
# "shows notably better performance"
WIN = re.compile(
    r"\b(?:outperform(?:s|ed)?|wins?|won|leads?|led|(?:is|was|are|were|does|did|performs?|performed|comes out|came out)"
    r"\s+(?:better|stronger|ahead)|scor(?:es|ed) higher"
    r"|(?:shows?|showed|has|had|delivers?|offers?)\s+(?:\w+ly\s+)?(?:better|stronger|higher)\s+"
    r"(?:performance|results|scores|accuracy))\b",
    re.I,
)
# what would say whom the win is over, right after its word
OVER = re.compile(r"\s*(?:than|over|against|to|by|with)\b", re.I)
# a win counted on no benchmark ("is better at 0 benchmarks"): no win, though its model is still the other's rival (as
# is a win set aside as no result: "Y wins on price")
_ON_NONE = re.compile(r"\b(?:0|zero|no|none of the)\s+(?:[\w-]+\s+)?(?:benchmarks?|tests?|tasks?|evaluations?)\b", re.I)
# the words that set the second clause against the first
# ("and" sets nothing against: "X wins on MMLU, and Y wins on GPQA" may be two winners among many)
_SET_AGAINST = re.compile(r"^\s*(?:;|,?\s*(?:while|whereas|but|(?:even\s+)?(?:though|although))\s*)$", re.I)


def _side(ex, clause: str) -> str | None:
    """The one model a clause names before a win word with nothing after it that says whom the win is over."""
    models = [m for m in ex.mentions(clause) if m.kind == "model"] + ex.names.uncatalogued_in(clause)
    win = WIN.search(clause)
    if (
        win is None
        or len({m.id for m in models}) != 1
        or not all(m.end <= win.start() for m in models)
        or OVER.match(clause, win.end())
    ):
        return None
    return models[0].id


def contrasted(ex, sentence: str, parts: list[tuple[int, str]], offset: int) -> list[Found]:
    """The wins of two clauses set against each other, each over the other clause's model; none where the sentence is
    not of that shape."""
    sides = []
    for n, (start, clause) in enumerate(parts):
        if n and not _SET_AGAINST.match(sentence[parts[n - 1][0] + len(parts[n - 1][1]) : start]):
            return []
        who = _side(ex, clause)
        if who is None:
            return []
        sides.append((start, clause, who))
    if len(sides) != 2 or sides[0][2] == sides[1][2]:
        return []
    out = []
    for (start, clause, who), (_, _, other) in zip(sides, reversed(sides)):
        said = f"set against {ex._name(other)}'s win in the same sentence: read as a win over it"
        out += _win(
            ex, sentence, f"characters {offset + start}-{offset + start + len(clause)}", clause, who, other, said
        )
    return out


def after_the_one_before(ex, sentence: str, offset: int, before: str, before_at: int) -> list[Found]:
    """'Claude 4.6 Opus wins on SWE-bench. GPT-5.4 wins on HumanEval.': two sentences of one paragraph in a row, each
    a win of one model with no rival named, set against each other as one sentence's two clauses are: each win over
    the other model. None where either sentence is not of that shape."""
    who, other = _side(ex, sentence), _side(ex, before) if before else None
    if who is None or other is None or who == other:
        return []
    out = []
    for text, at, a, b in ((before, before_at, other, who), (sentence, offset, who, other)):
        said = f"set against {ex._name(b)}'s win in the sentence {'after' if text is before else 'before'}: read as a win over it"
        out += _win(ex, text, f"characters {at}-{at + len(text)}", text, a, b, said)
    return out


def _win(ex, sentence: str, location: str, clause: str, who: str, other: str, said: str) -> list[Found]:
    """The win of one side over the other, on the benchmarks of its own clause; none for a win on no benchmark or
    one set aside as no result ("Y is better at 0 benchmarks", "Y wins on price"), though the other's is over it."""
    if _ON_NONE.search(clause) or ex._aside(clause):
        return []
    f = Found(quote=sentence.strip(), location=location, statement=clause.strip(), subject=who, kind="outperforms",
              competitors=[other], review=[said])  # fmt: skip
    known = ex.mentions(clause)
    benches = [m for m in known if m.kind == "benchmark"] + ex.names.unknown_benchmarks(clause, known)
    benches.sort(key=lambda m: m.start)
    ex.scope.benchmarks(clause, benches, f)
    ex.scope.quantifier(clause, f, len(benches))
    return [ex._mark(f)]
