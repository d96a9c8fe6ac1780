"""A maker's product named as a win's object ("has surpassed OpenAI's Sora", "beats GPT-4o and Google's Veo") is a
rival kept as written (uncatalogued, with a review note saying how it was read): the draft named no competitor, or
left that one out unsaid (names as people write them: a vendor's prefix). A family's word after the
maker's ("Google's Gemini") stays a family; a product a comparison only describes ("Very similar to Anthropic's ...")
is no rival. Every sentence here was written for these tests. Catalog: the seed catalog plus the extraction fixtures'
catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def drafts(ex: Extractor, text: str) -> list:
    return [(f.kind, f.subject, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]


def test_a_makers_product_after_a_win_is_a_rival(ex):
    [found] = ex.extract(Document("t.txt", "Vela 2 has surpassed OpenAI’s Quasar on the VBench board."))
    assert (found.kind, found.subject, found.competitors, found.benchmarks) == (
        "outperforms",
        "Vela 2",
        ["Quasar"],
        ["VBench"],
    )
    assert (
        "'Quasar' is not in the catalog (read as a model's name by its maker's word before it, 'OpenAI’s', after a cue)"
        in found.review
    )
    assert drafts(ex, "Zorb-7 beats GPT-4o and Google's Quasar on MMLU.") == [
        ("outperforms", "Zorb-7", ["gpt-4o", "Quasar"], ["mmlu"])
    ]


def test_a_family_after_the_makers_word_and_a_product_described_are_no_such_rival(ex):
    assert drafts(ex, "Zorb-7 beats Google's Gemini on MMLU.") == []
    assert [c.reason for c in ex.candidates] == [
        "no competitor the catalog knows; names the catalog does not know: 'Zorb-7'; a family named, not a model: 'Gemini'"
    ]
    assert drafts(ex, "Very similar to Anthropic's Quasar Use, Zorb-7 understands screens.") == []
