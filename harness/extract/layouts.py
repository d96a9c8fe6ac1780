"""Numbers laid out beside the names they belong to: a pair set against each other after each benchmark's name
("MMLU (85.3 vs 83.6), HumanEval (86.6 vs 80.5)", "(MATH benchmark: 72.3 vs. 68.1)"), brackets after a model
that list its number on each benchmark ("GPT-3.5 (MMLU 70.0%, MT-Bench 7.94)"), numbers listed after a quoted
score ("scores 67.5 on MMLU-Pro and 42.4 on GPQA"), bare decimals beside a model ("76.1 for X") and the benchmark
named right after a number. `cues` reads the other forms."""

from __future__ import annotations

import re

from harness.extract.names import Mention

# a number read whole or not at all: never the head or the tail of one written another way ("1e3" read as 1, "7.12e1%"
# as 7.12 or 1, "71,2" with a decimal comma as 71, "71,2%" as 2, "0x47" as 0, "7_1.2" as 7, "12345" as 1234)
_FROM_START = r"(?<![\d.,_])(?<!\d[eE])(?<!\d[eE][+-])(?<!0[xX])"
# (nor a number with a magnitude after it: "71.2k" views, "1.2M downloads", a "7B" model are no score of 71.2, 1.2, 7;
# nor the head of a fraction, "1/2" or "12/30", but for a score out of 10 or 100: "8.5/10", "71.2/100")
_TO_END = r"(?![.,_]?\d|[eE][+-]?\d|[xX][0-9a-fA-F]|[kKmMbB](?![a-zA-Z])|/(?!(?:10|100)(?![\d.]))\d)"
NUM = rf"{_FROM_START}(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,4}}(?:\.\d+)?){_TO_END}"  # "1,501" too
_UNIT = r"(%|\s?percent\b|\s?per\s?cent\b|\s?points\b|\s?pts\b|\s?elo\b)"
# "up from 72.7% for its predecessor", "improves AIME 2025 from 70.1% to 85.3%": the score a result rose or fell from
CHANGED_FROM = re.compile(
    r"\b(?:up|down|rose|ris(?:es|ing)|jump\w*|climb\w*|improv\w*|increas\w*|grew|grow\w*|fell|fall\w*|dropp?\w*"
    r"|declin\w*|went|leap\w*|boost\w*)\b(?:\s+[\w.()+-]+){0,4}?\s+from\s+(?:about\s+|around\s+|just\s+)?$",
    re.I,
)
# "above 70%", "around 87%": a bound or a rough figure, no score (the words cover the numbers listed after them)
BOUND = re.compile(
    r"(?:\b(?:around|about|roughly|approximately|nearly|almost|over|more than|above|below|under|less than|at least"
    r"|upwards of|in excess of)\b"
    # "at sub-3 percent WER", "> 90%", "≥ 85": a bound written with a prefix or a sign
    r"|(?<![\w-])sub-|[<>≤≥]=?)"
    r"[\s\d.%,]*(?:and\s+)?$",
    re.I,
)
# "~85%", "≈ 8.5": a score written as approximate, read with a tolerance of one unit of its last digit (`approx`); the
# words ("around 87% and 83%", "approximately 15 percent fewer") stay no score: the labelled sets read them so
_ABOUT = re.compile(r"[~≈][\s\d.%,]*(?:and\s+)?$")


def approx(clause: str, at: int) -> float | None:
    """The tolerance of a number at `at` written as approximate ("~85%": 1, "≈ 8.5": 0.1), or None."""
    if not _ABOUT.search(clause, 0, at):
        return None
    digits = re.match(r"[\d,]*(?:\.(\d+))?", clause[at:]).group(1) or ""
    return round(10.0 ** -len(digits), len(digits))


# a number quoted as a score: "scored 72.5", "a score of 91", "reaches 80%"
SCORE_AFTER = re.compile(
    r"(?:(?:scores?|ratings?|accuracy|elo(?: score)?|results?) of|scor(?:e|es|ed|ing)|reach(?:es|ed|ing)?|at|stands? at|"
    r"achiev(?:e|es|ed|ing)(?: an?)?(?: [\w-]+)?|with|hits?|gets?|obtains?|posts?|posted|tackles|records?)"
    rf"\s+(?:an? (?:[\w-]+ )?)?{NUM}{_UNIT}?",  # "scored an unprecedented 91.8 points"
    re.I,
)
# "scoring 59.1 and 24.9": a number listed after a quoted score
# what may follow a benchmark's name before the next number of a list: its name spelled out in brackets and the word
# for it ("56.1 on the MMLU (Massive Multitask Language Understanding) test and 36.6 on ...")
_BENCH_TAIL = re.compile(r"(?:\s*\([^()]{1,80}\))?(?:\s+(?:test|benchmark|dataset|evaluation|exam))?")
_LIST_MORE = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){NUM}{_UNIT}?", re.I)
# what joins the items of a list: "A, B and C", "A & B"
_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# "67.5 on MMLU-Pro": the words between a number and the benchmark named after it
_ON_BENCH = re.compile(rf"{_UNIT}?\s+(?:on|in)\s+(?:the\s+)?", re.I)
# a number with decimals, not part of a name or a longer number
_BARE_DECIMAL = re.compile(r"(?<![\w.-])(\d{1,3}\.\d+)(?![\w%-]|\.\d)")  # "GPT-4o's 87.2." at a sentence's end too
_NAMED_PAIR = re.compile(r"\s*(?:benchmarks?\s*)?:\s*|\s+(?:benchmarks?\s+)?", re.I)  # ": 72.3 vs", " 8.35 vs"
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


def listed_after(clause: str, benches: list[Mention]) -> list[re.Match]:
    """The numbers listed after a quoted score: "scoring 59.1 and 24.9 respectively", "scores 67.5 on MMLU-Pro and
    42.4 on GPQA", "scores 67.5 and 42.4 on MMLU-Pro and GPQA" (without "respectively", only numbers each followed by
    its benchmark, or as many as the benchmarks listed after the last: "scores 80 and 12 more" lists none)."""
    listed = []
    respectively = re.search(r"\brespectively\b", clause, re.I)
    for m in SCORE_AFTER.finditer(clause):
        bench = bench_after(clause, benches, m.end(1))[1]
        if bench is None:
            chain = []
            more = _LIST_MORE.match(clause, m.end())
            while more:
                chain.append(more)
                more = _LIST_MORE.match(clause, more.end())
            # "scores 67.5 and 42.4 on MMLU-Pro and GPQA": as many numbers as the benchmarks listed after them, in
            # order, with no "respectively" ("scores 67.5 and 42.4 on MMLU-Pro" lists none)
            first = bench_after(clause, benches, chain[-1].end(1))[1] if chain and not respectively else None
            if respectively or (first is not None and len(_bench_list(clause, benches, first)) == len(chain) + 1):
                listed += chain
        while bench is not None and (more := _LIST_MORE.match(clause, _BENCH_TAIL.match(clause, bench.end).end())):
            bench = bench_after(clause, benches, more.end(1))[1]
            if bench is not None:
                listed.append(more)
    return listed


def _bench_list(clause: str, benches: list[Mention], first: Mention) -> list[Mention]:
    """The benchmarks listed from `first` on: "MMLU-Pro, GPQA and MATH"."""
    out = [first]
    while nxt := next(
        (b for b in benches if b.start > out[-1].end and _AND.fullmatch(clause, out[-1].end, b.start)), None
    ):
        out.append(nxt)
    return out


def beside(clause: str, models: list[Mention], benches: list[Mention], out: list[tuple]) -> list[tuple]:
    """Bare decimals next to a model where the clause quotes a score already: "versus 50.6 for GPT-4o-mini",
    "Qwen2.5-Max scores 76.1, DeepSeek V3 75.9"."""
    more = []
    for m in _BARE_DECIMAL.finditer(clause):
        if any(abs(m.start(1) - row[3]) <= 2 or m.start(1) <= row[3] < m.end(1) for row in out + more):
            continue  # found already
        after = next((x for x in models if x.start >= m.end()), None)
        before = [x for x in models if x.end <= m.start()]
        if after is not None and re.fullmatch(r"\s+(?:for|by)\s+", clause[m.end() : after.start]):
            owner = after.id
        elif before and re.fullmatch(r"\s*:?\s*|['’]s\s+", clause[before[-1].end : m.start()]):
            owner = before[-1].id
        else:
            continue
        more.append((owner, nearest(benches, m.start()), float(m.group(1)), m.start()))
    return more


def bench_after(clause: str, benches: list[Mention], end: int) -> tuple[bool, Mention | None]:
    """Whether the words after a number (ending at `end`) say where it was scored ("67.5 on MMLU-Pro", "42.4% in
    GPQA"), and the benchmark they name (None where no benchmark read starts there: "on Multilingual MMLU")."""
    m = _ON_BENCH.match(clause, end)
    if m is None:
        return False, None
    bench = next((b for b in benches if b.start == m.end()), None)
    return bench is not None or bool(re.match(r"[A-Z]", clause[m.end() :])), bench


def nearest(benches: list[Mention], at: int) -> str | None:
    return min(benches, key=lambda b: abs(b.start - at)).id if benches else None


# a number that ends or starts a range, the dash between them unspaced: "86-89%", "~76–77 percent" (not "AIME 2025 —
# 92.3%": a year, a dash and the score)
_RANGE_TO = re.compile(r"(?<![\w.])\d+(?:\.\d+)?%?[-–]$")
_RANGE_FROM = re.compile(r"%?[-–]\d")
# the first number of a change, "from 6.5% to 57.1%": the value before it, the model's own or another's, not its result
_CHANGE_FROM = re.compile(r"(?<![\w-])from\s+$", re.I)
_CHANGE_TO = re.compile(r"\s*(?:%|percent\b|points?\b)?\s+to\s+\d")
# a share of what a model is trained or run with ("only using 1% of the training data"): a cost, no result
_SHARE_OF_MEANS = re.compile(
    r"\s*(?:%|percent\b)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:data|compute|parameters|tokens|cost)\b",
    re.I,
)


def in_range(clause: str, start: int, end: int) -> bool:
    """Whether the number at start..end of the clause is one end of a range ("86-89%"), the first of a change ("from
    6.5% to 57.1%") or a share of a model's means ("1% of the training data"): no one score."""
    if _RANGE_TO.search(clause, 0, start) is not None or _RANGE_FROM.match(clause, end) is not None:
        return True
    change = _CHANGE_FROM.search(clause, max(0, start - 8), start) is not None and _CHANGE_TO.match(clause, end)
    return bool(change or _SHARE_OF_MEANS.match(clause, end))


_WITH_THEIRS = re.compile(r"\s+with\s+(?:scores?\s+of\s+)?", re.I)
_ONE_NUMBER = re.compile(rf"{NUM}{_UNIT}?", re.I)
_NEXT_NUMBER = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)


def theirs_listed(clause: str, models: list[Mention], out: list[tuple], named: list[str]) -> list[tuple]:
    """A second list of numbers, after "with" right after a model named after the subject's own list, one for each
    benchmark named: that model's, in the benchmarks' order ("X achieves 55.5, 75.1 and 88.2 on A, B and C
    respectively, outperforming Y with 32.2, 69.2 and 80.2": Y's). They were read as the subject's, two of them on C,
    and the claim's scores as three on A. Where the subject has no list of its own before the model, "X surpassed Y
    with 95.6 points" stays the subject's."""
    if len(named) < 2:
        return out
    for model in models[1:]:
        said = _WITH_THEIRS.match(clause, model.end)
        mine = [row for row in out if row[0] is None and row[3] < model.start]
        if said is None or len(mine) != len(named):
            continue
        numbers, n, end = [], _ONE_NUMBER.match(clause, said.end()), said.end()
        while n is not None:
            numbers.append((float(n.group(1).replace(",", "")), n.start(1)))
            end = n.end()
            joined = _NEXT_NUMBER.match(clause, n.end())
            n = _ONE_NUMBER.match(clause, joined.end()) if joined else None
        if len(numbers) != len(named):
            continue
        # (a number of the list was read where its joiner starts: ", 69.2")
        out = [row for row in out if not model.end <= row[3] < end] + [
            (model.id, bench, value, pos) for (value, pos), bench in zip(numbers, named)
        ]
    return out
