"""Rivals listed as models after a win, whatever their shape ("outperforming larger models including Quill-TS (Acme
Labs), Orca Bolt (Amazon), KestrelFM (Google), and Moirai (Salesforce)"), are competitors kept as written: the draft
kept only the names of a model's shape and left the others out unsaid (uncatalogued rivals beside a shaped
subject). Where no model is named before the win, a listed name is no rival of anyone's; a family's word alone
ends the list. Every sentence here was written for these tests. Catalog: the seed catalog plus the extraction fixtures'
catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_names_listed_after_models_including_are_rivals(ex):
    text = (
        "Vela-2 sets a new record on MMLU, outperforming larger models including Quill-TS (Acme Labs), Orca Bolt "
        "(Amazon), KestrelFM (Google), and Moirai (Salesforce)."
    )
    assert said(ex, text) == [
        ("ranks", "Vela-2", [], ["mmlu"]),
        ("outperforms", "Vela-2", ["Quill-TS", "Orca Bolt", "KestrelFM", "Moirai"], ["mmlu"]),
    ]
    [_, win] = ex.extract(Document("t.txt", text))
    assert (
        "'Orca Bolt' is not in the catalog (read as a model's name by its place in a list after 'models including')"
        in (win.review)
    )
    assert said(ex, "Zorb-7 improves over baseline agents like Orca Bolt and UI-TARS on MMLU.") == [
        ("outperforms", "Zorb-7", ["Orca Bolt", "UI-TARS"], ["mmlu"])
    ]


def test_no_winner_named_or_a_family_alone_ends_the_list(ex):
    assert said(ex, "The 14B version outperformed models such as Sora, Luma and Pika on MMLU.") == [
        "the subject could not be read: 'The 14B version' names no model"
    ]
    # (read as rivals, the last would be taken for the subject of the score and the place after it)
    text = (
        "The 14B version outperformed models such as Orca, Kestrel, and Pika in the MMLU evaluation with a total score "
        "of 86.2%, firmly holding the top position."
    )
    assert said(ex, text) == ["the subject could not be read: 'The 14B version' names no model"]
    assert said(ex, "Zorb-7 beats models such as GPT-4o, Gemini and Kestrel on MMLU.") == [
        ("outperforms", "Zorb-7", ["gpt-4o"], ["mmlu"])
    ]
