"""What a candidate's reason no longer calls a name: a sentence's opening adverb or participle ("Consistently
outperforms ...", "Achieving 76.1% ...") and a cue's own words ("State-of-the-Art (SOTA) Performance"). Every sentence
here was written for these tests, with look-alikes that must stay as they were. Catalog: the seed catalog plus the
extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_an_opening_adverb_or_participle_is_no_name_in_a_reason(ex):
    assert said(ex, "Consistently outperforms GPT-4o on MMLU.") == ["no subject the catalog knows"]
    assert said(ex, "Consistently outperforms existing open-source models across multiple benchmarks.") == [
        "the subject could not be read: the sentence names no model"
    ]
    text = "Achieving 76.1% on SWE-bench Verified, we bring Verdent to the world as a state-of-the-art agent."
    assert said(ex, text) == ["no subject the catalog knows"]
    # a short name ending so is a name
    assert said(ex, "Kling outperforms Sora on VBench.") == [
        "no subject the catalog knows; names the catalog does not know: 'Kling', 'Sora'"
    ]


def test_a_cues_own_words_are_no_name_beside_it(ex):
    assert said(ex, "State-of-the-Art (SOTA) Performance") == []
    assert said(ex, "Zorb-7B: State-of-the-Art (SOTA) Performance") == [("ranks", "Zorb-7B", [], "shared")]
