"""Never silent: the shapes behind the sentences of the ninth fresh check set that gave neither a
draft nor a candidate, each written as a general rule and tested on sentences written for it, with look-alikes that
must stay as they were. A rank cue "the first ... model that" or "pushes the performance boundaries"; "has a slight
advantage" with no "over"; a hedge in a source named after the claim ("..., according to X, one of the leading
platforms"), which is the source's, not the claim's; a role with "a"/"an" heading the sentence ("A new open model has
claimed ..."); a name after a maker's possessive with "model" after it ("Acme's Zorb model, ..., reached"); names the
sentence itself calls models ("Zorb Lite and Zorb Max, two compact Arabic models that ..."). And a decision: a comparison
given as users' view with no benchmark named ("X writes better poems than Y, say users") is a preference, not a result
the catalog can check, so it gives a candidate saying so, never a draft. Catalog: the seed catalog plus the extraction
fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_first_model_that_and_pushing_the_boundaries_are_rank_cues(ex):
    assert (
        read(ex, "We find that Quill-Omni is the first open model that handles speech, images and video at once.") == []
    )
    assert reasons(ex) == [
        "cue not understood: 'the first open model that' beside 'Quill-Omni'; 'Quill-Omni' is no name the catalog knows"
    ]
    assert read(ex, "Quill-Omni pushes the performance boundaries of open models on video.") == []
    assert reasons(ex) == [
        "cue not understood: 'pushes the performance boundaries' beside 'Quill-Omni'; "
        "'Quill-Omni' is no name the catalog knows"
    ]
    # look-alike: a date pushed back is no cue
    assert read(ex, "Quill-Omni pushed the release date of its models back by a week.") == [] and reasons(ex) == []


def test_an_advantage_with_no_rival_named_is_a_cue(ex):
    text = "Both models do well on reasoning, but Quill-7 has a clear advantage thanks to its longer training."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "cue not understood: 'has a clear advantage' beside 'Quill-7'; 'Quill-7' is no name the catalog knows"
    ]
    # look-alikes: "has a long context window", "takes advantage of" say nothing of results against a rival
    for text in (
        "Quill-7 has a long context window for models of its size.",
        "Quill-7 takes advantage of sparse attention.",
    ):
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_a_hedge_in_the_source_named_after_the_claim_is_the_sources(ex):
    # "one of the leading" describes the source, so the claim before it stands (it was set aside as hedged)
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, according to Acme, one of the leading labs.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"])
    ]
    # look-alike: a hedge in the claim itself still hedges it
    assert read(ex, "Phi-4 is one of the leading models on MMLU, according to Acme.") == []
    assert reasons(ex) == ["hedged, planned or denied ('one of the leading'): not a claim of a result"]


def test_a_role_with_a_or_an_heading_the_sentence_is_never_silent(ex):
    assert read(ex, "A new open-weight model takes the crown as the best model for coding.") == []
    assert reasons(ex) == [
        "the subject could not be read: 'A new open-weight model' names no model (a pronoun or a role for a model "
        "named elsewhere), before the cue 'takes the crown'"
    ]
    # look-alike: no cue
    assert read(ex, "A model is a program that was trained on text.") == [] and reasons(ex) == []


def test_a_name_after_a_makers_possessive_or_called_a_model_is_model_like(ex):
    text = "Acme’s Zorb model, tuned on public data, reached state-of-the-art results on most vision benchmarks."
    assert read(ex, text) == []
    assert reasons(ex) == ["cue not understood: 'state-of-the-art' beside 'Zorb'; 'Zorb' is no name the catalog knows"]
    text = (
        "At the core of the suite are Zorb Lite and Zorb Max, two compact Arabic models that are best in their class "
        "on standard benchmarks."
    )
    assert read(ex, text) == []
    assert reasons(ex) == ["cue not understood: 'best' beside 'Zorb Max'; 'Zorb Max' is no name the catalog knows"]
    # look-alikes: a team after the possessive; names called something other than models
    assert read(ex, "Acme’s research team, based in Paris, reached a record in hiring.") == [] and reasons(ex) == []
    assert read(ex, "Zorb Lite and Zorb Max, two cafés in Lisbon, are the best in town.") == [] and reasons(ex) == []


def test_a_comparison_given_as_users_view_with_no_benchmark_is_a_candidate(ex):
    # a draft on every shared benchmark before: a preference of people, not a result
    assert read(ex, "Phi-4 writes better stories than GPT-4o, say many users.") == []
    assert reasons(ex) == ["users' opinion ('say many users') with no benchmark named: not a benchmark result"]
    # silent before: "cleaner code than" was no cue, and "users" read as a word of popularity
    assert read(ex, "Users say Phi-4 writes tidier code than GPT-4o.") == []
    assert reasons(ex) == ["users' opinion ('Users say') with no benchmark named: not a benchmark result"]
    # look-alikes: users' view on a named benchmark, and a maker's say, are claims as ever; a comparison of
    # popularity stays without a word
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, users say.") == [("phi-4", "outperforms", ["gpt-4o"], ["mmlu"])]
    # ... a benchmark the catalog lacks too: drafted as written, as it is without "say users"
    assert read(ex, "Phi-4 trails GPT-4o on WMT24, say users.") == read(ex, "Phi-4 trails GPT-4o on WMT24.")
    assert read(ex, "Phi-4 trails GPT-4o on WMT24.") == [("gpt-4o", "outperforms", ["phi-4"], ["WMT24"])]
    assert read(ex, "Phi-4 is better than GPT-4o, its makers say.") == [("phi-4", "outperforms", ["gpt-4o"], "shared")]
    assert read(ex, "Phi-4 pulled ahead in downloads, users say.") == [] and reasons(ex) == []
