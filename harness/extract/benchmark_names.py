"""Benchmark names the catalog lacks, as written: a benchmark-like name ("SWE-bench", "WMT24"), a catalog benchmark's
name with a part after a dash ("HumanEval-Mul") or before one ("Kotlin-HumanEval") or a "+" ("HumanEval+"), a part of
a catalog benchmark named after it ("MMLU Med", "MMLU (medical subset)": `Names.mentions` finds them), and a name
written plainly where a benchmark goes ("on HellaSwag", "the MathVista benchmark", "GSM8K, Hellaswag and Winograd").
Never resolved to a catalog entry: a draft that names one lists it as uncatalogued, so it is not verified until the
catalog has it."""

from __future__ import annotations

import functools
import re

from harness.claims.names import normalise
from harness.evidence import identity
from harness.extract.mentions import BENCHLIKE, LEADING, SEP, Mention, Spans, Taken, body, name_parts

# "AIME24/25", "AIME24 & 25", "AIME 2024 and 2025": the next edition after "/" or "&" (its year in two digits or four)
_NEXT_YEAR = re.compile(r"(?:\s*[/&]\s*|(?:\s*,)?\s+and\s+(?=\d{4})|,\s*(?=\d{4}))((?:19|20)?(\d\d))(?![\w%-]|\.\d)")
# what makes a catalog benchmark's name a part of it that the catalog lacks: a capitalised word after it, with a number
# or not ("MMLU Med", "MATH Level 5"), or a subset named in brackets ("MMLU (medical subset)"); a score on a part is no
# score on the whole, so it is never read as the catalog's benchmark
_PART_WORD = re.compile(r" (?P<word>[A-Z][a-z]{2,}|[A-Z]{2,5})(?: \d+)?(?![\w\-‐‑–]|\.\w)")
_PART_BRACKET = re.compile(
    r"\s*\([^()]{0,40}?\b(?:subsets?|splits?|portions?|sections?|categor(?:y|ies)|domains?|subtasks?|subjects?)\b"
    r"[^()]{0,20}\)",
    re.I,
)
# ... never a word that says what the number is, or that the name is a benchmark ("MMLU Score", "GSM8K Benchmark")
_NOT_A_PART = frozenset(
    "benchmark benchmarks test tests score scores result results accuracy performance leaderboard leaderboards eval "
    "evals evaluation evaluations suite suites dataset datasets task tasks exam exams average averages overall total "
    "elo rating ratings ranking rankings chart charts table tables figure figures set sets numbers points".split()
)
# a one-word name with a part after a dash ("HumanEval-Mul"): a variant where the word is a catalog benchmark
_VARIANT = re.compile(
    r"(?<![\w.-])([A-Za-z][\w.]*)[\-‐‑–]"
    r"(?!(?i:class|level|like|based|style|scale|sized|grade|tier|type|format|heavy|only)\b)[A-Za-z]+(?![\w-])"
)
# a word before a dash in front of a one-word name ("Kotlin-HumanEval", "Multilingual-MMLU"): another benchmark again
_PREFIXED = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]+[\-‐‑–]([A-Za-z]\w*(?:\.\w+)*)(?![\w-]|\.\w)")

# a benchmark the catalog lacks, written plainly where a benchmark goes: a word shaped like a benchmark's name
# ("HellaSwag", "BoolQ", "MMMU", "GSM1k") right after "on", "across" or "including"; any capitalised word before
# "benchmark" or "leaderboard" ("the Codeforces leaderboard"); any capitalised word listed beside a benchmark ("GSM8K, Hellaswag and
# Winograd"). Never a model's, a family's or a developer's name, nor a word of the stop list (places, platforms, chips)
_WORD = (
    r"(?:[A-Z]|[a-z](?=[A-Z][a-z]+[A-Z])|[a-z]{2,}(?=[A-Z][A-Za-z]*\d))[A-Za-z0-9]*(?:[\-‐‑–][A-Za-z0-9]+)*\+{0,2}"
    r"(?:\s+v\d+(?:\.\d+)*(?![\w.]))?"  # a version after a space: "HPS v2.1" (cut to "HPS", the list after it was lost)
)
# (with parts after a dash: "ScreenSpot-Pro", "MMLongBench-Doc")
# ("mWildVision": a lower-case letter before a name of that shape; "miniF2F": a lower-case word before a capital and a
# digit; "MiniF2F": a capital after the digit)
_BENCH_SHAPE = re.compile(
    r"(?:[a-z]?[A-Z][a-z]+[A-Z][A-Za-z]*\d*[A-Z]?|[A-Z]{3,}(?:\d+[A-Za-z]?)?|[a-z]{2,}[A-Z][A-Za-z]*\d\w*"
    r"|[A-Z]{2,}[a-z]{3,}\d*|[A-Z]{2,}v\d+)\+{0,2}"  # ("OSWorld", "MMBench": capitals, then a word; "VQAv2")
)
_BENCH_PLACE = re.compile(rf"\b(?:on|across|including|such as)\s+(?:the\s+)?({_WORD})(?![\w-])")
# ... and right after the words that except one from a claim ("across all tasks except IFeval", "but not on Foo"):
# there a capitalised word of any shape is the benchmark the claim leaves out; unread, the claim was drafted on every
# benchmark, the excepted one included
_BENCH_EXCEPTED = re.compile(
    r"(?i:\b(?:except(?:\s+(?:for|on|in))?|but\s+not\s+(?:on|in)|excluding|other\s+than|apart\s+from|aside\s+from|"
    rf"save\s+for|with\s+the\s+exception\s+of)\s+(?:the\s+)?)({_WORD})(?![\w-])"
)
# "SuperGPQA: Qwen3-Max scores 64.6": a benchmark-shaped word heading its line before a colon, where the clause names
# no other benchmark (else it is a heading such as "NOTE:" or "EDIT:", which has a benchmark's shape)
_BENCH_HEADING = re.compile(rf"^\s*({_WORD}):\s")
# ... or in brackets after the heading's words: "Tool Use (BFCL): Llama 3.1 405B scores 81.1%"
_BENCH_HEADING_BRACKETS = re.compile(rf"^\s*[A-Z][\w-]*(?:\s+[\w-]+){{0,3}}\s*\(\s*({_WORD})\s*\):\s")
# ... never a word that heads a remark ("NOTE: X beats Y." names no benchmark at all)
_REMARK_HEADS = frozenset(
    "note notes nb ps edit edited update updated correction disclaimer caveat warning important fyi tldr reminder "
    "breaking news summary verdict takeaway takeaways result results spoiler tip hint answer question".split()
)
# "benchmarks like TriviaQA, OpenBookQA and ANLI", "tasks like BFCL", "(e.g., MMMU, VQAv2)": examples of benchmarks
_BENCH_EXAMPLE = re.compile(
    rf"(?:\b(?:benchmarks?|tests?|tasks?|evaluations?|assessments?|suites?|exams?|metrics?)\s+like|\be\.g\.,?)\s+({_WORD})(?![\w-])",
    re.I,
)
# a benchmark written out with its acronym in brackets after it ("the Massive Text Embedding Benchmark (MTEB)", "the
# General AI Assistants benchmark (GAIA)"): the acronym, as the benchmark is known; no word written out is a name of its
# own ("Assistants benchmark"); a board so written is the board (its title: "the Berkeley Function Calling Leaderboard
# (BFCL)")
_BENCH_SPELLED = re.compile(
    r"(?<![\w.-])(?:[A-Z][\w\-‐‑–]*\s+){1,6}(?i:benchmark)\s*\(\s*([A-Z]{2,}[A-Za-z0-9\-‐‑–]*\+{0,2})\s*\)"
)
# (a lower-case word may stand between: "the MCP-Atlas tool-calling benchmark")
_BENCH_NOUN = re.compile(
    rf"(?<![\w.-])({_WORD})\s+(?:[a-z]+(?:-[a-z]+)+\s+)?(?:benchmarks?|leaderboards?|evaluations?|test suite)\b"
)
# (a listed benchmark's score in brackets before the next, or a pair set against each other: "on MMMU (61.7) and MathVista
# (71.3)", "MMLU (85.3 vs 83.6), and IFEval (84.1 vs 83.4)")
_LIST_NEXT = re.compile(
    rf"(?:\s*\(\s*(?:\d[\d.,]*\s*%?(?:\s*(?:vs\.?|versus)\s*\d[\d.,]*\s*%?)?|[A-Z][\w .-]{{0,20}})\s*\))?(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|/)({_WORD})(?![\w-])"
)
# a board the catalog lacks, named with its word: "the OpenASR leaderboard" (one word before it), "the Open LLM
# Leaderboard", "Berkeley Function-Calling Leaderboard v2" (capitalised words, the word capitalised too): the board as
# written, with its word; a board named by a benchmark the text names ("the LiveBench leaderboard") is that benchmark
# (one board: "Independent leaderboards" names none)
_BOARD_WORD = re.compile(rf"(?<![\w.-])({_WORD}\s+leaderboard)(?![\w-])")
_BOARD_TITLE = re.compile(r"(?<![\w.-])((?:[A-Z][\w.\-‐‑–]*\s+){1,4}Leaderboard(?:\s+v\d+(?:\.\d+)?)?)(?![\w-])")
_LIST_BEFORE = re.compile(rf"(?<![\w.-])({_WORD})(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|/)$")
# a listed word that starts a clause of its own ("on MMLU and Mistral on GSM8K"): not a benchmark ("on MiniF2F at
# Pass@32" says how it was run)
_GOES_ON = re.compile(r"\s+(?:on|in|at(?!\s+[Pp]ass@)|across|by|with|is|was|are|were|has|had|scores?|scored|beats?)\b")
_V_NUMBER = re.compile(r"[\s\-‐‑–_]v\d", re.I)
_V_AFTER = re.compile(r"\s+v\d[\d.]*$")  # a version after a space, no part of a name's shape
# a word shaped like an adjective ("Extensive", "Comprehensive", "Additional", "Internal")
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ive|al|ous|ful|ic|ed|ing|ent|ant|ible|able|ary)")
_NOT_BENCH = frozenset(
    "some ai api apis aws azure gcp gpu gpus cpu cpus tpu tpus npu llm llms usa us uk eu ios android windows linux macos "
    "github gitlab youtube linkedin twitter reddit discord slack huggingface hugging face arxiv chatgpt copilot "
    "openrouter bedrock vertex kaggle colab pytorch jax tensorflow python javascript typescript java rust english "
    "chinese french german spanish japanese korean monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december stem faq pdf html json sota".split()
)

# a list of models after the word that says so: "expert models such as WhisperV3 and SeamlessM4T-v2-Large"
MODELS_LISTED = re.compile(
    r"\b(?:models?|llms?|systems?|rivals|competitors)[\s,—–-]+(?:such as|like|including|e\.g\.,?)\s+"
    r"(?:[^\s,;.()]+(?:\s+[^\s,;.()]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))*$",
    re.I,
)


class BenchmarkNames:
    """The benchmark names a text gives that the catalog lacks, and a catalog benchmark's parts and next editions
    (a part of `Names`)."""

    def _part(self, text: str, end: int) -> int | None:
        """Where a part of a catalog benchmark named at ..end ends ("MMLU Med", "MMLU (medical subset)"), if it is one:
        not a word of a name of a model, a developer or another benchmark, nor one that starts a phrase or a cue."""
        bracket = _PART_BRACKET.match(text, end)
        if bracket:
            return bracket.end()
        m = _PART_WORD.match(text, end)
        if m is None:
            return None
        word = m.group("word").casefold()
        if word in _NOT_A_PART | LEADING | self.families | self.developers | self.not_model_words | self._bench_firsts:
            return None
        if self.cue_starts is not None and m.start("word") in self.cue_starts(text):
            return None  # "... on MMLU Beats ...": a cue written with a capital
        return m.end()

    @functools.cached_property
    def _bench_firsts(self) -> frozenset[str]:
        """The first word of every catalog benchmark's name: "MMLU GPQA" lists two benchmarks, not a part of one."""
        return frozenset(
            p[0].casefold() for b in self.catalog.all_benchmarks() for n in [b.name, *b.aliases] if (p := name_parts(n))
        )

    def _next_editions(self, text: str, found: list[Mention], taken: Taken) -> list[Mention]:
        """'AIME24/25': the edition after the slash is the same benchmark's of that year, where the catalog has it."""
        out = []
        for m in found:
            base = self._edition_of.get(m.id) if m.kind == "benchmark" else None
            after = _NEXT_YEAR.match(text, m.end) if base is not None else None
            ident = self._editions.get((base, after.group(2))) if after else None
            if ident is not None and not taken.overlaps(after.start(1), after.end()):
                taken.add(after.start(1), after.end())
                names = f"{self.catalog.benchmark(m.id).name} and {self.catalog.benchmark(ident).name}"
                how = f"'{text[m.start : after.end()]}' read as {names}"
                out.append(Mention("benchmark", ident, after.start(1), after.end(), after.group(1), how))
        return out

    def unknown_benchmarks(self, clause: str, mentions: list[Mention]) -> list[Mention]:
        """Benchmark names the catalog lacks, as written ("SWE-bench" with no version, "WMT24", "HellaSwag")."""
        out = self._benchmark_parts(clause)
        spans = Spans.of(mentions + out)
        found = list(BENCHLIKE.finditer(clause))
        # a catalog name with another number in its last place ("ARC-AGI-1", "Arc AGI v1" beside ARC-AGI-2; "AIME 2026"
        # beside AIME 2025): another edition, which the catalog lacks
        found += [m for p in self._renumbered for m in p.finditer(clause)]
        # a catalog name with a version after it that it lacks ("LiveCodeBench v5" beside LiveCodeBench): that version
        has_v = self._versioned is not None and _V_NUMBER.search(clause) is not None  # (most clauses have none)
        versioned = list(self._versioned.finditer(clause)) if has_v else []
        found = versioned + [m for m in found if not any(v.start() <= m.start() < v.end() for v in versioned)]
        # a catalog name with a part after its dash ('HumanEval-Mul'), then with a word before it ('Kotlin-HumanEval')
        for m in [*_VARIANT.finditer(clause), *_PREFIXED.finditer(clause)]:
            caps = self._variant_of.get(m.group(1).casefold())
            if (
                caps is None
                or (caps and not m.group(1).isupper())
                or any(x.start() <= m.start() < x.end() for x in found)
            ):
                continue
            found.append(m)
        for m in sorted(found, key=lambda m: m.start()):
            if spans.overlaps(m.start(), m.end()):
                continue
            close = self._closest(m.group(0))
            how = f"benchmark {m.group(0)!r} is not in the catalog" + (
                f" (closest: {', '.join(close)})" if close else ""
            )
            out.append(Mention("benchmark", m.group(0), m.start(), m.end(), m.group(0), how, catalogued=False))
        return self._plain_benchmarks(clause, mentions, out)

    def _closest(self, name: str) -> list[str]:
        """Up to three catalog benchmarks a name the catalog lacks may mean, for its note: those whose name starts with
        it as a word first ('IFeval' -> 'IFEval strict-prompt'; the note offered HumanEval and HumanEval+, closer in
        spelling), then the closest in spelling."""
        said = normalise(name)
        heads = [b for b in self.bench_names if re.match(rf"{re.escape(said)}[\s(-]", normalise(b))]
        return list(dict.fromkeys(heads + identity.closest(self.bench_names, name)))[:3]

    def _benchmark_parts(self, clause: str) -> list[Mention]:
        """A part of a catalog benchmark that the catalog lacks ("MMLU Med", "MMLU (medical subset)"), as written (found
        where `Names.mentions` reads the clause): never the whole benchmark, whose score it is not."""
        self.mentions(clause)
        out = []
        for start, end, ident in self._parts.get(clause, []):
            name = clause[start:end]
            whole = self.catalog.benchmark(ident).name
            how = f"benchmark {name!r} is not in the catalog (closest: {whole}: a part of it, which the catalog lacks)"
            out.append(Mention("benchmark", name, start, end, name, how, catalogued=False))
        return out

    @functools.cached_property
    def _renumbered(self) -> list[re.Pattern]:
        out = {}
        for b in self.catalog.all_benchmarks():
            for n in [b.name, *b.aliases]:
                parts = name_parts(n)
                if len(parts) >= 2 and parts[-1].isdigit() and parts[-2][:1].isalpha():
                    digits = len(parts[-1])
                    key = (body(parts[:-1]).casefold(), digits)
                    out[key] = re.compile(
                        rf"(?<![\w.-]){body(parts[:-1])}{SEP}*(?:v\d{{1,2}}|\d{{{digits}}})(?![\w-]|\.\d)", re.I
                    )
        return list(out.values())

    @functools.cached_property
    def _unnumbered(self) -> frozenset[tuple[str, ...]]:
        """The catalog's benchmark names less their last number ("arc", "agi" of ARC-AGI-2), in lower case."""
        return frozenset(
            tuple(p.casefold() for p in parts[:-1])
            for b in self.catalog.all_benchmarks()
            for n in [b.name, *b.aliases]
            if len(parts := name_parts(n)) >= 2 and parts[-1].isdigit()
        )

    @functools.cached_property
    def _versioned(self) -> re.Pattern | None:
        names = {
            body(parts)
            for b in self.catalog.all_benchmarks()
            for n in [b.name, *b.aliases]
            if (parts := name_parts(n)) and not parts[-1].isdigit()
        }
        if not names:
            return None
        return re.compile(
            rf"(?<![\w.-])(?:{'|'.join(sorted(names, key=len, reverse=True))}){SEP}*v\d{{1,2}}(?![\w-]|\.\d)", re.I
        )

    @functools.cached_property
    def _organisation_words(self) -> frozenset[str]:
        """Every word of an organisation's names and aliases ("DeepMind" of "Google DeepMind"), not only the first."""
        names = [n for o in self.catalog.organisations.entries.values() for n in [o.name, *o.aliases]]
        return frozenset(p.casefold() for n in names for p in name_parts(n))

    def _board(self, clause: str, m: re.Match) -> re.Match | None:
        """A board's name as written, less the words in front that are no part of it (a phrase's first word, its
        publisher's: "On the Hugging Face Open LLM Leaderboard"); none where what is left names a model, a family, a
        developer or a word of the stop list ("the GitHub leaderboard")."""
        words = list(re.finditer(r"\S+", m.group(1)))
        skip = LEADING | self._organisation_words | self.developers
        n = 0
        while n < len(words) - 1 and words[n].group(0).casefold() in skip:
            n += 1
        first = words[n].group(0).casefold()
        if n == len(words) - 1 or first in _NOT_BENCH or first in self.families or first in self.developers:
            return None
        if n == 0 and not clause[: m.start(1)].strip() and _ADJECTIVE.fullmatch(words[0].group(0)):
            return None  # "Independent leaderboard ...": a word capitalised by its place
        if n == len(words) - 2 and tuple(name_parts(first)) in self._unnumbered:
            return None  # "the ARC-AGI leaderboard" (beside ARC-AGI-2): a benchmark's board, that benchmark
        return re.compile(r"(.+)", re.S).match(clause, m.start(1) + words[n].start(), m.end(1))

    def _plain_benchmarks(self, clause: str, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """`found` and the benchmark names the catalog lacks that are written plainly where a benchmark goes."""
        models = [m for m in mentions if m.kind == "model"] + self.uncatalogued_in(clause)
        taken = Spans.of(mentions + found + models)
        benches = [(m.start, m.end) for m in mentions + found if m.kind == "benchmark"]
        plain: dict[int, re.Match] = {}  # start -> the name

        def take(m: re.Match | None, shaped: bool = False) -> bool:
            if m is None or m.start(1) in plain or taken.overlaps(m.start(1), m.end(1)):
                return False
            if MODELS_LISTED.search(clause, 0, m.start(1)):
                return False  # "surpassing expert models such as WhisperV3 and ...": models, not benchmarks
            word = m.group(1)
            first = name_parts(word)[0].casefold() if name_parts(word) else ""
            if word.casefold() in _NOT_BENCH or first in LEADING or first in self.families or first in self.developers:
                return False
            if word.casefold() in self._organisation_words:  # "on DeepMind tasks": a lab's, not a benchmark's
                return False
            if (shaped and not _BENCH_SHAPE.fullmatch(_V_AFTER.sub("", word))) or _GOES_ON.match(clause, m.end(1)):
                return False
            if not clause[: m.start(1)].strip() and _ADJECTIVE.fullmatch(word):
                return False  # "Extensive evaluation shows ...": a word capitalised by its place, not a name
            plain[m.start(1)] = m
            benches.append((m.start(1), m.end(1)))
            return True

        for m in [*_BOARD_TITLE.finditer(clause), *_BOARD_WORD.finditer(clause)]:
            board = self._board(clause, m)
            if board is not None and not taken.overlaps(*board.span(1)) and board.start(1) not in plain:
                plain[board.start(1)] = board
                benches.append(board.span(1))
        for m in _BENCH_PLACE.finditer(clause):
            take(m, shaped=True)
        for m in _BENCH_EXCEPTED.finditer(clause):
            take(m)
        for m in _BENCH_EXAMPLE.finditer(clause):
            take(m, shaped=True)
        spelled = list(_BENCH_SPELLED.finditer(clause))
        for m in spelled:
            take(m)
        for m in _BENCH_NOUN.finditer(clause):
            if not any(s.start() <= m.start(1) < s.end() for s in spelled):
                take(m)
        heading = _BENCH_HEADING.match(clause) or _BENCH_HEADING_BRACKETS.match(clause)
        if not benches and heading and heading.group(1).casefold() not in _REMARK_HEADS:
            # a heading names the benchmark of a claim that names none ("NOTE: X beats Y on AIME": no)
            take(heading, shaped=True)
        grown = True
        while grown:  # "GSM8K, Hellaswag, BoolQ and Winograd": the words listed beside a benchmark
            grown = False
            for start, end in list(benches):
                grown |= take(_LIST_NEXT.match(clause, end))
                grown |= take(_LIST_BEFORE.search(clause[:start]))
        out = list(found)
        for m in plain.values():
            name = m.group(1)
            close = self._closest(name)
            how = f"benchmark {name!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
            out.append(Mention("benchmark", name, m.start(1), m.end(1), name, how, catalogued=False))
        return sorted(out, key=lambda m: m.start)
