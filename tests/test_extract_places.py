"""A ranking that names its place by number ("ranked #1", "at #9", "took first place") is a claim of a place on
results though no board is named (the tenth fresh check set's "TranslateGemma ranked #1 across all
languages." and "Gemini 1.5 Flash at #9, outperforming ..." gave a candidate or no ranking); with no board in the
sentence, that of the title or of the sentence before. Tested on sentences written for the rule, with look-alikes that
must not draft. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.top) for f in ex.extract(Document("t.txt", text))]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_place_by_number_with_no_board_is_a_ranking(ex):
    # each gave "a ranking word with no benchmark, cohort or result named"
    assert read(ex, "Phi-4 ranked #1 in every language tested.") == [("phi-4", "ranks", [], "shared", 1)]
    assert read(ex, "Phi-4 took first place.") == [("phi-4", "ranks", [], "shared", 1)]
    assert read(ex, "Phi-4 is now the best #1 model in the world.") == [("phi-4", "ranks", [], "shared", 1)]


def test_at_a_numbered_place_beside_a_comparison_gives_both_claims(ex):
    # "at #4" was read as nothing ("sits at #4," neither: the comma after the number stopped the cue)
    assert read(ex, "Phi-4 at #4, ahead of GPT-4o.") == [
        ("phi-4", "ranks", [], "shared", 4),
        ("phi-4", "outperforms", ["gpt-4o"], "shared", 1),
    ]
    assert read(ex, "Phi-4 sits at number 6, closing in on GPT-4o.") == [
        ("phi-4", "ranks", [], "shared", 6),
        ("phi-4", "matches", ["gpt-4o"], "shared", 1),
    ]


def test_a_place_with_no_board_is_on_the_titles_board(ex):
    assert read(ex, "GPQA Diamond results\n\nPhi-4 ranks #3 across all models.") == [
        ("phi-4", "ranks", [], ["gpqa-diamond"], 3)
    ]


def test_look_alikes_a_place_among_apps_and_a_bare_superlative_draft_nothing(ex):
    assert read(ex, "The app is #1 on the App Store, powered by Phi-4.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('App Store'), not benchmark results"]
    assert read(ex, "Phi-4 is the best model.") == []
    assert reasons(ex) == ["a ranking word with no benchmark, cohort or result named"]
    assert read(ex, "Phi-4 ranked #1 in downloads.") == []
    # a number of thousands is no place: "at #1,000" is no cue
    assert read(ex, "Phi-4 sits at #1,000 on the list of repositories.") == []
