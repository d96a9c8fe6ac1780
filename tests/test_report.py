import pytest

from harness.report.markdown import esc, link
from tests.conftest import CLAIM


def test_escape_makes_markdown_inert():
    assert esc("a|b `c` <script>x</script> [l](http://e)\nnext") == (
        "a\\|b \\`c\\` \\<script\\>x\\</script\\> \\[l\\]\\(http://e\\) next"
    )


def test_escape_writes_control_characters_as_their_escapes():
    # a claim's statement or quote is copied from a document: an escape sequence in it reached the page raw
    assert esc("beats\x1b[2J Beta\x07 \u202eX") == "beats\\\\x1b\\[2J Beta\\\\x07 \\\\u202eX"


def test_a_code_span_shows_its_text_as_written(proj, tmp_path):
    # a code span takes no backslash escape: the page said "Claim file: `claims/c\\_1.yaml`"
    from harness.report.markdown import code

    assert [code("claims/c_1.yaml"), code("a`b"), code("`x`"), code("<b>&amp;\x1b")] == [
        "`claims/c_1.yaml`", "``a`b``", "`` `x` ``", "`<b>&amp;\\x1b`"
    ]  # fmt: skip
    from harness.report.writer import write_reports

    proj.claim(CLAIM.format(id="c_1", assertions="  - {kind: outperforms, competitors: [Beta-2]}"), "c_1.yaml")
    run = proj.verify(proj.root / "claims" / "c_1.yaml")
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "c_1.md").read_text()
    assert "Claim file: `claims/c_1.yaml`." in page


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
    from harness.report.writer import write_reports

    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "alpha-beats-beta.md").read_text()
    assert "<script>" not in page and "](http://evil)" not in page
    assert "Be\\|ta \\`x\\` \\<script\\>" in page
    rows = [line for line in page.splitlines() if line.startswith("| BigBench")]
    assert rows  # the comparison row is there, and it still has exactly 14 cells
    for line in rows:
        assert line.count("|") - line.count("\\|") == 15


def test_index_lists_each_claim(proj, tmp_path):
    from harness.report.writer import write_reports

    run = proj.verify()
    write_reports(run.results, ["x.yaml: bad"], run.catalog, tmp_path / "r")
    index = (tmp_path / "r" / "index.md").read_text()
    assert "| [Alpha-1 beats Beta-2 across the board](alpha-beats-beta.md) | 🟡 partially supported |" in index
    assert "- x.yaml: bad" in index


def _many_claims(proj, count: int) -> None:
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    for i in range(count):
        proj.claim(
            f"""
            id: c{i:02d}
            statement: "Alpha-1 beats Beta-2, take {i}"
            source: {{publisher: P, url: "https://p.example/{i}", date: 2025-02-01}}
            subject: Alpha-1
            assertions:
              - {{kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench, SmallBench]}}
            """,
            f"c{i:02d}.yaml",
        )


def _snapshot(folder):
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_unchanged_rerun_touches_no_file_and_one_change_redraws_one_chart(proj, tmp_path):
    from harness.report.writer import write_reports

    _many_claims(proj, 3)
    out = tmp_path / "r"
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    before = _snapshot(out)
    write_reports(run.results, [], run.catalog, out)
    assert _snapshot(out) == before  # same inode and mtime: nothing rewritten
    # c01's statement changes: its pages, and its chart (titled with the claim's words), and the index
    claim = proj.root / "claims" / "c01.yaml"
    claim.write_text(claim.read_text().replace("take 1", "take one"))
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    after = _snapshot(out)
    changed = sorted(name for name in after if after[name] != before.get(name))
    assert changed == [".benchclaims-manifest.json", "c01.html", "c01.md", "c01.png", "index.html", "index.md"]
    # a score changes: every chart that draws it is redrawn, and the manifest records the new bytes
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,no tools,82.0,Alpha Lab,https://alpha.example/card,Table 1,2025-01-10,
        Beta-2,BigBench,pass@1,no tools,70.0,Beta Corp,https://beta.example/blog,Table 2,2025-01-05,
        Alpha-1,SmallBench,pass@1,no tools,60.0,Alpha Lab,https://alpha.example/card,Table 1,2025-01-10,
        Beta-2,SmallBench,pass@1,no tools,60.0,Beta Corp,https://beta.example/blog,Table 2,2025-01-05,
        """
    )
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    again = _snapshot(out)
    assert sorted(n for n in again if n.endswith(".png") and again[n][2] != after[n][2]) == [
        "c00.png",
        "c01.png",
        "c02.png",
    ]


def test_deleted_or_edited_chart_is_redrawn(proj, tmp_path):
    from harness.report.writer import write_reports

    out = tmp_path / "r"
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    png = out / "alpha-beats-beta.png"
    good = png.read_bytes()
    png.write_bytes(b"broken")
    write_reports(run.results, [], run.catalog, out)
    assert png.read_bytes() == good
    png.unlink()
    write_reports(run.results, [], run.catalog, out)
    assert png.read_bytes() == good


def test_charts_drawn_in_processes_are_the_same_bytes(proj, tmp_path):
    from harness.report.writer import POOL_FROM, write_reports

    _many_claims(proj, POOL_FROM + 2)
    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "one", jobs=1)
    write_reports(run.results, [], run.catalog, tmp_path / "two", jobs=2)
    one, two = _snapshot(tmp_path / "one"), _snapshot(tmp_path / "two")
    assert {n: v[2] for n, v in one.items()} == {n: v[2] for n, v in two.items()}
    assert len([n for n in one if n.endswith(".png")]) == POOL_FROM + 2


def test_a_symlink_in_the_report_folder_is_refused_not_followed(proj, tmp_path):
    from harness.outputs import OutputError
    from harness.report.writer import write_reports

    outside = tmp_path / "outside.md"
    outside.write_text("keep me")
    out = tmp_path / "r"
    out.mkdir()
    (out / "index.md").symlink_to(outside)
    run = proj.verify()
    with pytest.raises(OutputError, match="index.md: not a regular file; refusing to replace it"):
        write_reports(run.results, [], run.catalog, out)
    assert outside.read_text() == "keep me"
    assert (out / "index.md").is_symlink()
    assert sorted(p.name for p in out.iterdir()) == [".benchclaims.lock", "index.md"]


def test_a_symlinked_lock_in_the_report_folder_is_refused_naming_its_folder(proj, tmp_path):
    # the report folder's lock was opened through a symlink (creating its target); refused since it is the project
    # lock's, the line said only '.benchclaims.lock: not a regular file', not which folder's
    from harness.outputs import OutputError
    from harness.report.writer import write_reports

    out = tmp_path / "r"
    out.mkdir()
    (out / ".benchclaims.lock").symlink_to(tmp_path / "elsewhere.lock")
    run = proj.verify()
    with pytest.raises(OutputError) as raised:
        write_reports(run.results, [], run.catalog, out, charts=False)
    assert str(raised.value) == f"{out / '.benchclaims.lock'}: not a regular file; refusing to replace it"
    assert not (tmp_path / "elsewhere.lock").exists() and not (out / "index.md").exists()


def test_the_index_explains_strength_in_a_legend(proj, tmp_path):
    from harness.report.writer import write_reports

    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    md = (tmp_path / "r" / "index.md").read_text()
    assert (
        "- **within noise**: the verdict rests on at least one difference that is not significant: it is within " in md
    )
    assert "- **significant**: the verdict stands on significant differences alone" in md
    assert "- **unknown**: a deciding difference has no known uncertainty" in md
    html = (tmp_path / "r" / "index.html").read_text()
    legend = html[html.index('<dl id="strength-legend">') : html.index("</dl>")]
    assert [t.split("</dt>")[0] for t in legend.split("<dt>")[1:]] == [
        "Strength",
        "significant",
        "within noise",
        "unknown",
    ]
    assert "filled markers are significant differences, hollow ones within noise" in legend


def test_passes_within_noise_are_hollow_and_significant_ones_filled_in_every_chart(proj, monkeypatch):
    import matplotlib.axes

    from harness.report.charts import chart_spec, render_chart

    faces = []  # the face of every marker a panel draws ("filled" unless hollow)
    real = matplotlib.axes.Axes.plot

    def plot(self, *args, **kwargs):
        if kwargs.get("marker"):
            faces.append(kwargs.get("markerfacecolor", "filled"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(matplotlib.axes.Axes, "plot", plot)
    published = proj.root / "results" / "published"
    ranks = "  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n"
    beats = "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [SmallBench]\n"
    cases = [  # assertions, rows replacing the fixture's, whether the one unit is a pass within noise
        (ranks, None, True),  # first of three open models, not significantly
        (beats.replace("SmallBench", "BigBench"), None, False),  # 80 vs 70 on 2,000 items
        (beats, {"SmallBench": 63}, True),  # 63 vs 60 on 30 items
        (beats, {"SmallBench": 97}, False),
    ]
    for i, (assertions, alpha, noise) in enumerate(cases):
        if alpha:
            for old in published.glob("*.csv"):
                old.unlink()
            proj.pair_scores(alpha=alpha, beta={"SmallBench": 60})
        result = proj.one_claim(assertions, claim_id=f"c{i}")
        assert result.verdict == "supported" and result.strength == ("within_noise" if noise else "significant")
        spec = chart_spec(result, proj.verify().catalog)
        (row,) = spec["panels"][0]["rows"]
        assert row["within_noise"] is noise
        faces.clear()
        render_chart(spec)
        assert faces == ["white" if noise else "filled"]


def test_a_removed_claims_pages_are_removed_and_other_files_kept(proj, tmp_path):
    from harness.report.writer import write_reports

    _many_claims(proj, 3)
    out = tmp_path / "r"
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    (out / "notes.md").write_text("mine")  # not written by benchclaims: never removed
    assert {"c01.md", "c01.html", "c01.png"} <= {p.name for p in out.iterdir()}
    (proj.root / "claims" / "c01.yaml").unlink()
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == [
        "c00.html", "c00.md", "c00.png", "c02.html", "c02.md", "c02.png", "index.html", "index.md", "notes.md",
    ]  # fmt: skip
    assert "c01" not in (out / "index.md").read_text()


def test_a_chart_pool_never_starts_more_workers_than_charts(monkeypatch):
    """A forked pool starts all its workers at once: `--jobs 100000` forked 100,000 processes for 8 charts."""
    import concurrent.futures

    from harness.report import writer

    started = []

    class Pool:
        def __init__(self, max_workers, mp_context):
            started.append(max_workers)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, fn, specs, chunksize):
            return [f"png {s}" for s in specs]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    draw = [(f"c{i}.png", i) for i in range(writer.POOL_FROM)]
    assert list(writer._draw_all(draw, 100_000)) == [(f"c{i}.png", f"png {i}") for i in range(writer.POOL_FROM)]
    assert started == [writer.POOL_FROM]


def test_scores_keep_the_decimals_their_source_printed(proj, tmp_path):
    # 80.25 against 80.19 printed as "80.2 | 80.2 | 0.1" hid which model was ahead and by how much
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80.25,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,80.19,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    from harness.report.writer import write_reports

    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "alpha-beats-beta.md").read_text()
    [row] = [line for line in page.splitlines() if line.startswith("| BigBench | Beta-2")]
    assert row.startswith("| BigBench | Beta-2 | 80.25 | 80.19 | 0.06 |")
    assert "https://a.example) 80.25 (1st-party)" in row and "https://b.example) 80.19 (1st-party)" in row
    html = (tmp_path / "r" / "alpha-beats-beta.html").read_text()
    assert '<td class="num">80.25</td><td class="num">80.19</td><td class="num">0.06</td>' in html


def test_score_text_is_one_decimal_unless_the_source_printed_more():
    from harness.report.numbers import score

    cases = [0.548, -0.058, 88.0, 95.3, 62.34567, 2708.0, 1417.5, 2163.8, 1417.109, None]
    assert [score(x) for x in cases] == [
        "0.548", "-0.058", "88.0", "95.3", "62.346", "2708", "1417.5", "2163.8", "1417.1", "–"
    ]  # fmt: skip


def test_a_difference_has_the_decimals_of_its_more_precise_score():
    from types import SimpleNamespace

    from harness.report.numbers import delta_text

    def c(a, b):
        return SimpleNamespace(subject_value=a, competitor_value=b, delta=None if a is None else a - b)

    # from 1000 up a score prints at most one decimal, so the difference keeps one, not the unprinted ones (-23.891)
    assert delta_text(c(1417.109, 1441.0)) == "-23.9"
    assert delta_text(c(0.548, 0.542)) == "0.006"
    assert delta_text(c(80.25, 80.2)) == "0.05"
    assert delta_text(c(83.3, 82.6)) == "0.7"
    assert delta_text(c(None, 1.0)) == "–"


def test_a_whole_number_on_a_whole_number_scale_is_printed_whole(proj, tmp_path):
    # a Codeforces rating of 954 was printed "954.0", and 1691 against it "737.0" apart: decimals no source printed
    from types import SimpleNamespace

    from harness.report.numbers import delta_text, score

    def c(a, b):
        return SimpleNamespace(subject_value=a, competitor_value=b, delta=a - b)

    assert [score(x, True) for x in (954.0, 954.5, 0.0, 88.25, 2708.0)] == ["954", "954.5", "0", "88.25", "2708"]
    assert score(954.0) == "954.0"  # a percent of 954 cannot be, but a points scale keeps its decimal
    assert [delta_text(c(1691.0, 954.0), True), delta_text(c(1417.109, 1441.0), True)] == ["737", "-23.9"]
    assert [delta_text(c(954.5, 954.0), True), delta_text(c(1691.0, 954.0))] == ["0.5", "737.0"]
    proj.scores(  # RatingBench is metric_kind: rating in the fixture catalog
        """
        Alpha-1,RatingBench,rating,,954,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,RatingBench,rating,,717,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    from harness.report.writer import write_reports

    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "alpha-beats-beta.md").read_text()
    [row] = [line for line in page.splitlines() if line.startswith("| RatingBench | Beta-2")]
    assert row.startswith("| RatingBench | Beta-2 | 954 | 717 | 237 |")
    assert "https://a.example) 954 (1st-party)" in row
    html = (tmp_path / "r" / "alpha-beats-beta.html").read_text()
    assert '<td class="num">954</td><td class="num">717</td><td class="num">237</td>' in html


def test_the_bundled_reports_are_what_verify_writes_for_the_seed(tmp_path):
    # the committed pages are what a new user opens first: a report change must update them in the same commit
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).parent.parent
    subprocess.run(
        [sys.executable, "-m", "harness", "verify", "--report-dir", str(tmp_path)],
        cwd=repo,
        capture_output=True,
        check=True,
    )
    pages = sorted(p.name for p in (repo / "reports").glob("*") if p.suffix in (".md", ".html"))
    assert len(pages) == 8
    assert [p for p in pages if (tmp_path / p).read_bytes() != (repo / "reports" / p).read_bytes()] == []


def test_a_note_said_of_one_competitor_on_several_benchmarks_is_one_line(proj, tmp_path):
    # a table whose column states the competitor's setting gave one identical line per benchmark (42 on
    # Kimi K2's table); benchmark-specific notes stay one a benchmark
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,MidBench,pass@1,,70,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,w/o extended thinking,75,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,MidBench,pass@1,w/o extended thinking,60.1,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(CLAIM.format(id="c1", assertions=_OUTPERFORMS_BOTH), "c1.yaml")
    from harness.report.writer import write_reports

    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "c1.md").read_text()
    notes = [line for line in page.splitlines() if "setting stated" in line]
    # the note says which side states the setting, and what it is: "thinking" alone said neither
    assert notes == ["- BigBench, MidBench vs Beta-2: setting stated on one side only: non-thinking for Beta-2"]
    html = (tmp_path / "r" / "c1.html").read_text()
    assert html.count("setting stated on one side only: non-thinking for Beta-2") == 1


_OUTPERFORMS_BOTH = "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n"


def test_a_rank_whose_uncertainty_is_unknown_is_hollow_and_says_so(proj, monkeypatch):
    # OpenBench has no item count: the rank has no uncertainty, and was drawn filled, "significant"
    import matplotlib.axes

    from harness.report.charts import chart_spec, render_chart

    faces, labels = [], []
    real_plot, real_note = matplotlib.axes.Axes.plot, matplotlib.axes.Axes.annotate

    def plot(self, *args, **kwargs):
        if kwargs.get("marker"):
            faces.append(kwargs.get("markerfacecolor", "filled"))
        return real_plot(self, *args, **kwargs)

    def annotate(self, text, *args, **kwargs):
        labels.append(text)
        return real_note(self, text, *args, **kwargs)

    monkeypatch.setattr(matplotlib.axes.Axes, "plot", plot)
    monkeypatch.setattr(matplotlib.axes.Axes, "annotate", annotate)
    proj.pair_scores(alpha={"OpenBench": 80}, beta={"OpenBench": 70})
    result = proj.one_claim("  - kind: ranks\n    cohort: {models: [Beta-2]}\n    benchmarks: [OpenBench]\n")
    assert (result.verdict, result.strength) == ("supported", None)
    spec = chart_spec(result, proj.verify().catalog)
    (row,) = spec["panels"][0]["rows"]
    assert (row["within_noise"], row["se_unknown"]) == (False, True)
    render_chart(spec)
    assert (faces, labels) == (["white"], ["of 2; SE unknown"])
