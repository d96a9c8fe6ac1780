"""The model another was built from is never the subject of its claim ("X, based on Llama 3, is the most capable ...",
"our model X from Qwen2.5-32B, resulting in ..."); and the next edition of a benchmark written after "&" or "and"
("AIME24 & 25", "AIME 2024 and 2025") is that edition. Sentences written for the rules, not taken from a labelled
set. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]


def test_the_model_built_from_is_no_subject(ex):
    # drafted as Llama 3.1 405B's ranking and o3's win
    assert read(ex, "Meta claims Nova-70B, based on Llama 3.1 405B, is now the strongest open model on MMLU.") == [
        ("Nova-70B", "ranks", [], ["mmlu"])
    ]
    assert read(
        ex, "We train our model Nova-R1 from Qwen2.5-32B, resulting in better scores than o1-mini on MATH."
    ) == [("Nova-R1", "outperforms", ["o1-mini"], ["math"])]
    # look-alikes: a benchmark after "based on" is the claim's, and a rival after "up from" stays a rival
    assert read(ex, "GPT-4o beats Llama 3.1 405B, based on MMLU and GPQA.") == [
        ("gpt-4o", "outperforms", ["llama-3.1-405b"], ["mmlu", "gpqa"])
    ]
    assert read(ex, "Qwen3-Max, distilled from DeepSeek-R1, outperforms o3 on AIME 2025.") == [
        ("Qwen3-Max", "outperforms", ["o3"], ["aime-2025"])
    ]


def test_the_next_edition_after_an_ampersand_or_and(ex):
    # drafted on AIME 2024 alone
    assert read(ex, "Phi-4 beats GPT-4o on AIME24 & 25.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024", "aime-2025"])
    ]
    assert read(ex, "Phi-4 beats GPT-4o on AIME 2024 and 2025.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024", "aime-2025"])
    ]
    # look-alike: a count after "and" is no edition
    assert read(ex, "Phi-4 beats GPT-4o on AIME 2024 and 25 other tasks.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024"])
    ]


def test_the_one_model_named_as_what_an_unnamed_subject_was_built_from_is_no_subject(ex):
    # each drafted as DeepSeek-R1 beating o3, with no review note: the claim is the unnamed model's, a candidate says so
    for text in (
        "Our 8B student distilled from DeepSeek-R1 beats o3 on AIME 2025.",
        "Based on DeepSeek-R1, our new model beats o3 on AIME 2025.",
    ):
        assert read(ex, text) == []
        assert len(ex.candidates) == 1
    # look-alikes: a name after what it was trained on is the subject; one named before the cue with no base phrase too
    assert read(ex, "Trained on 15T tokens, DeepSeek-R1 beats o3 on AIME 2025.") == [
        ("deepseek-r1", "outperforms", ["o3"], ["aime-2025"])
    ]
    assert read(ex, "Built for math, DeepSeek-R1 beats o3 on AIME 2025.") == [
        ("deepseek-r1", "outperforms", ["o3"], ["aime-2025"])
    ]
