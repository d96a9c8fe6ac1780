"""A sentence of very many comparisons (one pasted or hostile line with no full stop) is read in pieces of at most
`pieces.MOST_CUES` cues, so that reading it costs its length times that bound, never its length times its count of
cues; the sentence is listed as a candidate that says so, and the claims of every piece are drafted. Every sentence
here was written for these tests. Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract import pieces
from harness.extract.documents import Document
from harness.extract.lexicon import Extractor
from harness.extract.pieces import MOST_CUES


def read_with_cues(ex: Extractor, monkeypatch, text: str) -> list[int]:
    """The count of cues of each sentence the extractor reads: the work each cue's look-back costs is bounded by it."""
    counts, reading = [], ex._sentence

    def counted(sentence, *args):
        counts.append(len(ex.cues.cues(sentence)))
        return reading(sentence, *args)

    monkeypatch.setattr(ex, "_sentence", counted)
    ex.extract(Document("t.txt", text))
    return counts


def test_a_sentence_of_very_many_cues_is_read_in_pieces_of_at_most_the_bound(ex, monkeypatch):
    assert MOST_CUES == 16
    text = "Aaa, Zorbix outperforms " * 40
    assert read_with_cues(ex, monkeypatch, text) == [16, 16, 8]
    [said] = ex.candidates
    assert (said.location, said.reason) == (
        "characters 0-960",
        "a sentence of 40 comparison or ranking cues (more than 16) read in 3 pieces of at most 16: a claim whose "
        "subject and cue fall in two pieces may be misread or missed",
    )
    assert said.quote == text.strip()
    # ten times as long: ten times as many pieces, none with more cues
    assert read_with_cues(ex, monkeypatch, text * 10) == [16] * 25


def test_a_sentence_within_the_bound_is_read_whole(ex, monkeypatch):
    text = "Aaa, Zorbix outperforms " * 16
    assert read_with_cues(ex, monkeypatch, text) == [16]
    assert ex.candidates == []
    assert read_with_cues(ex, monkeypatch, "GPT-4o beats Llama 3 70B on MMLU and matches o1 on GSM8K.") == [2]


def test_every_piece_is_drafted_and_a_claim_made_again_is_one(ex):
    # twenty claims in one line: each piece's claims are drafted, the sentence is a candidate for being cut
    benches = ["MMLU", "HumanEval", "GSM8K", "MBPP", "AIME", "AMC", "MATH", "GPQA", "DROP", "LiveBench"]
    said = [f"{subject} beats DeepSeek-V3 on {bench}; " for subject in ("GPT-4o", "DeepSeek-R1") for bench in benches]
    found = ex.extract(Document("t.txt", "".join(said)))
    assert [(f.subject, f.competitors, f.benchmarks) for f in found] == [
        (subject, ["deepseek-v3"], [bench]) for subject in ("gpt-4o", "deepseek-r1")
        for bench in ["mmlu", "humaneval", "gsm8k", "mbpp", "aime", "amc", "math", "gpqa", "drop", "livebench"]
    ]  # fmt: skip
    assert {f.kind for f in found} == {"outperforms"}
    # each quotes the whole sentence, and says where its own clause is
    assert {f.quote for f in found} == {"".join(said).strip()}
    assert [f.location for f in found][15:17] == ["characters 550-587", "characters 589-626"]
    assert [c.reason.split(":")[0] for c in ex.candidates] == [
        "a sentence of 20 comparison or ranking cues (more than 16) read in 2 pieces of at most 16"
    ]


def test_a_piece_ends_at_a_clause_or_before_the_word_its_cue_follows(monkeypatch):
    monkeypatch.setattr(pieces, "MOST_CUES", 2)
    text = "A beats B, C beats D; E beats F G beats H I beats J"
    cues = [("outperforms", n, n + len("beats")) for n in range(len(text)) if text.startswith("beats", n)]
    cut = [text[a:b] for a, b in pieces.pieces(text, cues)]
    assert cut == ["A beats B, C beats D; ", "E beats F G beats H ", "I beats J"]
    assert pieces.pieces(text, cues[:2]) == [(0, len(text))]


def test_a_claim_every_piece_makes_is_one_claim(ex):
    text = "DeepSeek-R1 outperforms GPT-4o and " * 40
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.kind, f.competitors, f.quote) for f in found] == [
        ("deepseek-r1", "outperforms", ["gpt-4o"], text.strip())
    ]
    assert [c.reason.split(":")[0] for c in ex.candidates] == [
        "a sentence of 40 comparison or ranking cues (more than 16) read in 3 pieces of at most 16"
    ]
