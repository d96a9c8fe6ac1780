"""The "Sources of the scores" section: every row a page uses, once, with its whole provenance."""

import dataclasses

from harness.report.markdown import cited_cell
from harness.report.sources import SourceRow
from harness.report.writer import write_reports

ROWS = """
Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://alpha.example/card ; https://arxiv.example/abs/1,"Table 1, row 'Alpha'",2025-01-10,"first | note"
Beta 2,BigBench,pass@1,no tools,70.0,Beta Corp,https://beta.example/blog,Table 2,2025-01-05,
Gamma-3,BigBench,pass@1,no tools,75.0,Gamma Inc,https://gamma.example/,§3,2025-01-07,
"""
HEAD = [
    "## Sources of the scores",
    "",
    "| Row | Model | Benchmark | Score | Metric | Reported by | Date | Where in the source | Setting | Notes | File |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
]
ALPHA = (
    "| `{}` | Alpha-1 | BigBench | 80.0 | pass@1 | [Alpha Lab](https://alpha.example/card) "
    "(also [arxiv.example](https://arxiv.example/abs/1)) | 2025-01-10 | Table 1, row 'Alpha' | no tools | first \\| note "
    "| results/published/scores.csv:2 |"
)


def _pages(proj, tmp_path, assertions):
    proj.scores(ROWS)
    result = proj.one_claim(assertions)
    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    ids = {
        r.model: r.row_id for a in result.assertions for c in a.comparisons for r in c.subject_rows + c.competitor_rows
    }
    return (tmp_path / "r" / "c1.md").read_text(), (tmp_path / "r" / "c1.html").read_text(), ids


def _section(page: str) -> list[str]:
    lines = page.splitlines()
    start = lines.index("## Sources of the scores")
    end = next(i for i in range(start + 2, len(lines)) if not lines[i].startswith("|"))
    return lines[start:end]


def test_each_row_is_listed_once_with_its_provenance(proj, tmp_path):
    # the subject's row is in both comparisons; the section lists it once, in the order the page shows rows
    md, _, ids = _pages(
        proj, tmp_path, "  - {kind: outperforms, competitors: [Beta-2, Gamma-3], benchmarks: [BigBench]}"
    )
    assert _section(md) == HEAD + [
        ALPHA.format(ids["alpha-1"]),
        f"| `{ids['beta-2']}` | Beta-2 \\(written 'Beta 2'\\) | BigBench | 70.0 | pass@1 | "
        "[Beta Corp](https://beta.example/blog) | 2025-01-05 | Table 2 | no tools | – | results/published/scores.csv:3 |",
        f"| `{ids['gamma-3']}` | Gamma-3 | BigBench | 75.0 | pass@1 | [Gamma Inc](https://gamma.example/) | 2025-01-07 | "
        "§3 | no tools | – | results/published/scores.csv:4 |",
    ]


def test_the_html_page_has_the_same_rows_with_links(proj, tmp_path):
    _, html, ids = _pages(proj, tmp_path, "  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench]}")
    section = html[html.index('<h2 id="sources">') : html.index("</table>", html.index('<h2 id="sources">'))]
    assert section.count("<tr>") == 3  # the header and the two rows used; Gamma-3's row is not on this page
    assert (
        f'<tr><td><code>{ids["alpha-1"]}</code></td><td>Alpha-1</td><td>BigBench</td><td class="num">80.0</td>'
        '<td>pass@1</td>\n<td><a href="https://alpha.example/card" rel="noopener noreferrer">Alpha Lab</a> (also '
        '<a href="https://arxiv.example/abs/1" rel="noopener noreferrer">arxiv.example</a>)</td>\n'
        "<td>2025-01-10</td><td>Table 1, row &#39;Alpha&#39;</td><td>no tools</td><td>first | note</td>"
        "<td><code>results/published/scores.csv:2</code></td></tr>"
    ) in section
    assert "Beta-2 (written &#39;Beta 2&#39;)" in section


def test_an_address_that_is_no_web_link_stays_on_the_page_as_text():
    # a local re-run's row cites `local:<label>`: never a link, never dropped
    row = SourceRow("r", "m", "b", "1.0", "acc", "local re-run", ["local:run-1"], "2025-01-01", "–", "–", "–", "f:1")
    assert cited_cell(row) == "local re-run \\<local:run-1\\>"
    two = dataclasses.replace(row, reported_by="Lab", urls=["https://lab.example/a", "javascript:alert(1)"])
    assert cited_cell(two) == "[Lab](https://lab.example/a) (also javascript:alert\\(1\\))"
    assert cited_cell(dataclasses.replace(row, urls=[])) == "local re-run"


def test_an_imported_row_says_its_snapshot_its_uncertainty_and_that_it_has_no_date(proj):
    from harness.claims.catalog import load_catalog
    from harness.evidence.records import ScoreRecord
    from harness.evidence.settings import Setting
    from harness.report.sources import source_cells

    catalog = load_catalog(proj.root / "catalog", proj.root)
    rec = ScoreRecord(
        "results/imported/board.csv:7", "alpha-1", "big-bench", "acc", Setting(), 81.25, "Board", "https://board.example",
        "row 7", None, model_name="alpha-1 (high)", stderr=0.512, n=2000, partial=True, snapshot="ab" * 32,
    )  # fmt: skip
    cells = source_cells(rec, catalog)
    assert (cells.model, cells.value, cells.date, cells.notes, cells.setting) == (
        "Alpha-1 (written 'alpha-1 (high)')",
        "81.25 ± 0.51 (n = 2,000)",
        "no date given",
        "Partial run. Read from snapshot sha256 abababababab.",
        "unspecified",
    )


def test_a_rows_own_notes_end_before_the_snapshot_is_named(proj):
    # an imported row whose notes end without a full stop ran on: "... as printed (bold) Read from snapshot ..."
    from harness.claims.catalog import load_catalog
    from harness.evidence.records import ScoreRecord
    from harness.evidence.settings import Setting
    from harness.report.sources import source_cells

    catalog = load_catalog(proj.root / "catalog", proj.root)

    def notes(said: str, partial: bool = False) -> str:
        rec = ScoreRecord(
            "results/imported/board.csv:7", "alpha-1", "big-bench", "acc", Setting(), 81.25, "Board",
            "https://board.example", "row 7", None, notes=said, partial=partial, snapshot="ab" * 32,
        )  # fmt: skip
        return source_cells(rec, catalog).notes

    assert notes("Row 'BigBench', column 'Alpha' as printed (bold)") == (
        "Row 'BigBench', column 'Alpha' as printed (bold). Read from snapshot sha256 abababababab."
    )
    assert notes("converted from the fraction 0.763", partial=True) == (
        "converted from the fraction 0.763. Partial run. Read from snapshot sha256 abababababab."
    )
    # look-alikes: a note that ends a sentence already keeps its own stop
    assert notes("Checked twice!") == "Checked twice! Read from snapshot sha256 abababababab."


def test_a_note_with_markdown_html_and_entities_is_shown_as_written(proj, tmp_path):
    # '&#x202E;' was left for the markdown renderer to decode into the right-to-left override the loader refuses
    # written out, '&amp;' shown as '&' and a quoted README's '$0.6$' rendered as math
    note = "<b>x</b> **b** [l](javascript:alert(1)) &#x202E;1.19 &amp; temperature $0.6$ | end"
    proj.scores(
        f'Alpha-1,BigBench,pass@1,,80.0,Alpha Lab,https://a.example/x ;  ; https://b.example/y ;,T,2025-01-10,"{note}"\n'
        "Beta-2,BigBench,pass@1,,70.0,Beta Corp,https://b.example,T,2025-01-05,"
    )
    result = proj.one_claim("  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench]}")
    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    row_id = result.assertions[0].comparisons[0].subject_rows[0].row_id
    md = (tmp_path / "r" / "c1.md").read_text()
    assert _section(md)[4] == (
        f"| `{row_id}` | Alpha-1 | BigBench | 80.0 | pass@1 | [Alpha Lab](https://a.example/x) (also "
        "[b.example](https://b.example/y)) | 2025-01-10 | T | pass@1 | \\<b\\>x\\</b\\> \\*\\*b\\*\\* "
        "\\[l\\]\\(javascript:alert\\(1\\)\\) \\&\\#x202E;1.19 \\&amp; temperature \\$0.6\\$ \\| end "
        "| results/published/scores.csv:2 |"
    )
    html = (tmp_path / "r" / "c1.html").read_text()
    assert (
        "<td>&lt;b&gt;x&lt;/b&gt; **b** [l](javascript:alert(1)) &amp;#x202E;1.19 &amp;amp; temperature $0.6$ | end</td>"
    ) in html
