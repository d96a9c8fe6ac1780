"""Names read whole where their shape was cut or refused: a word that heads a document's parts ("Step", "Table")
followed by a dash is a name's first part ("Step-Audio 2 reaches 83.1%"; "Step 2" and "Table 3" are still no names); a
version that ends the sentence ("followed closely by Stable Diffusion 3.") is the name's; a name right after "followed
by" stands where a model's does (a follower in an order of places); "Audio" after a model's name makes it another model
("GPT-4o Audio"). Every sentence here was written for these tests, with look-alikes that must stay as they were.
Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.subject, f.top if f.kind == "ranks" else f.value if f.kind == "score" else f.competitors)
        for f in ex.extract(Document("t.txt", text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_document_parts_word_before_a_dash_is_a_names_first_part(ex):
    assert said(ex, "Step-Audio 2 beats GPT-4o on MMLU.") == [("outperforms", "Step-Audio 2", ["gpt-4o"])]
    assert said(ex, "On MMLU, Table-Net 3 reaches 83.1%.") == [("score", "Table-Net 3", 83.1)]
    # look-alikes: a step and a table by their numbers are no models
    assert said(ex, "In Step 2 we score 80% on MMLU.") == ["names the catalog does not know: 'Step 2'"]
    assert said(ex, "Table 3 shows GPT-4o at 80% on MMLU.") == [("score", "gpt-4o", 80.0)]


def test_audio_after_a_models_name_is_another_model(ex):
    assert said(ex, "Step-Audio 2 beats GPT-4o Audio on MMLU.") == [("outperforms", "Step-Audio 2", ["GPT-4o Audio"])]
    # look-alike: in lower case, a word of the sentence
    assert said(ex, "Step-Audio 2 beats GPT-4o audio models on MMLU.")[0] == ("outperforms", "Step-Audio 2", ["gpt-4o"])


def test_a_follower_with_a_version_at_the_sentence_end_is_read(ex):
    assert said(ex, "On MMLU, GPT-4o is first, followed by Zorb Pro 3.") == [
        ("ranks", "gpt-4o", 1),
        ("ranks", "Zorb Pro 3", 2),
    ]
    # look-alike: a release order names no place, a product after "followed by" no model
    assert said(ex, "OpenAI shipped GPT-5 in August, followed by Windows 11 in October.") == []
