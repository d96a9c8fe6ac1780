"""bench/import_sweep.py: every real fixture under tests/fixtures/importers/ is swept, model cards included."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).parent.parent


def _sweep():
    spec = importlib.util.spec_from_file_location("import_sweep", REPO / "bench" / "import_sweep.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_model_cards_are_swept_with_their_page_as_the_source():
    # a model card is a README.md, and .md files were skipped with the notes: the sweep printed no model-card line
    # at all, where README says it imports every real file under the fixtures
    sweep = _sweep()
    cards = sorted(p.name for p in (REPO / "tests" / "fixtures" / "importers" / "model_card").glob("*.md"))
    swept = {p.name for p in sweep.files(sweep.FIXTURES)}
    assert cards and set(cards) <= swept
    assert "SOURCES.md" not in swept
    # a card whose results name no source is refused without --source-url: its huggingface.co page, from its name
    jat = sweep.FIXTURES / "model_card" / "jat-project_jat_README_excerpt.md"
    assert sweep._card_page(jat, "model-card") == "https://huggingface.co/jat-project/jat"
    assert sweep._card_page(jat, "csv") == ""
    record = sweep.sweep_one(
        sweep.FIXTURES / "model_card" / "AdamCodd_distilbert-base-uncased-finetuned-sentiment-amazon_README.md"
    )
    assert (record["format"], record["outcome"], record["counts"]["imported"]) == ("model-card", "imported", 7)
