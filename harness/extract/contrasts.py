"""Two models' wins set against each other in one sentence, neither saying whom it is over: "X outperforms in 2
benchmarks (A, B), while Y is better at 3 benchmarks (C, D, E)", "X wins on MMLU, whereas Y leads on GPQA". Comparison
pages write them so. Each win is over the other model, on the benchmarks of its own clause.

Read only where the clause reader drafted no comparison in the sentence, and only for two clauses joined by "while",
"whereas", "but", "though" or ";" that name one model each, before its win word, with nothing after the word that says
whom the win is over ("than", "over", "against", "to", a model's name): a third model, or a win over someone named, is
another claim, read elsewhere or not at all.
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


def contrasted(ex, sentence: str, parts: list[tuple[int, str]], offset: int) -> list[Found]:
    """The wins of two clauses set against each other, each over the other clause's model; none where the sentence is
    not of that shape."""
    sides = []
    for n, (start, clause) in enumerate(parts):
        if n and not _SET_AGAINST.match(sentence[parts[n - 1][0] + len(parts[n - 1][1]) : start]):
            return []
        models = [m for m in ex.mentions(clause) if m.kind == "model"] + ex.names.uncatalogued_in(clause)
        win = WIN.search(clause)
        if (
            win is None
            or len({m.id for m in models}) != 1
            or not all(m.end <= win.start() for m in models)
            or OVER.match(clause, win.end())
        ):
            return []
        sides.append((start, clause, models[0].id))
    if len(sides) != 2 or sides[0][2] == sides[1][2]:
        return []
    out = []
    for (start, clause, who), (_, _, other) in zip(sides, reversed(sides)):
        if _ON_NONE.search(clause) or ex._aside(clause):
            continue  # "Y is better at 0 benchmarks", "Y wins on price": no claim of Y's, though X's win is over Y
        f = Found(
            quote=sentence.strip(),
            location=f"characters {offset + start}-{offset + start + len(clause)}",
            statement=clause.strip(),
            subject=who,
            kind="outperforms",
            competitors=[other],
            review=[f"set against {ex._name(other)}'s win in the same sentence: read as a win over it"],
        )
        known = ex.mentions(clause)
        benches = [m for m in known if m.kind == "benchmark"] + ex.names.unknown_benchmarks(clause, known)
        benches.sort(key=lambda m: m.start)
        ex.scope.benchmarks(clause, benches, f)
        ex.scope.quantifier(clause, f, len(benches))
        out.append(ex._mark(f))
    return out
