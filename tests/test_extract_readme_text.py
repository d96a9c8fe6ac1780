"""Text as READMEs write it: paragraphs wrapped at a fixed width, names in bold or code marks, two subjects
joined by "and its ... version", and "superior performance beyond X" (found on THUDM/GLM-4's launch README)."""

from harness.extract.documents import Document


def read(ex, text, name="t.md"):
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document(name, text))]


def test_a_line_wrapped_inside_a_sentence_does_not_end_it(ex):
    # the quote began at "and its human preference-aligned version ...": the first subject and the areas were lost
    text = "On MMLU and GPQA Diamond, Kimi K2\nand Kimi K2 Thinking beat GPT-4o."
    assert [s for _, s in Document("t.md", text).sentences()] == [
        "On MMLU and GPQA Diamond, Kimi K2\nand Kimi K2 Thinking beat GPT-4o."
    ]
    assert read(ex, text) == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu", "gpqa-diamond"]),
        ("kimi-k2-thinking", "outperforms", ["gpt-4o"], ["mmlu", "gpqa-diamond"]),
    ]
    # a line ending with a comma or a word no sentence ends with goes on, whatever the next line starts with
    assert [s for _, s in Document("t.md", "Kimi K2 beats the\nGPT-4o model on MMLU.").sentences()] == [
        "Kimi K2 beats the\nGPT-4o model on MMLU."
    ]


def test_lines_that_stand_alone_still_end_where_they_end(ex):
    # look-alikes: a heading, a list, a table row, a title line and a line ending a sentence or opening a list
    text = (
        "# Kimi K2\nbeats GPT-4o\n\n- Kimi K2 leads\n- and GPT-4o trails\n\n| a | b |\n| c | d |\n\n"
        "Introducing Kimi K2\nToday we release it.\nIt ranks first.\nbut not on MMLU\n\nOur results:\nand more"
    )
    assert [s for _, s in Document("t.md", text).sentences()] == [
        "# Kimi K2",
        "beats GPT-4o",
        "Kimi K2 leads",  # each item alone, its bullet no part of it
        "and GPT-4o trails",
        "| a | b |",
        "| c | d |",
        "Introducing Kimi K2",
        "Today we release it.",
        "It ranks first.",
        "but not on MMLU",
        "Our results:",
        "and more",
    ]


def test_names_in_bold_or_code_marks_are_read_as_written_plainly(ex):
    plain = read(ex, "Kimi K2 and Kimi K2 Thinking beat GPT-4o on MMLU.")
    assert (
        read(ex, "**Kimi K2** and **Kimi K2 Thinking** beat `GPT-4o` on MMLU.")
        == plain
        == [
            ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"]),
            ("kimi-k2-thinking", "outperforms", ["gpt-4o"], ["mmlu"]),
        ]
    )


def test_a_model_and_its_version_named_after_it_are_both_subjects(ex):
    assert read(ex, "Kimi K2 and its reasoning version Kimi K2 Thinking beat GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"]),
        ("kimi-k2-thinking", "outperforms", ["gpt-4o"], ["mmlu"]),
    ]
    # look-alike: "and its" followed by no version of it is no second subject
    assert read(ex, "Kimi K2 and its team say Kimi K2 Thinking beats GPT-4o on MMLU.") == [
        ("kimi-k2-thinking", "outperforms", ["gpt-4o"], ["mmlu"])
    ]


def test_superior_performance_beyond_a_model_is_a_win_over_it(ex):
    assert read(ex, "Kimi K2 has shown superior performance beyond GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"])
    ]
    assert read(ex, "Kimi K2 shows better results over GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"])
    ]
    # look-alike: "better over time" names no model after it
    assert read(ex, "Kimi K2 shows better results over time on MMLU.") == []


def test_a_name_with_its_size_ending_a_sentence_is_read_as_before_a_word(ex):
    # "... surpass models like Llama3.1-8B and Qwen2.5-7B.": the name read with its full stop ("Qwen2.5-7B.") was not
    # the family and size it is, where the same name before "on MMLU" was
    inside = read(ex, "On MMLU, Kimi K2 beats Llama-405B on average.")
    assert (
        read(ex, "On MMLU, Kimi K2 beats Llama-405B.")
        == inside
        == [("kimi-k2", "outperforms", ["llama-3.1-405b"], ["mmlu"])]
    )


def test_gains_named_after_a_fronted_comparison_are_a_win_over_its_model(ex):
    # "Compared to DeepSeek-Coder, DeepSeek-Coder-V2 demonstrates significant advancements in ...": a candidate
    # ("'Compared to' is no phrase of the lexicon"), where "Compared with X, Y achieves higher scores" was a draft
    for text in (
        "Compared to GPT-4o, Kimi K2 demonstrates significant advancements on MMLU.",
        "Compared with GPT-4o, Kimi K2 shows clear improvements on MMLU.",
        "Compared with GPT-4o, Kimi K2 achieves higher scores on MMLU.",
    ):
        assert read(ex, text) == [("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"])], text
    # look-alikes: gains with no fronted comparison name no rival, and a fronted comparison with a loss is a loss
    assert read(ex, "Kimi K2 demonstrates significant advancements on MMLU.") == []
    assert read(ex, "Compared to GPT-4o, Kimi K2 lags on MMLU.") == [("gpt-4o", "outperforms", ["kimi-k2"], ["mmlu"])]
