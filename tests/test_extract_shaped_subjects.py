"""A name the catalog lacks, of a model's shape but starting like no family it knows, at the head of its clause with a
verb after it is the clause's subject: on the sixth fresh check set "K2-Think is a reasoning system that
achieves state-of-the-art performance", "In complex mathematical reasoning, K2-THINK stands out as the leading
open-source model" and "..., Hermes 4 showed a result of 57.1%, significantly outperforming GPT-4o" gave only "no
subject the catalog knows". Tested on sentences written for the rule, with look-alikes that must stay as they were.
Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.value, f.uncatalogued) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_shaped_name_at_the_head_of_its_clause_with_a_verb_after_it_is_the_subject(ex):
    assert read(ex, "Zorb-7 is a compact reasoning model that achieves state-of-the-art results on GSM8K.") == [
        ("Zorb-7", "ranks", [], ["gsm8k"], None, ["Zorb-7"])
    ]
    assert read(ex, "On MMLU, Zorb-7 stands out as the leading open model.") == [
        ("Zorb-7", "ranks", [], ["mmlu"], None, ["Zorb-7"])
    ]
    # the clause without a cue hands its subject to the next
    assert read(ex, "Zorb-7 excels in coding, achieving state-of-the-art scores on HumanEval.") == [
        ("Zorb-7", "ranks", [], ["humaneval"], None, ["Zorb-7"])
    ]
    assert read(
        ex, "In the latest test, which many labs use, Zorb-7 showed 81.2% on MMLU, clearly outperforming GPT-4o."
    ) == [
        ("Zorb-7", "outperforms", ["gpt-4o"], ["mmlu"], None, ["Zorb-7"]),
        ("Zorb-7", "score", [], ["mmlu"], 81.2, ["Zorb-7"]),
    ]
    [f] = ex.extract(Document("t.txt", "On MMLU, Zorb-7 stands out as the leading open model."))
    assert (
        "'Zorb-7' is not in the catalog (read as a model's name by its shape and its place as its clause's subject)"
        in f.review
    )


def test_look_alikes_a_shaped_word_with_no_result_or_not_at_the_head_stays_a_word(ex):
    # no benchmark, cohort or result: a candidate as before, never a draft
    assert read(ex, "Windows 11 is the best operating system for gaming.") == []
    assert reasons(ex) == ["a ranking word with no benchmark, cohort or result named"]
    assert read(ex, "COVID-19 spread faster than expected.") == [] and reasons(ex) == []
    # not at the head of its clause, nor with a verb after it
    assert read(ex, "Our team, Zorb-7 fans, loves it.") == [] and reasons(ex) == []
    assert read(ex, "We tested the Zorb-7 update on MMLU and it beats GPT-4o.") == []
