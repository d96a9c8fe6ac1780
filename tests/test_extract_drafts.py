"""Drafting from a document (`harness/extract/drafts.py`): what the document says of itself is held to what a draft's
source must be, before anything is drafted."""

from datetime import timedelta

from click.testing import CliRunner

from harness.cli.main import cli


def page(day: str, url: str = "https://a.example/post", publisher: str = "Alpha Blog") -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{day}">'
        f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="{publisher}">'
        "</head><body><p>Alpha-1 outperformed Beta-2 on BigBench.</p></body></html>"
    )


def test_a_document_dated_after_today_is_refused_before_anything_is_drafted(proj, tmp_path):
    # each draft was rejected with the date one by one ("rejected: ...: source.date: ... is in the future"), and the run
    # still succeeded with no draft
    from harness.claims.catalog_entries import latest_today

    today = latest_today()
    tomorrow = today + timedelta(days=1)
    article = tmp_path / "a.html"
    article.write_text(page(tomorrow.isoformat()))
    for command in ("extract", "check"):
        r = CliRunner().invoke(cli, [command, str(article), "--project", str(proj.root)])
        assert (r.exit_code, r.output) == (
            2,
            f"Error: {article}: the document's own date: {tomorrow} is in the future (the latest date anywhere now is "
            f"{today}): the day the claim was made; give --date\n",
        )
    assert not (proj.root / "drafts").exists()
    # look-alikes: the day given on the command line wins, and a document dated today is drafted
    r = CliRunner().invoke(cli, ["extract", str(article), "--project", str(proj.root), "--date", today.isoformat()])
    assert r.exit_code == 0 and r.output.endswith("a.html: 1 draft, 0 candidates\n")
    article.write_text(page(today.isoformat()))
    r = CliRunner().invoke(cli, ["extract", str(article), "--project", str(proj.root), "--force"])
    assert r.exit_code == 0 and r.output.endswith("a.html: 1 draft, 0 candidates\n")


def test_a_documents_own_url_or_publisher_a_claim_refuses_is_refused_before_anything_is_drafted(proj, tmp_path):
    article = tmp_path / "a.html"
    for said, line in [
        ({"publisher": "Alpha\u202eBlog"}, "publisher: holds the control character '\\u202e': write printable text on "
                                          "one line; give --publisher"),
        ({"publisher": "P" * 301}, "publisher: is too long (at most 300 characters); give --publisher"),
        ({"url": "https://a.example/a post"}, "url: must be an http(s) URL without spaces or invisible characters; give "
                                              "--url"),
    ]:  # fmt: skip
        article.write_text(page("2025-01-10", **said))
        r = CliRunner().invoke(cli, ["extract", str(article), "--project", str(proj.root)])
        assert (r.exit_code, r.output) == (2, f"Error: {article}: the document's own {line}\n")
    assert not (proj.root / "drafts").exists()


def test_a_url_the_document_gives_is_kept_without_credentials_or_secret_parameters(proj, tmp_path):
    # a canonical link with user:password@ and a token put them in every draft, and every page citing the claim
    import yaml

    article = tmp_path / "a.html"
    article.write_text(page("2025-01-10", url="https://reader:hunter2@a.example/post?token=s3cret&amp;page=2"))
    r = CliRunner().invoke(cli, ["extract", str(article), "--project", str(proj.root)])
    assert r.exit_code == 0, r.output
    (draft,) = (proj.root / "drafts").glob("*.yaml")
    assert yaml.safe_load(draft.read_text())["source"]["url"] == "https://a.example/post?page=2"
    assert "hunter2" not in draft.read_text() and "s3cret" not in draft.read_text()
