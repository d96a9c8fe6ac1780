"""The HTML report: self-contained pages, inert hostile text, only http(s) links; checked in a real browser."""

import base64
import hashlib
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from harness.report.html import SORT_SCRIPT, href
from harness.report.writer import write_reports

HOSTILE_NAME = '<img src=x onerror="alert(1)">Be<script>alert(2)</script>ta'


def hostile_project(proj) -> Path:
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("name: Beta-2,", f"name: '{HOSTILE_NAME}',"))
    claim = proj.root / "claims" / "alpha-beats-beta.yaml"
    claim.write_text(
        claim.read_text()
        .replace('url: "https://news.example/a"', "url: \"https://news.example/a?x=<b>&y='1'\"")
        .replace(
            'statement: "Alpha-1 beats Beta-2 across the board"', 'statement: "Alpha-1 <script>alert(3)</script> wins"'
        )
    )
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example/r?<x>,T,2025-01-01,"<img src=y onerror=alert(4)>"
        Beta 2,BigBench,pass@1,,70,"Beta <b onmouseover=alert(5)>Corp</b>",https://b.example,T,2025-01-01,
        Alpha-1,SmallBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Beta 2,SmallBench,pass@1,tools,70,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == []
    out = proj.root / "reports"
    write_reports(run.results, ["x.yaml: <script>alert(6)</script>"], run.catalog, out)
    return out


class Tags(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.hidden = 0  # inside title, style or script: not text a reader sees

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.hidden += tag in {"title", "style", "script"}

    def handle_endtag(self, tag):
        self.hidden -= tag in {"title", "style", "script"}

    def handle_data(self, data):
        if not self.hidden:
            self.text.append(data)


def parse(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    return t


def check_inert(html: str) -> Tags:
    tags = parse(html)
    scripts = [a for t, a in tags.tags if t == "script"]
    assert len(scripts) <= 1  # only the page's own sorting script, never one from data
    assert all(not k.startswith("on") for _, a in tags.tags for k in a)  # no event handler from data
    for t, a in tags.tags:
        if "href" in a:
            assert re.match(r"https?://|[\w-]+\.html$", a["href"]), a["href"]
        if t == "img":
            assert a["src"].startswith("data:image/png;base64,")
    return tags


def test_href_only_for_plain_http_urls():
    assert href("https://a.example/x ; https://b.example") == "https://a.example/x"
    assert href("javascript:alert(1)") is None
    assert href("snapshot:" + "a" * 64) is None
    assert href('https://a.example/"onclick=x') is None


def test_hostile_text_stays_text_in_every_page(proj):
    out = hostile_project(proj)
    page = (out / "alpha-beats-beta.html").read_text()
    check_inert(page)
    assert "Be&lt;script&gt;alert(2)&lt;/script&gt;ta" in page and "Beta &lt;b onmouseover=alert(5)&gt;Corp" in page
    assert 'href="https://news.example/a?x=&lt;b&gt;' not in page  # a URL with markup in it is not linked
    index = (out / "index.html").read_text()
    check_inert(index)
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in index


def test_pages_allow_no_network_and_only_their_own_script():
    digest = base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode()).digest()).decode()
    from harness.report.html import index_html

    page = index_html([], [])
    assert f"script-src 'sha256-{digest}'" in page and "default-src 'none'" in page and "img-src data:" in page


def test_html_is_byte_identical_across_unchanged_runs(proj):
    out = hostile_project(proj)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    run = proj.verify()
    write_reports(run.results, ["x.yaml: <script>alert(6)</script>"], run.catalog, out)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    assert after == before
    assert {"index.html", "alpha-beats-beta.html", "alpha-beats-beta.png"} <= set(after)


# --- in a real browser ---------------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        pytest.fail("no chromium on PATH: apt-get install -y chromium (.ci/run installs it)")
    return found


def browser(*args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"]
    return subprocess.run([chromium(), *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.browser
def test_browser_shows_the_verdict_chart_and_links_and_keeps_hostile_text_inert(proj):
    out = hostile_project(proj)
    dom = browser("--dump-dom", (out / "alpha-beats-beta.html").as_uri()).stdout
    tags = check_inert(dom)
    text = " ".join(" ".join(tags.text).split())
    # BigBench is a win; on SmallBench Beta's row states tools and Alpha's does not: compared, and a win
    assert text.startswith("All claims Supported")
    assert "Alpha-1 <script>alert(3)</script> wins" in text  # shown as the words it is
    assert any(t == "img" and a.get("id") == "chart" for t, a in tags.tags)
    links = [a["href"] for t, a in tags.tags if t == "a"]
    assert not any(link.startswith("https://a.example/r") for link in links)  # markup in a URL: shown, not linked
    assert "https://b.example" in links and "https://news.example/a?x=<b>&y='1'" not in links
    index = browser("--dump-dom", (out / "index.html").as_uri()).stdout
    itags = check_inert(index)
    assert [a["href"] for t, a in itags.tags if t == "a" and a["href"].endswith(".html")] == ["alpha-beats-beta.html"]


@pytest.mark.browser
def test_seed_pages_render_offline_with_the_verdict_first(tmp_path):
    repo = Path(__file__).parent.parent
    for name, words in [
        ("speciale-beats-gpt5", "Partly supported"),
        ("speciale-beats-gemini3pro", "Supported"),
        ("v32-top-open-source", "Partly supported"),  # LMArena's board contradicts DeepSeek's tables
    ]:
        dom = browser("--dump-dom", (repo / "reports" / f"{name}.html").as_uri()).stdout
        tags = check_inert(dom)
        text = [x.strip() for x in tags.text if x.strip()]
        # the verdict is the first thing a reader sees after the link back to the index
        assert text[:2] == ["All claims", words]
    shot = tmp_path / "shot.png"
    browser(f"--screenshot={shot}", "--window-size=800,1000", (repo / "reports" / "index.html").as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(data[16:20], "big") == 800


@pytest.mark.browser
@pytest.mark.parametrize("clicks", [1, 2])
def test_the_index_sorts_by_a_clicked_column_in_the_browser(tmp_path, clicks):
    repo = Path(__file__).parent.parent
    page = (repo / "reports" / "index.html").read_text()
    click = "var h=document.querySelectorAll('th[data-sort]')[1];" + "h.click();" * clicks  # the Verdict column
    digest = "sha256-" + base64.b64encode(hashlib.sha256(click.encode()).digest()).decode()
    # the page allows only its own script, by hash: the test's clicks are allowed the same way
    page = re.sub(r"script-src ('sha256-[^']+')", rf"script-src \1 '{digest}'", page)
    page = page.replace("</body>", f"<script>{click}</script></body>")
    (tmp_path / "index.html").write_text(page)
    dom = browser("--dump-dom", (tmp_path / "index.html").as_uri()).stdout
    order = re.findall(r'<span class="verdict \w+">([^<]+)</span>', dom)
    assert len(order) == 3 and len(set(order)) > 1
    # one click sorts ascending, a second descending: the page's own script ran under its policy
    assert order == sorted(order, reverse=clicks == 2)
