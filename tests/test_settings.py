import pytest

from harness.evidence.settings import Setting, harness_named, measure_of, parse_bool, parse_setting, unparsed


@pytest.mark.parametrize(
    "setting,metric,bench,expected",
    [
        ("no tools", "Pass@1", "", Setting(tools=False, aggregation="pass@1", measure="share correct")),
        ("With code execution", "accuracy", "", Setting(tools=True, measure="share correct")),
        (
            "agentic, tools enabled",
            "Pass@1",
            "BrowseComp (with context management)",
            Setting(tools=True, aggregation="pass@1", harness="context management", measure="share correct"),
        ),
        ("Terminus-2 agent", "accuracy", "", Setting(harness="Terminus 2", measure="share correct")),
        ("fixed subset n=477 of the 500", "resolved", "", Setting(subset="n=477", measure="share correct")),
        ("5-shot, cons@64", "", "", Setting(aggregation="cons@64", shots=5)),
        ("Single attempt", "resolved", "", Setting(aggregation="pass@1", measure="share correct")),
        (
            "official HLE template (instead of DeepSeek boxed template)",
            "Pass@1",
            "",
            Setting(aggregation="pass@1", prompt="official hle template", measure="share correct"),
        ),
    ],
)
def test_parse_setting(setting, metric, bench, expected):
    assert parse_setting(setting, metric, bench) == expected


def test_differences_ignore_unknown_fields():
    a = Setting(tools=False, aggregation="pass@1")
    assert a.differences(Setting(tools=True)) == ["tools: no tools vs tools"]
    assert a.differences(Setting(aggregation="pass@1")) == []
    assert a.unknown_against(Setting(aggregation="pass@1")) == ["tools"]


def test_parse_bool():
    assert parse_bool("Yes") is True
    assert parse_bool("") is None
    with pytest.raises(ValueError):
        parse_bool("maybe")


@pytest.mark.parametrize(
    "text,label",
    [
        ("w/ tools", "tools"),
        ("w/ python", "tools"),
        ("w/o tools", "no tools"),
        ("With search and code execution", "tools"),
        ("Grok 4 Heavy", "heavy"),
        ("parallel test-time compute", "parallel"),
        ("best of 8", "best-of-8"),
        ("majority vote over 64 samples", "maj@64"),
        ("5-shot CoT", "5-shot, CoT"),
        ("zero-shot", "0-shot"),
        ("non-thinking", "non-thinking"),
        ("thinking mode", "thinking"),
        ("16K thinking budget", "16k budget"),
        ("high reasoning effort", "high effort"),
        ("mini-swe-agent scaffold", "mini-SWE-agent"),
    ],
)
def test_settings_vocabulary(text, label):
    assert parse_setting(text).label() == label
    assert unparsed(text) == ()


def test_phrases_that_name_a_setting_but_are_not_understood_are_reported():
    assert unparsed("agentic, tools enabled, custom agent harness; temperature 1.0") == ("custom agent harness",)
    assert unparsed("as reported in DeepSeek's table (comparator; DeepSeek does not state per-model harness)") == ()
    assert unparsed("thinking budget of many tokens") == ("thinking budget of many tokens",)


def test_free_text_never_names_a_harness_after_the_word_agent():
    # "Agent mode" is no agent called "mode" (15ce977 read "Agent X" in any setting text); an importer sets
    # the harness from its source's own agent field, by the vocabulary's names where one matches
    assert parse_setting("Agent mode, 5-shot").harness is None
    assert parse_setting("Scaffold v2").harness is None
    assert unparsed("Agent mode, 5-shot") == ("Agent mode",)
    assert [harness_named(x) for x in ("HAL  Generalist Agent", "OpenHands 0.28", "", None)] == [
        "HAL Generalist Agent",
        "OpenHands 0.28",
        "",
        "",
    ]


def test_a_harness_keeps_its_version_and_a_field_is_read_whole():
    # "Terminus" and "Terminus 2" are two agents (Epoch's Terminal-Bench table, GPT-5: 30.0 and 41.3); a search
    # for the known name read both as Terminus. A field is the vocabulary's name only where it is that name whole
    fields = ("Terminus", "Terminus 2", "terminus 2.0", "OpenHands v0.28", "Mini SWE-Agent", "Terminus-KIRA",
              "SWE-agent based scaffold")  # fmt: skip
    assert [harness_named(x) for x in fields] == [
        "Terminus",
        "Terminus 2",
        "Terminus 2.0",
        "OpenHands 0.28",
        "mini-SWE-agent",
        "Terminus-KIRA",
        "SWE-agent based scaffold",
    ]
    texts = (
        "Terminus 2, no thinking",
        "Terminus, 5-shot",
        "Terminus 5-shot",
        "OpenHands 128k context",
        "OpenHands 0.59",
    )
    assert [parse_setting(t).harness for t in texts] == [
        "Terminus 2",
        "Terminus",
        "Terminus",
        "OpenHands",
        "OpenHands 0.59",
    ]
    # a full stop after the version ends the text, not the version
    ends = ("run with Terminus 2.", "OpenHands 0.28.1.", "Terminus 2.x")
    assert [parse_setting(t).harness for t in ends] == ["Terminus 2", "OpenHands 0.28.1", "Terminus"]


@pytest.mark.parametrize(
    "metric,measure",
    [
        ("Pass@1", "share correct"),
        ("accuracy", "share correct"),
        ("Resolved", "share correct"),
        ("EM", "share correct"),
        ("Rating (not a percentage)", "rating"),
        ("Elo rating", "rating"),
        ("Percentile", "percentile"),
        ("normalized score", "normalized score"),
        ("score", None),
        ("mc2", "mc2"),
        ("Weird Metric", "weird metric"),
        # a percent sign and nothing else said of what is counted: the share of items right (OpenAI's simple-evals
        # heads its column "HumanEval%"; its 87.6 was set aside as "it measures humaneval%")
        ("HumanEval%", "share correct"),
        ("SCAD Gen (%)", "share correct"),
        ("win rate (%)", "win rate (%)"),
        ("LC WinRate (%)", "lc winrate (%)"),
        ("score (%)", "score (%)"),
    ],
)
def test_what_a_metric_measures(metric, measure):
    assert measure_of(metric) == measure


def test_a_rating_and_a_percentile_never_pair():
    rating, pct = parse_setting("", "Rating"), parse_setting("", "Percentile")
    assert rating.differences(pct) == ["measure: rating vs percentile"]
    assert rating.label() == pct.label() == "unspecified"  # the metric is its own column, not part of the label


@pytest.mark.parametrize(
    "text,label",
    [
        # the claim's own words for a setting (`setting: {tools: true}`, `new --setting thinking=true`)
        ("tools=true", "tools"),
        ("Tools: on", "tools"),
        ("web search enabled", "tools"),
        ("python = true", "tools"),
        ("thinking=true", "thinking"),
        ("reasoning: on", "thinking"),
        ("extended thinking enabled", "thinking"),
        ("shots=5", "5-shot"),
        ("shots: 0", "0-shot"),
        ("tools=true; thinking=false; shots=3", "tools, 3-shot, non-thinking"),
        # the off-switch was read before, and still is
        ("tools=false", "no tools"),
        ("thinking: off", "non-thinking"),
    ],
)
def test_a_setting_written_as_a_claim_writes_it_is_read(text, label):
    assert parse_setting(text).label() == label
    assert unparsed(text) == ()


def test_on_after_a_setting_name_needs_a_colon_or_equals_sign():
    # "search on the web" names no switch: still a phrase the vocabulary does not read, warned about
    assert parse_setting("search on the web").tools is None
    assert unparsed("search on the web") == ("search on the web",)
