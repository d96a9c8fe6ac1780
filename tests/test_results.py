"""Whether the sources behind a comparison disagree (`Comparison.conflict`), decided in time linear in the rows."""

from datetime import date

from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge.results import Comparison

compared = []


class Score(float):
    """A score that counts how often it is compared with another."""

    def __eq__(self, other):
        compared.append(1)
        return float(self) == float(other)

    def __ne__(self, other):
        compared.append(1)
        return float(self) != float(other)

    __hash__ = float.__hash__


def row(value: float, table: str, setting: Setting = Setting()) -> ScoreRecord:
    return ScoreRecord(
        origin="scores.csv", model="alpha-1", benchmark="big-bench", metric="pass@1", setting=setting,
        value=Score(value), reported_by=f"Lab {table}", source_url=f"https://{table}.example", source_locator="T",
        as_of=date(2025, 1, 1),
    )  # fmt: skip


def conflict(rows: list[ScoreRecord]) -> bool:
    return Comparison("big-bench", "beta-2", 80.0, 70.0, "win", subject_rows=rows).conflict


def test_many_rows_of_one_model_on_one_benchmark_are_compared_per_setting_not_pair_by_pair():
    # one model's 20,000 rows of one benchmark took 25 s to check, and 100,000 more than ten minutes: every pair
    rows = [row(80.0, str(i)) for i in range(2000)]
    compared.clear()
    assert conflict(rows) is False
    assert len(compared) <= 3 * len(rows)  # was 1,999,000: one comparison for each pair of the 2,000 rows
    assert conflict([*rows, row(79.0, "other")]) is True


def test_rows_of_settings_that_could_be_the_same_disagree_unless_one_table_gives_both():
    five, zero, unstated = Setting(shots=5), Setting(shots=0), Setting()
    assert conflict([row(80.0, "a", five), row(70.0, "b", zero)]) is False  # two settings: no disagreement
    assert conflict([row(80.0, "a", five), row(70.0, "b", unstated)]) is True  # could be one setting
    assert conflict([row(80.0, "a", five), row(70.0, "a", unstated)]) is False  # one table's two settings
    assert conflict([row(80.0, "a", five), row(70.0, "a", five)]) is True  # one table, one setting, two scores
    assert conflict([row(80.0, "a", five), row(80.0, "b", five), row(70.0, "a", unstated)]) is True
