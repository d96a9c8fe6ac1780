"""Reading a source (`harness/evidence/fetching.py`): what a link or a checkout gives in place of the file it names is
refused as what it is, never read as the format asked for; where a redirect leads is said in the project's words."""

import http.server

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


class _Redirects(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(302)
        self.send_header("Location", "/loop.csv" if self.path == "/loop.csv" else "file:///etc/passwd")
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_a_redirect_loop_or_one_to_another_scheme_is_said_in_the_projects_words():
    # "TooManyRedirects: Exceeded maximum allowed redirects." and "UnsupportedProtocol: Request URL has an
    # unsupported protocol 'file://'." named the HTTP library's classes
    from harness.evidence.fetching import FetchError, fetch
    from tests.local_server import serve

    server, base = serve(_Redirects)
    try:
        lines = []
        for name in ("loop.csv", "elsewhere.csv"):
            with pytest.raises(FetchError) as caught:
                fetch(f"{base}/{name}")
            lines.append(str(caught.value).removeprefix(base))
    finally:
        server.shutdown()
        server.server_close()
    assert lines == [
        "/loop.csv: redirected over and over (a loop of redirects): nothing there can be read",
        "/elsewhere.csv: redirected to a file:// address, never followed (only http and https are read)",
    ]
