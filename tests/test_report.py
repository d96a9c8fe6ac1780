from harness.report.markdown import esc, link


def test_escape_makes_markdown_inert():
    assert esc("a|b `c` <script>x</script> [l](http://e)\nnext") == (
        "a\\|b \\`c\\` \\<script\\>x\\</script\\> \\[l\\]\\(http://e\\) next"
    )


def test_link_only_for_http_urls():
    assert link("x", "javascript:alert(1)") == "x"
    assert link("a|b", "https://e.example/p(1)") == "[a\\|b](https://e.example/p%281%29)"


def test_hostile_names_render_inert_in_pages(proj, tmp_path):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(
        cat.read_text().replace("name: Beta-2,", 'name: "Be|ta `x` <script>alert(1)</script> [y](http://evil)",')
    )
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,"note | with [link](http://evil)"
        Beta 2,BigBench,pass@1,,70,"Beta|Corp <b>",https://b.example,T,2025-01-01,
        """
    )
    from harness.report.markdown import write_reports

    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "alpha-beats-beta.md").read_text()
    assert "<script>" not in page and "](http://evil)" not in page
    assert "Be\\|ta \\`x\\` \\<script\\>" in page
    rows = [line for line in page.splitlines() if line.startswith("| BigBench")]
    assert rows  # the comparison row is there, and it still has exactly 10 cells
    for line in rows:
        assert line.count("|") - line.count("\\|") == 11


def test_index_lists_each_claim(proj, tmp_path):
    from harness.report.markdown import write_reports

    run = proj.verify()
    write_reports(run.results, ["x.yaml: bad"], run.catalog, tmp_path / "r")
    index = (tmp_path / "r" / "index.md").read_text()
    assert "| [Alpha-1 beats Beta-2 across the board](alpha-beats-beta.md) | 🟡 partially supported |" in index
    assert "- x.yaml: bad" in index
