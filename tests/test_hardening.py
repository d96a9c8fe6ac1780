"""A malformed-input corpus, generated from the valid fixture files by mutation.

Every case must give one-line errors naming the file, exit code 2, no traceback, and the valid
claim next to it must still be verified.
"""

import copy
import csv
import io
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.cli.main import cli

FIXTURE = Path(__file__).parent / "fixtures" / "project"
VALID_CLAIM = yaml.safe_load((FIXTURE / "claims" / "alpha-beats-beta.yaml").read_text())
VALID_CATALOG = yaml.safe_load((FIXTURE / "catalog" / "catalog.yaml").read_text())
VALID_ROWS = list(csv.reader(io.StringIO((FIXTURE / "results" / "published" / "scores.csv").read_text())))

ODD_STRINGS = ["", " ", "Ａlpha-1", "Alpha\u200b-1", "\u202eAlpha", "🤖", "a\nb", "x" * 5000, "null", "<script>"]
BAD_VALUES = [None, 123, -1, 1e400, float("nan"), [], {}, "", "x" * 300, True, [1, 2], {"a": 1}]


def _set(d, path, value):
    d = copy.deepcopy(d)
    cur = d
    for p in path[:-1]:
        cur = cur[p]
    if value is _DELETE:
        del cur[path[-1]]
    else:
        cur[path[-1]] = value
    return d


_DELETE = object()


def _dump(data) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()


def claim_cases():
    paths = [
        ("id",),
        ("statement",),
        ("source",),
        ("subject",),
        ("assertions",),
        ("source", "url"),
        ("source", "date"),
        ("source", "publisher"),
        ("assertions", 0, "kind"),
        ("assertions", 0, "competitors"),
        ("assertions", 0, "quantifier"),
        ("assertions", 0, "benchmarks"),
    ]
    for path in paths:
        name = ".".join(map(str, path))
        if path not in {("assertions", 0, "quantifier"), ("assertions", 0, "benchmarks")}:
            yield f"claim-missing-{name}", _dump(_set(VALID_CLAIM, path, _DELETE))
        for i, value in enumerate(BAD_VALUES):
            if path == ("statement",) and isinstance(value, str) and value:
                continue  # any non-empty string is a valid statement
            yield f"claim-{name}-bad{i}", _dump(_set(VALID_CLAIM, path, value))
    for where in [(), ("source",), ("assertions", 0)]:
        target = copy.deepcopy(VALID_CLAIM)
        cur = target
        for p in where:
            cur = cur[p]
        cur["surprise"] = 1
        yield f"claim-unknown-key-{len(where)}", _dump(target)
    for i, s in enumerate(ODD_STRINGS):
        yield f"claim-odd-subject-{i}", _dump(_set(VALID_CLAIM, ("subject",), s))
        yield f"claim-odd-competitor-{i}", _dump(_set(VALID_CLAIM, ("assertions", 0, "competitors"), [s]))
    for i, q in enumerate(["some", {"at_least": 0}, {"at_least": -3}, {"at_least": "x"}, {"most": 1}, 7]):
        yield f"claim-quantifier-{i}", _dump(_set(VALID_CLAIM, ("assertions", 0, "quantifier"), q))
    for i, m in enumerate([-1, "big", float("inf"), float("nan"), 1e400]):
        yield f"claim-margin-{i}", _dump(_set(VALID_CLAIM, ("assertions", 0, "margin"), m))
    yield "claim-self-comparison", _dump(_set(VALID_CLAIM, ("assertions", 0, "competitors"), ["Alpha 1"]))
    yield "claim-bad-id-chars", _dump(_set(VALID_CLAIM, ("id",), "../../etc/passwd"))
    yield (
        "claim-score-nan",
        _dump(_set(VALID_CLAIM, ("assertions",), [{"kind": "score", "benchmark": "BigBench", "value": float("nan")}])),
    )
    yield "claim-ranks-no-cohort", _dump(_set(VALID_CLAIM, ("assertions",), [{"kind": "ranks", "cohort": {}}]))
    text = (FIXTURE / "claims" / "alpha-beats-beta.yaml").read_text()
    syntax = [
        text.replace("competitors: [Beta-2]", "competitors: [Beta-2"),
        text.replace("  - kind", "\t- kind"),
        text.replace("statement:", "statement: : :"),
        text.replace('"Alpha-1 beats', '"Alpha-1 beats\n'),
        text + "\n  bad-indent: 1\n",
        "{",
        "id: !!python/object/apply:os.system ['echo owned']\n",
        "a: &a [1]\nb: *a\nc: *nope\n",
        "[" * 5000 + "]" * 5000,
        "id: a\nid: b\n",
        "- just\n- a list\n",
        "42\n",
        "%YAML 9.9\n---\nid: x\n",
        "id: &x [*x]\n",
        "&x {a: *x}\n",
        "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)),
    ]
    for i, t in enumerate(syntax):
        yield f"claim-syntax-{i}", t.encode()
    yield "claim-empty", b""
    yield "claim-whitespace", b"   \n\n  "
    yield "claim-binary", bytes(range(256))
    yield "claim-latin1", "statement: caf\xe9\n".encode("latin-1")
    yield "claim-huge", b"statement: '" + b"x" * 5_100_000 + b"'\n"


def catalog_cases():
    base = VALID_CATALOG
    for i, value in enumerate(BAD_VALUES):
        yield f"catalog-model-id-{i}", _dump(_set(base, ("models", 0, "id"), value))
        if value != 123:  # a whole number is a valid item count
            yield f"catalog-bench-items-{i}", _dump(_set(base, ("benchmarks", 0, "items"), value))
    yield "catalog-unknown-key", _dump(_set(base, ("models", 0, "colour"), "red"))
    yield "catalog-dup-id", _dump(_set(base, ("models", 1, "id"), "alpha-1"))
    yield "catalog-alias-clash", _dump(_set(base, ("models", 1, "aliases"), ["alpha 1"]))
    yield "catalog-bad-kind", _dump(_set(base, ("benchmarks", 0, "metric_kind"), "vibes"))
    yield "catalog-unknown-developer", _dump(_set(base, ("models", 0, "developer"), "nobody"))
    yield (
        "catalog-task-file-escape",
        _dump(_set(base, ("benchmarks", 0, "run"), {"task": "t", "task_file": "../../../etc/passwd"})),
    )
    yield "catalog-not-mapping", b"- 1\n- 2\n"
    yield "catalog-syntax", b"models: [\n"
    yield "catalog-empty", b""
    yield "catalog-binary", b"\x00\xff\x00"


def score_cases():
    header, rows = VALID_ROWS[0], VALID_ROWS[1:]
    col = {name: i for i, name in enumerate(header)}
    mutations = {
        "score": ["nan", "inf", "-inf", "-1", "1e308", "101", "abc", "", "1,2,3", "0x10", "½"],
        "model": ["", "Nobody", "Ａlpha-1", "<script>alert(1)</script>", "🤖"],
        "benchmark": ["", "NoBench", "Big Bench Hard"],
        "as_of_date": ["", "yesterday", "2025-02-30", "01/01/2025"],
        "source_url": ["", "javascript:alert(1)", "file:///etc/passwd", "not a url"],
        "reported_by": [""],
        "source_locator": [""],
    }
    for column, values in mutations.items():
        for i, value in enumerate(values):
            bad = [list(r) for r in rows]
            bad[1][col[column]] = value
            out = io.StringIO()
            csv.writer(out, lineterminator="\n").writerows([header] + bad)
            yield f"scores-{column}-{i}", out.getvalue().encode()
    yield "scores-extra-field", (",".join(header) + "\n" + ",".join(rows[0]) + ",extra,more\n").encode()
    yield "scores-no-header", b"Alpha-1,BigBench\n"
    yield "scores-unknown-column", (",".join(header + ["colour"]) + "\n").encode()
    yield "scores-empty", b""
    yield "scores-binary", b"\x00\x01model\x00"
    yield "scores-huge", (",".join(header) + "\n").encode() + b"x" * 5_100_000
    yield "scores-unclosed-quote", (",".join(header) + '\nAlpha-1,"BigBench\n').encode()


def _cases():
    out = [("claims", n, c) for n, c in claim_cases()]
    out += [("catalog", n, c) for n, c in catalog_cases()]
    out += [("results/published", n, c) for n, c in score_cases()]
    return out


CASES = _cases()


def test_corpus_is_large_enough():
    assert len(CASES) >= 200


@pytest.mark.parametrize("folder,name,content", CASES, ids=[c[1] for c in CASES])
def test_malformed_input_gives_one_line_errors(tmp_path, folder, name, content):
    root = tmp_path / "p"
    shutil.copytree(FIXTURE, root)
    suffix = ".csv" if folder.startswith("results") else ".yaml"
    # catalog mutations replace the only catalog file; others sit beside the valid files
    target = root / folder / ("catalog.yaml" if folder == "catalog" else f"mut{suffix}")
    target.write_bytes(content)
    r = CliRunner().invoke(cli, ["verify", "--project", str(root), "--no-report", "--json"])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("Error: ")]
    assert errors and all("\n" not in e for e in errors)
    assert any(f"{folder}/{target.name}" in e for e in errors), r.stderr
    if folder != "catalog":
        assert '"id": "alpha-beats-beta"' in r.stdout  # the valid claim is still verified
