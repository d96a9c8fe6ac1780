"""A rank table's members without a score: a long list said once under the table, a short one in its cell."""

from types import SimpleNamespace

from harness.report.unscored import unscored

LONG = ["GLM-4.6", "Mistral Large 3", "GLM-4.5", "DeepSeek-R1-0528"]


def _row(benchmark, missing):
    return SimpleNamespace(benchmark=benchmark, missing_members=missing)


def test_a_long_list_repeated_row_after_row_is_written_once_per_distinct_list():
    # the seed's page printed the same 13 names in each of 18 rows of its rank table
    ranks = [
        _row("aime", LONG),
        _row("gpqa", LONG[:2] + LONG[3:] + ["Kimi K2"]),
        _row("arena", []),
        _row("hmmt", LONG),
        _row("mmlu", ["Kimi K2"]),
        _row("swe", LONG),
    ]
    cells, lines = unscored(ranks, str.upper)
    assert cells == ["4, listed below", "4, listed below", "–", "4, listed below", "Kimi K2", "4, listed below"]
    assert lines == [
        "Members without a score on AIME, HMMT and SWE (4): GLM-4.6, Mistral Large 3, GLM-4.5, DeepSeek-R1-0528.",
        "Members without a score on GPQA (4): GLM-4.6, Mistral Large 3, DeepSeek-R1-0528, Kimi K2.",
    ]


def test_lists_of_three_or_fewer_stay_in_their_cells():
    cells, lines = unscored([_row("aime", LONG[:3]), _row("gpqa", [])], str.upper)
    assert (cells, lines) == (["GLM-4.6, Mistral Large 3, GLM-4.5", "–"], [])
