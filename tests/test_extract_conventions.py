"""The label conventions decided for every labelled set (issue 24), followed by the extractor: (a) a ranking with no
quantifier word is first on all of its benchmarks, `most` only where the text says most or majority; (b) a win over
the subject's own class ("other models of its size", "its peers", "comparably sized alternatives") is first place
among that class; (c) "can compete with", "competitive with" and "on par with" are matches; (d) "Artificial Analysis"
named as a benchmark is its Intelligence Index, where the catalog has it. Tested on sentences written for each rule,
with look-alikes that must stay as they were. Catalog: the seed catalog plus the extraction fixtures' catalog
(tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.top if f.kind == "ranks" else None)
            for f in found]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_ranking_with_no_quantifier_word_is_first_on_all_its_benchmarks(ex):
    # was `most` where the ranking named no benchmark
    [f] = ex.extract(Document("t.txt", "Falcon-40B is the strongest open model available today."))
    assert (f.subject, f.kind, f.benchmarks, f.quantifier, f.top) == ("Falcon-40B", "ranks", "shared", "all", 1)
    assert "no quantifier stated: read as all" in f.review
    assert read(ex, "Zephyr-7B outperformed every previously released open-source model.") == [
        ("Zephyr-7B", "ranks", [], "shared", "all", 1)
    ]
    # look-alikes: "most" and "the majority" are said; a ranking with its benchmarks named was `all` already
    assert read(ex, "Falcon-40B leads on most benchmarks.") == [("Falcon-40B", "ranks", [], "shared", "most", 1)]
    assert read(ex, "Falcon-40B ranks first on the majority of tasks.") == [
        ("Falcon-40B", "ranks", [], "shared", "most", 1)
    ]
    assert read(ex, "Falcon-40B ranks first on MMLU and GSM8K.") == [
        ("Falcon-40B", "ranks", [], ["mmlu", "gsm8k"], "all", 1)
    ]
