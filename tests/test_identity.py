"""Source names resolve through aliases and stated suffix patterns, never by dropping an effort."""

from pathlib import Path

from harness.claims.catalog import load_catalog
from harness.evidence.identity import resolve_model, slug, spellings

CATALOG = """
organisations:
  - {id: openai, name: OpenAI}
models:
  - {id: o3-high, name: o3 (high), developer: openai, open_weights: false}
  - {id: gpt-oss-120b, name: gpt-oss 120b, aliases: [gpt-oss-120b-model], developer: openai, open_weights: true}
  - {id: gpt-4o, name: GPT-4o, developer: openai, open_weights: false}
"""


def catalog(tmp_path: Path):
    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "m.yaml").write_text(CATALOG)
    return load_catalog(tmp_path / "catalog", tmp_path)


def test_effort_and_date_suffixes_are_written_out(tmp_path):
    cat = catalog(tmp_path)
    found = resolve_model(cat, "o3-2025-04-16_high")
    assert (found.id, found.how) == ("o3-high", "effort suffix _high, date suffix dropped")
    # another effort never lands on the high entry, and the bare name is never tried for it
    assert resolve_model(cat, "o3-2025-04-16_medium") is None
    assert [s for s, _ in spellings("o3_low")] == ["o3_low", "o3 (low)", "o3 low"]


def test_repo_ids_dates_and_the_sources_own_names(tmp_path):
    cat = catalog(tmp_path)
    assert resolve_model(cat, "openai/gpt-oss-120b-model").how == "repo owner dropped"
    assert resolve_model(cat, "gpt-4o-2024-08-06").id == "gpt-4o"
    assert resolve_model(cat, "x-version-7", aliases=("GPT-4o",)).how == "the source's name 'GPT-4o' for this version"
    # a name that is only an id is not a source's spelling
    assert resolve_model(cat, "o3-high") is None


def test_new_ids_avoid_taken_ids_and_other_entries_spellings():
    taken = {"falcon-7b"}
    assert slug("Falcon 7B", taken) == "falcon-7b-2"
    assert slug("Falcon-7B!", taken, frozenset({"falcon-7b-3"})) == "falcon-7b-4"
    assert slug("_weird", set()) == "weird"
