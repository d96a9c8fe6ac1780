"""Reviewed source names (catalog/aliases/<source>.yaml): a review is dated on a real day, not after today."""

from datetime import timedelta

import pytest

from harness.claims.catalog_entries import latest_today
from harness.errors import InputError
from harness.evidence.aliases import load_aliases


def _aliases(root, reviewed_on: str):
    folder = root / "catalog" / "aliases"
    folder.mkdir(parents=True)
    (folder / "lmarena.yaml").write_text(
        "source: lmarena\n"
        "aliases:\n"
        "- name: model-a-0901\n"
        "  model: model-a\n"
        "  reviewed_by: R\n"
        f"  reviewed_on: {reviewed_on}\n"
    )


def test_a_review_dated_after_today_is_refused(tmp_path):
    today = latest_today()  # the day is in the future only once it is nowhere yet
    tomorrow = today + timedelta(days=1)
    _aliases(tmp_path, f"'{tomorrow}'")  # as `link` writes it: quoted
    with pytest.raises(InputError) as exc:
        load_aliases(tmp_path, "lmarena")
    assert str(exc.value) == (
        f"catalog/aliases/lmarena.yaml:6: aliases[0].reviewed_on: {tomorrow} is in the future (the latest date anywhere now is {today}): "
        "the day the name was reviewed"
    )


@pytest.mark.parametrize("written", ["2026-13-01", "last week"])
def test_a_review_date_that_is_no_day_is_refused(tmp_path, written):
    _aliases(tmp_path, f"'{written}'")
    with pytest.raises(InputError) as exc:
        load_aliases(tmp_path, "lmarena")
    assert (
        str(exc.value)
        == f"catalog/aliases/lmarena.yaml:6: aliases[0].reviewed_on: must be a date, YYYY-MM-DD, got {written!r}"
    )


def test_a_review_time_is_no_review_day_even_at_midnight(tmp_path):
    # YAML reads it as a time, and its day was taken whatever its zone (2026-12-03 in UTC)
    _aliases(tmp_path, "2026-12-04T00:00:00+05:00")
    with pytest.raises(InputError) as exc:
        load_aliases(tmp_path, "lmarena")
    assert str(exc.value) == (
        "catalog/aliases/lmarena.yaml:6: aliases[0].reviewed_on: must be a date, YYYY-MM-DD, got a time, "
        "2026-12-04T00:00:00+05:00 (2026-12-03 in UTC): write the day it means"
    )


@pytest.mark.parametrize("written", ["'2026-12-04'", "2026-12-04", "''"])
def test_a_review_dated_today_or_before_or_left_blank_loads(tmp_path, written):
    _aliases(tmp_path, written)
    alias = load_aliases(tmp_path, "lmarena")["model-a-0901"]
    assert (alias.model, alias.reviewed_on) == ("model-a", written.strip("'"))
