"""Ways of saying first place (or a numbered place) that the lexicon lacked, found among the sixth fresh check set's
missed rankings: a place by its number before a comma ("ranked 5th,"), a superlative with three words
before "model", a cohort that is "fully open", "setting a new record", "the number one overall position", "the
world's highest", "industry-leading results" and "the highest score any ... has"; and from the seventh's: "the most
performant" or '"smartest"' model, "highest-performing", "risen to the top" and "reset the record". Tested on
sentences written for each rule, with look-alikes that must stay as they were. Catalog: the seed catalog plus the
extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.top if f.kind == "ranks" else None)
            for f in found]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_numbered_place_before_a_comma_is_a_place(ex):
    # "ranked 5th," was no cue: the comma after the ordinal failed the check meant for "ranks 1,000"
    assert read(ex, "On MMLU, Phi-4 ranked 5th, just behind GPT-4o.") == [
        ("phi-4", "ranks", [], ["mmlu"], "all", None, 5),
        ("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
    ]
    # look-alike: numbers in a list are no place
    assert read(ex, "Phi-4 ranked 5, 6 and 7 in three runs.") == []


def test_a_superlative_with_three_words_before_model_is_first_place(ex):
    assert read(ex, "Phi-4 is the strongest open small reasoning model on GSM8K.") == [
        ("phi-4", "ranks", [], ["gsm8k"], "all", None, 1)
    ]
    # look-alike: "the strongest of" names no model class
    assert read(ex, "Phi-4 was the strongest of the three models we trained.") == []


def test_fully_open_is_a_cohort_of_open_models(ex):
    # "a ranking word with no benchmark, cohort or result named": "fully open" was no cohort
    found = ex.extract(Document("t.txt", "Phi-4 is the best fully open thinking model."))
    assert [(f.subject, f.kind, f.cohort) for f in found] == [("phi-4", "ranks", {"open_weights": True})]
    # look-alike: "open" alone before another word is still no cohort
    assert read(ex, "Phi-4 is the best open thinking model.") == []
    assert reasons(ex) == ["a ranking word with no benchmark, cohort or result named"]


def test_record_number_one_worlds_highest_and_industry_leading_are_first_place(ex):
    assert read(ex, "Phi-4 scored 91.2% on GSM8K, setting a new record.") == [
        ("phi-4", "ranks", [], ["gsm8k"], "all", None, 1),
        ("phi-4", "score", [], ["gsm8k"], "all", 91.2, None),
    ]
    assert read(ex, "Phi-4 reached the number one overall position on the LMArena leaderboard.") == [
        ("phi-4", "ranks", [], ["lmarena-text"], "all", None, 1)
    ]
    assert read(ex, "Phi-4 reached the world's highest level on GSM8K.") == [
        ("phi-4", "ranks", [], ["gsm8k"], "all", None, 1)
    ]
    assert read(ex, "Phi-4 posts industry-leading results on GSM8K.") == [
        ("phi-4", "ranks", [], ["gsm8k"], "all", None, 1)
    ]
    assert read(ex, "Phi-4 scored 91.2% on GSM8K, the highest score any open model has reached.") == [
        ("phi-4", "ranks", [], ["gsm8k"], "all", None, 1),
        ("phi-4", "score", [], ["gsm8k"], "all", 91.2, None),
    ]
    # look-alikes: no result, or no model, stays as it was
    assert read(ex, "The company is the world's best employer.") == []
    assert read(ex, "Phi-4 is an industry-leading product for retail.") == []
    assert read(ex, "Phi-4 set a new standard for documentation.") == []
    assert read(ex, "Phi-4 scored 91.2% on GSM8K, the highest score in its class.") == [
        ("phi-4", "score", [], ["gsm8k"], "all", 91.2, None)
    ]


def test_more_superlatives_records_and_rises_are_first_place(ex):
    # each gave "cue not understood" or "no benchmark, cohort or result named", never a ranking
    assert read(ex, "Kimi K2 is the most performant model on SWE-bench Verified.") == [
        ("kimi-k2", "ranks", [], ["swe-bench-verified"], "all", None, 1)
    ]
    assert read(ex, 'Kimi K2 was named the "smartest" open-weight model on SWE-bench Verified.') == [
        ("kimi-k2", "ranks", [], ["swe-bench-verified"], "all", None, 1)
    ]
    assert read(ex, "Qwen3-Max debuted as the highest-performing open-weight AI on MMLU.") == [
        ("Qwen3-Max", "ranks", [], ["mmlu"], "all", None, 1)
    ]
    assert read(ex, "Recently, Qwen3-Max has quickly risen to the top of open-source models on MMLU.") == [
        ("Qwen3-Max", "ranks", [], ["mmlu"], "all", None, 1)
    ]
    assert read(ex, "DeepSeek-V3.2 directly reset the record on AIME 2025.") == [
        ("deepseek-v3.2", "ranks", [], ["aime-2025"], "all", None, 1)
    ]
    assert read(ex, "GLM-4.6 beats previous records on SWE-bench Verified.") == [
        ("GLM-4.6", "ranks", [], ["swe-bench-verified"], "all", None, 1)
    ]
    # look-alikes: a record or a rise that is no model's place
    assert read(ex, "The whole team set records for attendance as GLM-4.6 beats GPT-4o on MMLU.") == [
        ("GLM-4.6", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Its price has risen to the top of the range, and GLM-4.6 beats GPT-4o on MMLU.") == [
        ("GLM-4.6", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
