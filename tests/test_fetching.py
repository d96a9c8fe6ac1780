"""What a link or a checkout gives in place of the file it names (`harness/evidence/fetching.py`): refused as what it
is, never read as the format asked for."""

import pytest
from click.testing import CliRunner

from harness.cli.main import cli

PAGE = "\ufeff\n<!-- saved -->\n<!DOCTYPE html>\n<html lang=en><head><title>board.csv</title></head><body>...</body></html>\n"


@pytest.mark.parametrize("fmt, name", [("csv", "board.csv"), ("lm-eval", "results.json"), ("model-card", "README.md")])
def test_a_web_page_in_place_of_the_file_is_refused_as_what_it_is(proj, tmp_path, fmt, name):
    # GitHub's view of a file, or a sign-in page, saved or fetched in its place: a csv import said "no column for
    # model, benchmark, score; map one with --columns SRC=FIELD (columns: <!DOCTYPE html>...)"
    source = tmp_path / name
    source.write_text(PAGE)
    r = CliRunner().invoke(cli, ["import", fmt, str(source), "--source-url", "https://board.example", "--project",
                                 str(proj.root)])  # fmt: skip
    assert (r.exit_code, r.output) == (
        2,
        f"Error: {source}: an HTML page, not a {fmt} file: a web page that shows the file (on GitHub or Hugging Face), "
        "or a sign-in page; give the raw file's address (…/raw/…)\n",
    )


def test_a_table_or_card_that_only_mentions_html_is_read():
    # look-alikes: HTML further in (a model card's front matter, then a <div>), a cell that holds "<html>"
    from harness.evidence.fetching import Fetched, refuse_stand_in

    for text in ("---\nmodel-index: []\n---\n<html>\n", "model,benchmark,score\n<html>,MMLU,1\n", "<htmlx>"):
        refuse_stand_in(Fetched(text.encode(), "x"), "csv")
