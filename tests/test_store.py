import csv
import io
from datetime import date
from pathlib import Path

import pytest

from harness.claims.catalog import load_catalog
from harness.evidence.adapters.published_row import _record
from harness.evidence.loading import load_evidence
from harness.evidence.records import EvidenceFilter

ALL = EvidenceFilter()


def _load(proj):
    catalog = load_catalog(proj.root / "catalog", proj.root)
    return load_evidence(proj.root / "results", catalog, proj.root), catalog


def test_lookup_by_model_and_benchmark_in_load_order(proj):
    proj.scores("Alpha-1,BigBench,pass@1,,81,Eval Watchdog,https://w.example,T,2025-01-02,", name="b.csv")
    (store, problems), _ = _load(proj)
    assert problems == []
    rows = store.select(ALL, model="alpha-1", benchmark="big-bench")
    # files in name order (b.csv, then scores.csv), rows in line order
    assert [(r.origin, r.value) for r in rows] == [
        ("results/published/b.csv:2", 81.0),
        ("results/published/scores.csv:2", 80.0),
    ]
    assert store.select(ALL, model="alpha-1", benchmark="no-such-bench") == []
    assert store.select(ALL, model="nobody", benchmark="big-bench") == []
    assert store.benchmarks_of("alpha-1", ALL) == {"big-bench", "small-bench", "mid-bench", "rating-bench"}
    assert store.benchmarks_of("alpha-1", EvidenceFilter(reported_by=("eval watchdog",))) == {"big-bench"}


def test_filters_apply_per_value(proj):
    (store, _), _ = _load(proj)
    early = EvidenceFilter(as_of=date(2025, 1, 9))
    assert {r.model for r in store.select(early)} == {"beta-2"}
    assert [r.value for r in store.select(EvidenceFilter(sources=("watchdog",)))] == [79.0]
    assert store.select(EvidenceFilter(kinds=("local",))) == []


def test_duplicates_across_files_name_the_first(proj):
    row = "Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://alpha.example/card,Table 1,2025-01-10,\n"
    proj.scores(row, name="z.csv")
    (store, problems), _ = _load(proj)
    assert [str(p) for p in problems] == [
        "results/published/z.csv:2: duplicates results/published/scores.csv:2 (same model, benchmark, metric, "
        "setting, reporter, URL and locator)"
    ]
    assert len(store) == 10


ROWS = [
    # every optional column, intervals, counts, settings in text and in columns, odd spacing
    ["Alpha-1", "BigBench", "pass@1", "no tools", "80.0", "Alpha Lab", "https://a.example", "T1", "2025-01-10"],
    ["Alpha 1", " BigBench ", "cons@64", "with tools", "81.5", "AlphaLab", "https://a.example ; https://b.example"],
    ["Beta-2", "SmallBench", "pass@1", "", "60", "Beta Corp", "https://b.example", "T2", "2025-01-05"],
    ["Gamma-3", "MidBench", "acc", "5-shot", "55.5", "Eval Watchdog", "https://w.example", "Board", "2025-02-01"],
    ["Delta-4", "RatingBench", "rating", "", "2,701", "Unknown Org", "https://x.example", "L", "2025-03-01"],
]


def test_column_checks_build_the_same_records_as_the_row_reader(proj):
    header = [
        "model", "benchmark", "metric", "setting", "score", "reported_by", "source_url", "source_locator",
        "as_of_date", "notes", "stderr", "ci_low", "ci_high", "n", "tools", "aggregation", "shots", "harness",
    ]  # fmt: skip
    extra = [
        ["", "", "", "", "", "", "", "", ""],
        ["note", "1.5", "", "", "1000", "", "", "", "Claude Code"],
        ["", "", "58", "62", "", "true", "", "0", ""],
        ["x", "", "", "", "", "no", "avg@8", "5", ""],
        ["", "", "", "", "", "", "", "", ""],
    ]
    rows = []
    for base, more in zip(ROWS, extra):
        full = base + ["T0", "2025-01-01"][len(base) - 7 :] if len(base) < 9 else list(base)
        rows.append(full + more)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header] + rows)
    (proj.root / "results" / "published" / "scores.csv").write_text(out.getvalue())
    (store, problems), catalog = _load(proj)
    assert problems == []
    expected = [
        _record(dict(zip(header, (c.strip() for c in row))), f"results/published/scores.csv:{i}", catalog)
        for i, row in enumerate(rows, 2)
    ]
    assert store.records == expected
    assert [r.row_id for r in store.records] == [r.row_id for r in expected]


def test_bad_rows_keep_the_row_readers_messages(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,SmallBench,pass@1,,101,Alpha Lab,https://a.example,T,2025-01-01,
        Nobody,BigBench,pass@1,,50,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,70,Beta Corp,ftp://b.example,T,2025-01-01,
        """
    )
    (store, problems), _ = _load(proj)
    assert [str(p) for p in problems] == [
        "results/published/scores.csv:3: score: is a percentage for SmallBench, got 101 (over 100)",
        "results/published/scores.csv:4: model: unknown model 'Nobody'",
        "results/published/scores.csv:5: source_url: must be http(s) URL(s) separated by ';', got 'ftp://b.example'",
    ]
    assert [r.value for r in store.records] == [80.0]


def test_a_word_error_rate_over_100_loads_where_its_benchmark_has_no_top(proj):
    # a WER passes 100 % where insertions outnumber the reference's words: a lower-is-better percent whose entry
    # says max_score: .inf holds it; one without is read as a share of items, and the error says what lets it in
    (proj.root / "catalog" / "asr.yaml").write_text(
        "benchmarks:\n"
        "  - {id: asr-open, name: ASR Open, higher_is_better: false, max_score: .inf}\n"
        "  - {id: asr-capped, name: ASR Capped, higher_is_better: false}\n"
    )
    proj.scores(
        """
        Alpha-1,ASR Open,wer,,105.2,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,ASR Capped,wer,,105.2,Alpha Lab,https://a.example,T,2025-01-01,
        """,
        name="asr.csv",
    )
    (store, problems), _ = _load(proj)
    assert [str(p) for p in problems] == [
        "results/published/asr.csv:3: score: is a percentage for ASR Capped, got 105.2 (over 100); a lower-is-better "
        "rate that can pass 100 (a word error rate) needs max_score: .inf in its entry"
    ]
    assert [r.value for r in store.select(ALL, benchmark="asr-open")] == [105.2]


def test_evidence_tables_have_no_size_limit(proj):
    # 70,000 rows, over 6 MB: streamed, not refused (the YAML cap protects only claims and catalog)
    lines = [
        f"Alpha-1,BigBench,pass@1,,{i % 99 + 1}.5,Alpha Lab,https://a.example/{i},Table {i},2025-01-01,{'x' * 20}"
        for i in range(70_000)
    ]
    path = proj.scores("\n".join(lines), name="big.csv")
    assert path.stat().st_size > 6_000_000
    (store, problems), _ = _load(proj)
    assert problems == []
    assert len(store.select(ALL, model="alpha-1", benchmark="big-bench")) == 70_001


@pytest.mark.parametrize(
    "content,message",
    [
        (b"\xef\xbb\xbf", "file is empty"),
        (b"model,score\n\xff\xfe\n", "file is not UTF-8 (byte 12): save it as UTF-8"),
        (b"model\x00,score\n", "file is binary, not text"),
        # what Excel saves as "Unicode text": it was "binary", for the NUL bytes its ASCII holds
        (
            "model,score\n".encode("utf-16"),
            "file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8: save it as UTF-8",
        ),
        (
            b"model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date,score\n",
            "1 column given twice: score",
        ),
    ],
)
def test_unreadable_tables_are_one_line_errors(proj, content, message):
    (proj.root / "results" / "published" / "bad.csv").write_bytes(content)
    (store, problems), _ = _load(proj)
    assert [p.message for p in problems] == [message]
    assert len(store) == 10  # the good file still loads


def _local_run(proj, name: str, model: str, items: dict[str, float], clusters: dict | None = None) -> None:
    import hashlib
    import json

    from harness.evidence.adapters.lm_eval_run import content_sha256
    from harness.evidence.itemstore import write_items

    folder = proj.root / "results" / "local"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.json"
    value = 100.0 * sum(items.values()) / len(items)
    data = {
        "format": "benchclaims-local-run/1",
        "model": model,
        "benchmark": "BigBench",
        "metric": "acc",
        "value": value,
        "stderr": None,
        "n": len(items),
        "partial": False,
        "cache_key": hashlib.sha256(name.encode()).hexdigest(),
        "run_key": hashlib.sha256(name.encode()).hexdigest(),
        "provenance": {"lm_eval_version": "0.4.13", "command": "benchclaims run", "date": "2025-02-01"}
        | {"backend": "hf", "num_fewshot": 0, "limit": None},
        "items_file": write_items(path, items, clusters),
    }
    data["content_sha256"] = content_sha256(data)
    path.write_text(json.dumps(data))


def test_per_item_results_are_read_only_when_a_paired_test_uses_them(proj, monkeypatch):
    from harness.evidence import itemstore

    _local_run(proj, "a", "Alpha-1", {f"q{i}": float(i % 4 != 0) for i in range(200)})
    _local_run(proj, "b", "Beta-2", {f"q{i}": float(i % 2 == 0) for i in range(200)})
    reads = []
    real = itemstore.read_items
    monkeypatch.setattr(itemstore, "read_items", lambda ref: reads.append(ref.label) or real(ref))
    (store, problems), _ = _load(proj)
    assert problems == [] and reads == []  # loading reads no per-item file
    result = proj.one_claim(
        "  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], evidence: {kinds: [local]}}"
    )
    cmp = result.assertions[0].comparisons[0]
    assert (cmp.subject_value, cmp.competitor_value, cmp.test) == (75.0, 50.0, "exact McNemar (paired, 200 items)")
    assert sorted(reads) == ["results/local/a.items.parquet", "results/local/b.items.parquet"]


def test_tampered_per_item_results_are_refused(proj):
    from harness.errors import InputError

    _local_run(proj, "a", "Alpha-1", {"q1": 1.0, "q2": 0.0})
    _local_run(proj, "b", "Beta-2", {"q1": 0.0, "q2": 0.0})
    path = proj.root / "results" / "local" / "a.items.parquet"
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(InputError, match="per-item results differ from the sha256 recorded with the run"):
        proj.one_claim(
            "  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], evidence: {kinds: [local]}}"
        )


def test_rows_with_the_wrong_number_of_fields_are_problems_and_the_rest_load(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,SmallBench,pass@1,,60,Alpha Lab
        Beta-2,BigBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,,extra
        Beta-2,SmallBench,pass@1,,61,Beta Corp,https://b.example,T,2025-01-01,
        Nobody,SmallBench,pass@1,,61,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    (store, problems), _ = _load(proj)
    assert [str(p) for p in problems] == [
        "results/published/scores.csv:3: has 6 fields; the header has 10",
        "results/published/scores.csv:4: has 11 fields; the header has 10",
        "results/published/scores.csv:6: model: unknown model 'Nobody'",
    ]
    assert [(r.origin, r.value) for r in store.records] == [
        ("results/published/scores.csv:2", 80.0),
        ("results/published/scores.csv:5", 61.0),
    ]


def test_benchmarks_of_gives_the_sorted_codes_benchmarks_in_their_order():
    """`benchmarks_of` (a mask over the benchmark codes) gives, for every model of the seed and several
    filters, the set the codes' np.unique gives, built in the same order."""
    import numpy as np

    from harness.verify import Project, load_inputs

    run = load_inputs(Project(Path(__file__).parent.parent))
    store = run.evidence
    filters = [ALL, EvidenceFilter(as_of=date(2025, 6, 1)), EvidenceFilter(reported_by=("deepseek-ai",))]
    seen = 0
    for flt in filters:
        for model in sorted(set(store.values["model"])):
            rows = store._accepted(flt, store._cell(model, None))
            want = set({store.values["benchmark"][b] for b in np.unique(store.codes["benchmark"][rows])})
            store._benchmarks.clear()
            got = store.benchmarks_of(model, flt)
            assert got == want and list(got) == list(want), (model, flt)  # the same set, iterated alike
            seen += len(got)
    assert seen > 100


def _off_side_as_every_row(store, party, reporters):
    import numpy as np

    off = ~store._on_side(EvidenceFilter(party=party, subject_reporters=reporters), np.arange(len(store)))
    return {store.values["model"][m] for m in np.unique(store.codes["model"][off])}


def test_models_off_side_tests_each_model_reporter_and_party_once_as_every_row_would(proj):
    """`models_off_side` (each distinct model, reporter and first_party tested once) gives, for every
    developer of the seed and both sides, the models that a test of every row finds off that side; and
    so for rows whose reporter is unknown (first_party unknown) and reporters named in another case."""
    from harness.judge.corroboration import subject_reporters
    from harness.verify import Project, load_inputs

    run = load_inputs(Project(Path(__file__).parent.parent))
    store = run.evidence
    developers = {m.developer: m.id for m in run.catalog.all_models() if m.developer}
    assert len(developers) > 5 and {0, 1} <= set(store.numeric["first_party"].tolist())
    found = 0
    for model in developers.values():
        reporters = subject_reporters(run.catalog, store, model)
        for party in ("first_party", "independent"):
            want = _off_side_as_every_row(store, party, reporters)
            assert store.models_off_side(party, reporters) == want, (model, party)
            found += len(want)
    assert found > 100
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
        Beta-2,BigBench,pass@1,,70,Some Blog,https://blog.example,Post,2025-12-01,
        Gamma-3,BigBench,pass@1,,75,ALPHA LAB,https://alpha.example/card,Table 1,2025-12-01,
        Delta-4,BigBench,pass@1,,79,Eval Watchdog,https://w.example,Board,2025-12-01,
        """
    )
    (store, _), _ = _load(proj)
    assert set(store.numeric["first_party"].tolist()) == {-1, 0, 1}
    for reporters in [("Alpha Lab",), ("alpha lab",), ("Some Blog",), ()]:
        for party in ("first_party", "independent"):
            assert store.models_off_side(party, reporters) == _off_side_as_every_row(store, party, reporters)
    assert store.models_off_side("first_party", ("alpha lab",)) == {"beta-2", "delta-4"}
    assert store.models_off_side("independent", ("Alpha Lab",)) == {"alpha-1", "beta-2", "gamma-3"}


def _on_side_as_every_model(store, party, reporters):
    flt = EvidenceFilter(party=party, subject_reporters=reporters)
    return {m for m in store.values["model"] if store.benchmarks_of(m, flt)}


def test_models_on_side_are_the_models_a_side_filter_finds_a_row_for(proj):
    """`models_on_side` (each distinct model, reporter and first_party of the rows the snapshot test keeps)
    gives, for every developer of the seed and both sides, the models `benchmarks_of` finds a row for
    through a filter of that side; so too when the seed's snapshots have been superseded (their rows no
    longer count), and for rows whose reporter is unknown (first_party unknown)."""
    from harness.judge.corroboration import has_rows, subject_reporters
    from harness.verify import Project, load_inputs

    found = []
    for ended in (False, True):
        run = load_inputs(Project(Path(__file__).parent.parent))
        store = run.evidence
        if ended:
            assert len(store.windows) == 2
            store.windows = {sha: (w[0], date(2025, 1, 1), *w[2:]) for sha, w in store.windows.items()}
        developers = {m.developer: m.id for m in run.catalog.all_models() if m.developer}
        sides = []
        for model in developers.values():
            reporters = subject_reporters(run.catalog, store, model)
            for party in ("first_party", "independent"):
                want = _on_side_as_every_model(store, party, reporters)
                assert store.models_on_side(party, reporters) == want, (model, party)
                assert has_rows(store, [model], party, reporters) == (model in want)
                sides.append(want)
        found.append(sides)
    assert sum(map(len, found[0])) > 100
    assert all(b <= a for a, b in zip(*found)) and found[0] != found[1]  # superseded rows left out
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
        Beta-2,BigBench,pass@1,,70,Some Blog,https://blog.example,Post,2025-12-01,
        Delta-4,BigBench,pass@1,,79,Eval Watchdog,https://w.example,Board,2025-12-01,
        """
    )
    (store, _), _ = _load(proj)
    for reporters in [("Alpha Lab",), ("some blog",), ()]:
        for party in ("first_party", "independent"):
            assert store.models_on_side(party, reporters) == _on_side_as_every_model(store, party, reporters)
    assert store.models_on_side("first_party", ("some blog",)) == {"alpha-1", "beta-2"}
    assert store.models_on_side("independent", ("Alpha Lab",)) == {"delta-4"}  # Some Blog: first_party unknown


def _record_field_by_field(store, i):
    """A row's record as the store built it before it read columns in batches: each value on its own."""
    import hashlib

    from harness.evidence.records import ROW_IDENTITY, ScoreRecord

    cols, num = store._cols, store.numeric
    stderr, n, fp = num["stderr"][i], int(num["n"][i]), int(num["first_party"][i])
    rec = ScoreRecord(
        origin=cols.origin(i),
        model=cols.value("model", i),
        benchmark=cols.value("benchmark", i),
        metric=cols.value("metric", i),
        setting=cols.value("setting", i),
        value=float(num["value"][i]),
        reported_by=cols.value("reported_by", i),
        source_url=cols.value("source_url", i),
        source_locator=cols.value("source_locator", i),
        as_of=cols.value("as_of", i),
        model_name=cols.value("model_name", i),
        benchmark_name=cols.value("benchmark_name", i),
        setting_text=cols.value("setting_text", i),
        stderr=None if stderr != stderr else float(stderr),
        n=None if n < 0 else n,
        first_party=None if fp < 0 else bool(fp),
        notes=cols.value("notes", i),
        kind=cols.value("kind", i),
        partial=bool(num["partial"][i]),
        snapshot=cols.value("snapshot", i),
        items=cols.items.get(i),
    )
    parts = [rec.setting.label() if f == "setting" else getattr(rec, f) for f in ROW_IDENTITY]
    return rec, hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def _fields(rec) -> list:
    return [(k, type(v), v) for k, v in vars(rec).items() if k != "row_id"]


def test_records_built_in_batches_and_one_by_one_are_the_records_of_each_value(proj):
    """The store builds the records a lookup returns a column at a time, and a single one value by value:
    each has every field (its value and type, in field order) and row id the record built field by field
    has, for every row of the seed (imported snapshots, stated SEs) and of a project with local runs
    (per-item results, item counts, kind local)."""
    import numpy as np

    from harness.verify import Project, load_inputs

    _local_run(proj, "a", "Alpha-1", {f"q{i}": float(i % 4 != 0) for i in range(200)})
    _local_run(proj, "b", "Beta-2", {f"q{i}": float(i % 2 == 0) for i in range(200)})
    # reporters the catalog cannot place: first_party unknown (the seed's rows all know theirs), in two
    # neighbouring rows, so that one is built in the batch and one on its own
    proj.scores(
        """
        Beta-2,BigBench,pass@1,,70,Some Blog,https://blog.example,Post,2025-12-01,
        Alpha-1,BigBench,pass@1,,72,Some Blog,https://blog.example,Post,2025-12-01,
        """,
        "blog.csv",
    )
    checked = set()
    for root in (Path(__file__).parent.parent, proj.root):
        store = load_inputs(Project(root)).evidence
        every = np.arange(len(store))
        odd = store.records_at(every[1::2])  # in one batch
        even = [store.record(int(i)) for i in every[::2]]  # one at a time
        assert all(a is b for a, b in zip(store.records_at(every[1::2]), odd))  # built once
        for i, rec in zip([*every[1::2], *every[::2]], [*odd, *even]):
            want, row_id = _record_field_by_field(store, int(i))
            assert rec == want and _fields(rec) == _fields(want) and rec.row_id == row_id, i
            checked |= {(k, type(v)) for k, v in vars(rec).items()}
    kinds = {
        k: {t for name, t in checked if name == k} for k in ("stderr", "n", "items", "as_of", "kind", "first_party")
    }
    assert kinds["stderr"] == {float, type(None)} and kinds["n"] == {int, type(None)}
    assert kinds["first_party"] == {bool, type(None)}
    assert len(kinds["items"]) == 2
