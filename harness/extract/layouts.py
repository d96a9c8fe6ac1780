"""Numbers laid out beside the names they belong to: a pair set against each other after each benchmark's name
("MMLU (85.3 vs 83.6), HumanEval (86.6 vs 80.5)", "(MATH benchmark: 72.3 vs. 68.1)") and brackets after a model
that list its number on each benchmark ("GPT-3.5 (MMLU 70.0%, MT-Bench 7.94)"). `cues` reads the other forms."""

from __future__ import annotations

import re

from harness.extract.names import Mention

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,4}(?:\.\d+)?)"  # "1,501" too
_NAMED_PAIR = re.compile(r"\s*(?:benchmarks?\s*)?:\s*", re.I)
# "on MMLU (85.3 vs 83.6), HumanEval (86.6 vs 80.5)": a pair of numbers set against each other after a benchmark
_PAIR = re.compile(rf"\(\s*{NUM}\s*(?:%|\s?percent)?\s*(?:vs\.?|versus)\s*{NUM}\s*(?:%|\s?percent)?\s*\)", re.I)
_BARE_PAIR = re.compile(rf"(?<![\d.]){NUM}\s*(?:%|\s?percent)?\s*(?:vs\.?|versus)\s*{NUM}(?![\d.]\d)", re.I)
# a benchmark's number just after its name in a model's brackets: "MMLU 70.0%", "MT-Bench: 7.94"
_NUMBER_AFTER = re.compile(rf"\s*:?\s*{NUM}\s*(?:%|\s?percent\b)?")


def pairs(clause: str, models: list[Mention], benches: list[Mention], out: list[tuple]) -> list[tuple]:
    """'X beats Y on MMLU (85.3 vs 83.6), HumanEval (86.6 vs 80.5)': each pair after a benchmark's name holds the two
    models' numbers on it, in the order the clause names the two models before the first pair."""
    found = [m for m in _PAIR.finditer(clause) if any(0 <= m.start() - b.end <= 2 for b in benches)]
    # "(MATH benchmark: 72.3 vs. 68.1)": the pair after the benchmark's name and a colon
    found += [
        m for m in _BARE_PAIR.finditer(clause) if any(_NAMED_PAIR.fullmatch(clause, b.end, m.start()) for b in benches)
    ]
    found.sort(key=lambda m: m.start())
    if not found:
        return out
    owners = list(dict.fromkeys(x.id for x in models if x.end <= found[0].start()))
    if len(owners) != 2:
        return out  # whose numbers they are is not said
    rows = {row[3]: row for row in out}
    for m in found:
        bench = next(
            b.id for b in benches if 0 <= m.start() - b.end <= 2 or _NAMED_PAIR.fullmatch(clause, b.end, m.start())
        )
        for owner, n in zip(owners, (1, 2)):
            rows[m.start(n)] = (owner, bench, float(m.group(n).replace(",", "")), m.start(n))
    return sorted(rows.values(), key=lambda t: t[3])


def bracketed(clause: str, models: list[Mention], benches: list[Mention], out: list[tuple]) -> list[tuple]:
    """'GPT-3.5 (MMLU 70.0%, MT-Bench 7.94)': brackets just after a model that start with a benchmark's name hold
    that model's number on each benchmark named in them (such numbers were the claim's subject's)."""
    for model in models:
        opened = re.match(r"\s*\(\s*", clause[model.end :])
        close = clause.find(")", model.end)
        if opened is None or close < 0:
            continue
        inside = [b for b in benches if model.end + opened.end() <= b.start and b.end <= close]
        if not inside or inside[0].start != model.end + opened.end():
            continue  # "GPT-4o (2024-05-13)", "o1 (92.3 percent and ...)": not a benchmark first
        found = []
        for b in inside:
            m = _NUMBER_AFTER.match(clause, b.end)
            if m and m.end() <= close:
                found.append((model.id, b.id, float(m.group(1).replace(",", "")), m.start(1)))
        if found:
            out = [row for row in out if not model.end <= row[3] <= close] + found
    return sorted(out, key=lambda t: t[3])
