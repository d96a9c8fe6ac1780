"""A place said twice of one model, once beside the models after it ("Top Performer: X is the highest-ranked model,
followed closely by Y"), is one draft: a drafted place has no competitors, so the two were the same claim file. Every
sentence here was written for these tests. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document


def test_a_place_said_twice_beside_other_models_is_one_draft(ex):
    text = "Top Performer: GPT-4o is the highest-ranked model on MMLU, followed closely by o3-mini."
    found = ex.extract(Document("t.txt", text))
    assert [(f.kind, f.subject, f.top, f.benchmarks) for f in found] == [
        ("ranks", "gpt-4o", 1, ["mmlu"]),
        ("ranks", "o3-mini", 2, ["mmlu"]),
    ]
    # the models the place was said beside are kept (what "them" in the next sentence may stand for)
    assert found[0].competitors == ["o3-mini"]
    # two places that differ stay two
    text = "GPT-4o ranks first on MMLU and ranks second on GPQA."
    assert [(f.subject, f.top, f.benchmarks) for f in ex.extract(Document("t.txt", text))] == [
        ("gpt-4o", 1, ["mmlu"]),
        ("gpt-4o", 2, ["gpqa"]),
    ]
