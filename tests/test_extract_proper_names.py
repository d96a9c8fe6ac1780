"""A name with no model's shape read by its place: a capitalised word after an opening phrase and its comma, with a
claim's cue or a quoted score right after it ("With only 82M parameters, Kokoro topped ..."), in a clause that names a
benchmark, a score or a rival; and numbers that are no score of the subject: the first of a change ("from 6.5% to
57.1%") and a share of what a model is trained with ("1% of the training data"). Every sentence here was written for
these tests, with look-alikes that must stay as they were. Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.subject, f.value if f.kind == "score" else f.competitors, f.benchmarks)
        for f in ex.extract(Document("t.txt", text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_capitalised_word_after_an_opening_phrase_heading_a_claim_is_a_name(ex):
    assert said(ex, "With only 80 million parameters, Zorbix topped the MMLU leaderboard.") == [
        ("ranks", "Zorbix", [], ["mmlu"])
    ]
    assert said(ex, "Despite its small size, Zorbix beats GPT-4o on MMLU.") == [
        ("outperforms", "Zorbix", ["gpt-4o"], ["mmlu"])
    ]
    assert said(ex, "In our tests, Zorbix scored 71.2% on MMLU.") == [("score", "Zorbix", 71.2, ["mmlu"])]
    # a "with" phrase between the name and its verb; a verb, then the cue later
    assert said(ex, "On the MMLU benchmark, Quillon with 256 dimensions outperforms all existing entries.") == [
        ("ranks", "Quillon", [], ["mmlu"])
    ]
    assert said(ex, "According to early reports, Vantor has achieved a state-of-the-art score on MMLU.") == [
        ("ranks", "Vantor", [], ["mmlu"])
    ]
    # an acronym, all in capitals
    assert said(ex, "Of the models assessed, ZORB beats GPT-4o on MMLU.") == [
        ("outperforms", "ZORB", ["gpt-4o"], ["mmlu"])
    ]


def test_the_name_read_by_its_place_is_kept_as_written_with_a_note(ex):
    [found] = ex.extract(Document("t.txt", "Despite its small size, Zorbix beats GPT-4o on MMLU."))
    assert found.uncatalogued == ["Zorbix"]
    assert any("capitalised after an opening phrase" in note for note in found.review)


def test_no_proper_noun_read_where_the_place_or_the_claim_says_otherwise(ex):
    # at the sentence's start any word is capitalised: "Humans", "Zorbix" alone are not read so
    assert said(ex, "Humans scored 92% on MMLU.") == ["the subject could not be read: the sentence names no model"]
    assert said(ex, "Zorbix scored 71.2% on MMLU.") == ["the subject could not be read: the sentence names no model"]
    # a maker, a word of a phrase's opening
    assert said(ex, "In 2024, Google topped the MMLU leaderboard.") == ["no subject the catalog knows"]
    assert said(ex, "On MMLU, Overall results are higher than GPT-4o.") == ["no subject the catalog knows"]
    # no benchmark, score or rival named: no result; no cue: no claim
    assert said(ex, "According to the report, Zorbix beats expectations.") == []
    assert said(ex, "Despite its size, Zorbix is popular with developers.") == []
    # the cue is about price
    assert said(ex, "In March, Zorbix beats GPT-4o on price.") == [
        "about cost, speed, size or popularity ('price'), not benchmark results"
    ]


def test_the_first_number_of_a_change_and_a_share_of_the_data_are_no_scores(ex):
    text = (
        "With 817 samples, Zorb-7 achieves 57.1% on MMLU, improving the performance of previous models from 6.5% to "
        "57.1% on MMLU, while only using 1% of the training data."
    )
    assert said(ex, text) == [("score", "Zorb-7", 57.1, ["mmlu"])]
    # look-alike: a share of people is read as before, a score quoted after "up from" stays
    assert said(ex, "Zorb-7 scores 61.5% on MMLU, up from 40.2% for Orca-3.") == [("score", "Zorb-7", 61.5, ["mmlu"])]
