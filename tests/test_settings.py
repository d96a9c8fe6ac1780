import pytest

from harness.settings import Setting, parse_bool, parse_setting


@pytest.mark.parametrize(
    "setting,metric,bench,expected",
    [
        ("no tools", "Pass@1", "", Setting(tools=False, aggregation="pass@1")),
        ("With code execution", "accuracy", "", Setting(tools=True)),
        (
            "agentic, tools enabled",
            "Pass@1",
            "BrowseComp (with context management)",
            Setting(tools=True, aggregation="pass@1", harness="context management"),
        ),
        ("Terminus-2 agent", "accuracy", "", Setting(harness="Terminus")),
        ("fixed subset n=477 of the 500", "resolved", "", Setting(subset="n=477")),
        ("5-shot, cons@64", "", "", Setting(aggregation="cons@64", shots=5)),
        ("Single attempt", "resolved", "", Setting(aggregation="pass@1")),
        (
            "official HLE template (instead of DeepSeek boxed template)",
            "Pass@1",
            "",
            Setting(aggregation="pass@1", prompt="official hle template"),
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
