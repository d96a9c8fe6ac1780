"""Sentences that were silent on the sixth fresh check set: a cue whose subject is only a pronoun or a role
("It also outperforms ...", "The faster variant ranks second"), and a model's name made a measure of level ("a
GPT-4o-caliber competitor"); on the seventh: a cue whose subject is its results ("Its performance is
state-of-the-art"), a plain word heading the sentence as its subject ("Hermes is trained to ..., achieving
state-of-the-art ..."), and "performs comparably with" (a match the lexicon lacked); and on the eighth: a pronoun or a
role at the sentence's head whose cue comes later ("It scored 87.7% on ...", "The models are designed for ... and
outperform ..."). Each now gives a candidate that says why no draft was written, or a draft. Tested on sentences
written for the rule, with look-alikes that must not change. Catalog: the seed catalog plus the extraction fixtures'
catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_cue_whose_subject_is_a_pronoun_or_a_role_is_never_silent(ex):
    # each was silent: the reading of the cue gave a reason, but the sentence names no model of its own
    assert read(ex, "The toolkit was released in March. It also clearly beats models of every size class.") == []
    assert reasons(ex) == ["the subject could not be read: 'It' names no model"]
    assert read(ex, "The smaller dense variant ranks third with 1402 Elo.") == []
    assert reasons(ex) == [
        "no subject the catalog knows; "
        "the subject is written 'The smaller dense variant', a pronoun or a role for a model named elsewhere"
    ]
    assert read(ex, "Trained on public data only, it has surpassed the best open models in nine public tests.") == []
    assert reasons(ex) == ["the subject could not be read: 'it' names no model"]
    # look-alikes: a role that holds a name is that model's claim; a sentence without a cue stays without a word
    assert read(ex, "The Qwen2.5 72B model beats GPT-4o on MMLU.") == [
        ("Qwen2.5 72B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None)
    ]
    assert read(ex, "It was trained on public data only.") == []
    assert reasons(ex) == []
    # "it" is still read as the model the sentence before named, where one is
    assert read(ex, "Phi-4 was released today. It beats GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None)
    ]


def test_a_models_name_as_a_measure_of_level_is_a_cue_not_understood(ex):
    # "a GPT-4o-caliber competitor" gave nothing: "GPT-4o-caliber" was read as a model name, and no cue was seen
    text = "Acme shipped Zorb 2, billed as an o1-level assistant for coding."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "cue not understood: 'o1-level' is no phrase of the lexicon; 'o1-level' names o1 as a measure of level; "
        "names the catalog does not know: 'Zorb 2'"
    ]
    assert read(ex, "Zorb 2 is a GPT-4o-caliber model for chat.") == []
    assert reasons(ex)[0].startswith("cue not understood: 'GPT-4o-caliber' is no phrase of the lexicon; "
                                     "'GPT-4o-caliber' names GPT-4o as a measure of level")  # fmt: skip
    # look-alikes: a level word after no model's name ("graduate-level", "best-in-class") is no cue
    assert read(ex, "Zorb 2 answers graduate-level questions.") == []
    assert reasons(ex) == []
    assert read(ex, "Phi-4 beats GPT-4o on graduate-level science (GPQA).") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa"], "all", None)
    ]


def test_a_subject_that_is_its_results_or_a_plain_word_is_never_silent(ex):
    # each was silent
    text = "Its accuracy is state-of-the-art for speech translation, outperforming other open-weights models."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "no subject the catalog knows; "
        "the subject is written 'Its accuracy', a pronoun or a role for a model named elsewhere"
    ]
    text = "Hermes is trained on audio and text, achieving state-of-the-art performance across a range of audio benchmarks."
    assert read(ex, text) == []
    assert reasons(ex) == ["the subject could not be read: 'Hermes' is no model the catalog knows, nor shaped like one"]
    # look-alikes: no word about models or results, or a developer at the head, stays without a word
    assert read(ex, "Lisbon is the best city to visit in spring.") == []
    assert reasons(ex) == []
    assert read(ex, "Meta is the best lab on the leaderboard.") == []
    assert reasons(ex) == []


def test_performs_comparably_with_is_a_match(ex):
    # silent: no cue of the lexicon, and a pronoun for its subject
    assert read(ex, "In summarization, Kimi K2 performs comparably with GPT-4o mini and Gemini 2.0 Flash.") == [
        ("kimi-k2", "matches", ["gpt-4o-mini", "gemini-2.0-flash"], "shared", "all", None)
    ]
    assert read(ex, "In summarization, it performs comparably with closed models such as GPT-4o mini.") == []
    assert reasons(ex) == ["the subject could not be read: 'it' names no model"]
    # look-alikes: comparable in speed, or tested alongside, is no match
    assert read(ex, "Kimi K2 performs comparably with GPT-4o mini in throughput.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('throughput'), not benchmark results"]
    assert read(ex, "Kimi K2 was tested comparably with GPT-4o mini.") == []


def test_a_pronoun_or_a_role_at_the_head_with_its_cue_later_is_never_silent(ex):
    # each was silent: the subject stands at the sentence's head, its cue (a score, "superior", a win) comes later
    assert read(ex, "It scored 88.1% on PubMedQA — within the range of far larger systems.") == []
    assert reasons(ex) == [
        "the subject could not be read: 'It' names no model (a pronoun or a role for a model named elsewhere), "
        "before the cue 'scored'"
    ]
    text = (
        "The newly trained 8B vision model demonstrates superior performance in chart reading, scoring 80.1% on PlotQA."
    )
    assert read(ex, text) == []
    assert reasons(ex) == [
        "the subject could not be read: 'The newly trained 8B vision model' names no model (a pronoun or a role "
        "for a model named elsewhere), before the cue 'superior'"
    ]
    text = "After a year of work, these models run on laptops and beat other open models of their size on coding tests."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "the subject could not be read: 'these models' names no model (a pronoun or a role for a model named "
        "elsewhere), before the cue 'beat'"
    ]
    # look-alikes: no cue after the head, a sentence about no model or result, a role that holds a name
    for text in ("It was trained on public data for a year.", "It is the best way to learn Python."):
        assert read(ex, text) == [] and reasons(ex) == [], text
    assert read(ex, "The Qwen2.5 72B model scored 80.1% on MMLU.") == [
        ("Qwen2.5 72B", "score", [], ["mmlu"], "all", 80.1)
    ]


def test_a_quoted_score_beside_a_model_like_name_is_never_silent(ex):
    # "Kimi Linear achieves 51.0 performance" was silent: a family word and a score, but no cue or "score" word (a
    # family and a word the catalog lacks, "Gemini Diffusion", is now a name as written: test_extract_family_names.py)
    assert read(ex, "Gemini achieves 89.6 on HumanEval in early tests.") == []
    assert reasons(ex) == ["cue 'achieves 89.6' beside 'Gemini' not understood"]
    # look-alikes: a number that is no score of a model; a name the catalog has scores as before
    assert read(ex, "It reaches 80% of its peak speed with 8 GPUs.") == [] and reasons(ex) == []
    assert read(ex, "Phi-4 achieves 80.4 on MATH.") == [("phi-4", "score", [], ["math"], "all", 80.4)]


def test_a_result_quoted_in_brackets_after_a_pronoun_is_never_silent(ex):
    # "On RULER (128k context length), it shows Pareto-optimal performance (84.3) and 3.98x speedup." was silent
    assert read(ex, "On NIAH (64k tokens), it shows near-perfect performance (97.5) and a 2x speedup.") == []
    assert reasons(ex) == [
        "the subject could not be read: 'it' names no model (a pronoun or a role for a model named elsewhere), "
        "before the cue 'performance (97.5)'"
    ]
    # look-alikes: a year or a ratio in brackets; no result word before the bracket
    assert read(ex, "In our results (2024), it shows a steady trend.") == [] and reasons(ex) == []
    assert read(ex, "It improves throughput (2.1x) over the baseline.") == [] and reasons(ex) == []
