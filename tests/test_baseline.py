import json

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from tests.conftest import FIXTURES


def _verify(proj, out_dir, *extra):
    return CliRunner().invoke(
        cli, ["verify", "--project", str(proj.root), "--report-dir", str(out_dir), *map(str, extra)]
    )


def _claim_on_two_benchmarks(proj):
    path = proj.root / "claims" / "alpha-beats-beta.yaml"
    path.write_text(path.read_text().replace("benchmarks: shared", "benchmarks: [BigBench, MidBench]"))


def test_unchanged_evidence_exits_0_and_outputs_are_byte_identical(proj, tmp_path):
    _claim_on_two_benchmarks(proj)
    first = _verify(proj, tmp_path / "r1", "--json")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(first.stdout)
    second = _verify(proj, tmp_path / "r2", "--json", "--baseline", baseline)
    assert second.exit_code == 0, second.stderr
    assert second.stdout == first.stdout
    for name in ["alpha-beats-beta.md", "alpha-beats-beta.png"]:
        assert (tmp_path / "r1" / name).read_bytes() == (tmp_path / "r2" / name).read_bytes(), name
    # with a baseline the index also says what changed (here: nothing), the same on every re-run
    index = (tmp_path / "r2" / "index.md").read_text()
    assert "Changed since the baseline: 0 of 1 claim." in index
    third = _verify(proj, tmp_path / "r3", "--json", "--baseline", baseline)
    assert (tmp_path / "r3" / "index.md").read_text() == index and third.stdout == first.stdout


def _baseline_then_mid_bench_drops(proj, tmp_path, *detail):
    """Save a baseline of the two-benchmark claim, then lower Beta-2's MidBench score 58 -> 50."""
    _claim_on_two_benchmarks(proj)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json", *detail).stdout)
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(
        scores.read_text().replace("Beta-2,MidBench,pass@1,no tools,58.0", "Beta-2,MidBench,pass@1,no tools,50.0")
    )
    return baseline


@pytest.mark.parametrize(
    "saved, now",
    [((), ()), (("--detail", "full"), ()), ((), ("--detail", "full")), (("--detail", "full"), ("--detail", "full"))],
)
def test_changed_row_fails_and_names_claim_and_row(proj, tmp_path, saved, now):
    # a baseline of either layout (schema 1: --detail full; schema 2: compact) against a run of either
    baseline = _baseline_then_mid_bench_drops(proj, tmp_path, *saved)
    assert json.loads(baseline.read_text())["schema_version"] == (1 if saved else 2)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, *now)
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [
        "changed: alpha-beats-beta: verdict partially_supported → supported",
        "changed: alpha-beats-beta: assertion 1 (outperforms): partially_supported → supported",
        "changed: alpha-beats-beta: row results/published/scores.csv:7 (Beta Corp): value 58.0 → 50.0",
        "changed: alpha-beats-beta: the new verdict is within noise (Holm, α=0.05)",
    ]
    page = (tmp_path / "r2" / "alpha-beats-beta.md").read_text()
    assert "## What changed since the baseline" in page
    assert "row results/published/scores.csv:7 \\(Beta Corp\\): value 58.0 → 50.0" in page


@pytest.mark.parametrize("now", [(), ("--detail", "full")])
def test_a_compact_baseline_written_with_every_field_still_loads(proj, tmp_path, now):
    # version 2 as it was first written (every field of every record, indented), saved from this
    # project's two-benchmark claim: unchanged evidence is no change, a changed row is named
    baseline = FIXTURES / "baselines" / "compact-every-field.json"
    assert '"fragility_to": null' in baseline.read_text()
    _claim_on_two_benchmarks(proj)
    r = _verify(proj, tmp_path / "r1", "--baseline", baseline, "--no-report", *now)
    assert (r.exit_code, r.stderr) == (0, "")
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(
        scores.read_text().replace("Beta-2,MidBench,pass@1,no tools,58.0", "Beta-2,MidBench,pass@1,no tools,50.0")
    )
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--no-report", *now)
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [
        "changed: alpha-beats-beta: verdict partially_supported → supported",
        "changed: alpha-beats-beta: assertion 1 (outperforms): partially_supported → supported",
        "changed: alpha-beats-beta: row results/published/scores.csv:7 (Beta Corp): value 58.0 → 50.0",
        "changed: alpha-beats-beta: the new verdict is within noise (Holm, α=0.05)",
    ]


def test_changed_beyond_noise_lets_a_within_noise_flip_pass(proj, tmp_path):
    # 55 vs 50 on MidBench's 500 items: the flip to supported is within noise (p 0.11), so it is listed
    # but does not fail; the same flip fails under plain `changed`
    baseline = _baseline_then_mid_bench_drops(proj, tmp_path)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "changed_beyond_noise")
    assert r.exit_code == 0
    assert "changed: alpha-beats-beta: the new verdict is within noise (Holm, α=0.05)" in r.stderr.splitlines()
    # a flip the noise cannot explain fails: MidBench 50 -> 30
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(scores.read_text().replace("MidBench,pass@1,no tools,50.0", "MidBench,pass@1,no tools,30.0"))
    r = _verify(proj, tmp_path / "r3", "--baseline", baseline, "--fail-on", "changed_beyond_noise")
    assert r.exit_code == 1 and "the new verdict is within noise" not in r.stderr


def test_fail_on_refuted_and_none(proj, tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json").stdout)
    assert _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "refuted").exit_code == 0
    assert _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "none").exit_code == 0
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "sometimes")
    assert r.exit_code == 2
    assert r.stderr.startswith(
        "Error: --fail-on takes a comma list of changed, changed_beyond_noise, insufficient_evidence, none, refuted"
    )


def test_an_empty_fail_on_is_refused_not_read_as_the_default(proj, tmp_path):
    # `--fail-on "$FAIL_ON"` with the variable unset meant the default, "changed": a CI job that meant to fail on
    # refuted claims passed on them without a word
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json").stdout)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "")
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1] == (
        "Error: --fail-on takes a comma list of changed, changed_beyond_noise, insufficient_evidence, none, refuted, "
        "strength; got ''"
    )


def test_a_misspelt_fail_on_word_is_named_with_the_word_it_is_spelt_like(proj, tmp_path):
    # "got 'changed,refutd'" said the list was wrong, not which word of it, nor what was meant
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json").stdout)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "changed,refutd,sometimes")
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1] == (
        "Error: --fail-on takes a comma list of changed, changed_beyond_noise, insufficient_evidence, none, refuted, "
        "strength; got 'changed,refutd,sometimes'; 'refutd' is none of them (did you mean 'refuted'?); "
        "'sometimes' is none of them"
    )


def test_fail_on_refuted_fails_only_when_a_claim_is_refuted(proj, tmp_path):
    path = proj.root / "claims" / "alpha-beats-beta.yaml"
    path.write_text(path.read_text().replace("benchmarks: shared", "benchmarks: [MidBench]"))  # a loss
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json").stdout)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "refuted")
    assert (r.exit_code, r.stderr) == (1, "refuted: alpha-beats-beta\n")
    assert _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "changed").exit_code == 0


def test_bad_baseline_is_bad_input(proj, tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text('{"schema_version": 2}')
    r = _verify(proj, tmp_path / "r", "--baseline", bad)
    assert r.exit_code == 2
    assert r.stderr == f"Error: {bad}: claims: not a `benchclaims verify --json` output (missing)\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # each was read as an empty schema-1 baseline: every claim "new", exit 1
        ('{"schema": 99, "claims": []}', "schema_version: not a `benchclaims verify --json` output (missing)"),
        ("{}", "schema_version: not a `benchclaims verify --json` output (missing)"),
        # a version this one does not know is named before its records are read as ours
        ('{"schema_version": 3, "claims": {"a": 1}}', "schema_version 3 is not one this version reads (1 or 2)"),
    ],
)  # fmt: skip
def test_a_baseline_without_a_known_schema_version_is_refused(proj, tmp_path, text, expected):
    bad = tmp_path / "b.json"
    bad.write_text(text)
    r = _verify(proj, tmp_path / "r", "--baseline", bad, "--no-report")
    assert (r.exit_code, r.stderr) == (2, f"Error: {bad}: {expected}\n")


def test_a_saved_run_of_a_real_output_without_its_schema_version_is_refused(proj, tmp_path):
    # a compact output whose label was deleted was read as the full layout: now the label is asked for
    data = json.loads(_verify(proj, tmp_path / "r1", "--json").stdout)
    del data["schema_version"]
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(data))
    r = _verify(proj, tmp_path / "r", "--baseline", bad, "--no-report")
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {bad}: schema_version: not a `benchclaims verify --json` output (missing)\n",
    )


def test_a_run_of_no_claims_is_a_baseline(tmp_path, monkeypatch):
    # verify writes {"schema_version": 2, "claims": [], ...} for a project with no claims yet: it reads back
    assert CliRunner().invoke(cli, ["init", str(tmp_path / "p")]).exit_code == 0
    monkeypatch.chdir(tmp_path / "p")
    saved = CliRunner().invoke(cli, ["verify", "--json", "--no-report"])
    assert (json.loads(saved.stdout)["schema_version"], json.loads(saved.stdout)["claims"]) == (2, [])
    (tmp_path / "b.json").write_text(saved.stdout)
    r = CliRunner().invoke(cli, ["verify", "--no-report", "--baseline", str(tmp_path / "b.json")])
    assert (r.exit_code, r.stdout, r.stderr) == (0, "No claims verified.\n", "")


def test_a_baseline_field_is_named_as_claim_files_name_fields(proj, tmp_path):
    """claims[0].assertions[1].verdict, as in `claims/c.yaml:9: assertions[0].value`; was claims.0.assertions.1."""
    bad = tmp_path / "b.json"
    assertions = [{"kind": "outperforms", "verdict": "supported"}, {"kind": "outperforms"}]
    claims = [{"id": "a", "verdict": "supported", "assertions": assertions}]
    bad.write_text(json.dumps({"schema_version": 1, "claims": claims}))
    r = _verify(proj, tmp_path / "r", "--baseline", bad)
    assert (
        r.stderr
        == f"Error: {bad}: claims[0].assertions[1].verdict: not a `benchclaims verify --json` output (missing)\n"
    )


@pytest.mark.parametrize(
    "edit,where,said",
    [
        # each was read: "verdict banana → supported" failed the run as a change
        (lambda b: b["claims"][0].update(verdict="banana"), "claims[0].verdict",
         "must be 'supported', 'partially_supported', 'refuted' or 'insufficient_evidence'"),
        (lambda b: b["claims"][0].update(strength="very"), "claims[0].strength",
         "must be 'significant' or 'within_noise'"),
        (lambda b: b.update(multiplicity="xyz"), "multiplicity", "must be 'holm' or 'bh'"),
        (lambda b: b.update(alpha=2), "alpha", "must be a number between 0 and 1"),
        # an id no claim file may have (an escape sequence, 100,000 characters) was printed whole as a change
        (lambda b: b["claims"][0].update(id="x\x1b]0;pwned\x07"), "claims[0].id",
         "must be a claim id: lower-case letters, digits, '.', '_' or '-', at most 81 characters"),
        # one claim twice: drift kept one of the two verdicts, unseen
        (lambda b: b["claims"].append(b["claims"][0]), None, "claims[1] has the id 'alpha-beats-beta' of claims[0]"),
    ],
)  # fmt: skip
def test_a_baseline_value_no_run_writes_is_refused(proj, tmp_path, edit, where, said):
    saved = json.loads(_verify(proj, tmp_path / "r1", "--json").stdout)
    edit(saved)
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(saved))
    r = _verify(proj, tmp_path / "r", "--baseline", bad)
    field = f" {where}:" if where else ""
    assert (r.exit_code, r.stderr) == (2, f"Error: {bad}:{field} not a `benchclaims verify --json` output ({said})\n")


def test_schema_and_new(proj, tmp_path):
    out = tmp_path / "s.json"
    r = CliRunner().invoke(cli, ["schema", "-o", str(out)])
    assert r.exit_code == 0 and '"title": "benchclaims claim file"' in out.read_text()
    args = [
        "new",
        "--project",
        str(proj.root),
        "--statement",
        "Alpha-1 beats Beta-2 on BigBench",
        "--subject",
        "Alpha 1",
        "--competitor",
        "Beta-2",
        "--benchmark",
        "BigBench",
        "--publisher",
        "Blog",
        "--url",
        "https://blog.example/x",
        "--date",
        "2025-03-01",
    ]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    written = proj.root / "claims" / "alpha-1-beats-beta-2-on-bigbench.yaml"
    assert r.output == f"Wrote {written} (the live claims folder: `benchclaims verify` checks it)\n"
    assert CliRunner().invoke(cli, ["validate", "--project", str(proj.root)]).exit_code == 0
    again = CliRunner().invoke(cli, args)
    # another way out than overwriting: a second claim whose statement starts alike gets the same id
    assert (again.exit_code, again.stderr) == (
        2, f"Error: {written}: already exists; use --force to overwrite it, or --id ID to write this claim as ID\n"
    )  # fmt: skip
    bad = CliRunner().invoke(cli, args[:-2] + ["--date", "2025-03-01", "--competitor", "Nobody", "--force"])
    assert bad.exit_code == 2
    assert bad.stderr == "Error: --competitor: unknown model 'Nobody'\n"


def _win_claim(proj, claim_id):
    proj.claim(
        f"""
        id: {claim_id}
        statement: "Alpha-1 beats Beta-2 on BigBench"
        source: {{publisher: P, url: "https://p.example", date: 2025-02-01}}
        subject: Alpha-1
        assertions:
          - {{kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench]}}
        """,
        f"{claim_id}.yaml",
    )


def test_a_subset_of_claims_is_compared_only_with_its_own_baseline_entries(proj, tmp_path):
    _win_claim(proj, "win")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json").stdout)
    only = proj.root / "claims" / "win.yaml"
    r = _verify(proj, tmp_path / "r2", only, "--baseline", baseline)
    assert r.exit_code == 0, r.stderr
    assert "no longer present" not in r.stderr
    # the whole folder again, with one claim file gone: that one is reported
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    r = _verify(proj, tmp_path / "r3", "--baseline", baseline)
    assert r.exit_code == 1
    assert "changed: alpha-beats-beta: claim no longer present" in r.stderr.splitlines()


def test_a_strength_change_is_reported_and_fails_only_when_asked(proj, tmp_path):
    _win_claim(proj, "win")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json").stdout)
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(
        scores.read_text().replace("Beta-2,BigBench,pass@1,no tools,70.0", "Beta-2,BigBench,pass@1,no tools,79.5")
    )
    win = proj.root / "claims" / "win.yaml"
    r = _verify(proj, tmp_path / "r2", win, "--baseline", baseline)
    assert r.exit_code == 0, r.stderr
    assert r.stderr.splitlines()[0] == "changed: win: strength significant → within noise"
    assert "row results/published/scores.csv:3 (Beta Corp): value 70.0 → 79.5" in r.stderr
    r = _verify(proj, tmp_path / "r3", win, "--baseline", baseline, "--fail-on", "strength")
    assert r.exit_code == 1


def test_fail_on_a_verdict_without_a_baseline_judges_the_verdicts(proj, tmp_path):
    # the fixture claim is partially_supported: refuted does not fire, partially... is not a choice
    r = _verify(proj, tmp_path / "r", "--fail-on", "refuted")
    assert r.exit_code == 0, r.stderr
    scores = proj.root / "results" / "published" / "scores.csv"
    text = scores.read_text()
    for row in text.splitlines():
        if row.startswith("Alpha-1,") and ",Alpha Lab," in row:
            value = row.split(",")[4]
            # '%': a low percent, no warning; a rating is no percent, its lowest is 0
            low = "0" if ",RatingBench," in row else "1.0%"
            text = text.replace(row, row.replace(f",{value},", f",{low},", 1))
    scores.write_text(text)
    r = _verify(proj, tmp_path / "r2", "--fail-on", "refuted")
    assert r.exit_code == 1
    assert r.stderr.splitlines() == ["refuted: alpha-beats-beta"]
    r = _verify(proj, tmp_path / "r3", "--fail-on", "changed")
    assert r.exit_code == 2
    assert "--fail-on changed compares with a baseline: give --baseline FILE" in r.stderr


def test_the_index_names_the_claims_that_changed(proj, tmp_path):
    baseline = _baseline_then_mid_bench_drops(proj, tmp_path)
    _verify(proj, tmp_path / "r2", "--baseline", baseline)
    index = (tmp_path / "r2" / "index.md").read_text()
    assert "Changed since the baseline: 1 of 1 claim ([alpha-beats-beta](alpha-beats-beta.md))." in index
    assert "| Claim | Verdict | Strength | Independent | Reason | Changed |" in index
    assert index.count("| yes |") == 1


def test_a_compact_baseline_that_refers_to_a_row_it_does_not_list_is_bad_input(proj, tmp_path):
    _claim_on_two_benchmarks(proj)
    data = json.loads(_verify(proj, tmp_path / "r1", "--json").stdout)
    data["evidence_rows"] = data["evidence_rows"][1:]
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(data))
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline)
    assert r.exit_code == 2
    gone = json.loads(_verify(proj, tmp_path / "r1", "--json").stdout)["evidence_rows"][0]["id"]
    assert r.stderr.strip() == f"Error: {baseline}: a comparison refers to evidence row {gone!r}, not in evidence_rows"


@pytest.mark.parametrize(
    "detail,relabel,expected",
    [
        # read as the full layout, a compact file's comparisons have no rows: a changed row went unnamed
        ((), 1,
         "1 is the full layout, but this baseline is in the compact layout (an evidence_rows "
         "table, detail: compact, comparisons that name their rows by id); if it is a compact `verify --json` "
         "output, set schema_version to 2"),
        (("--detail", "full"), 2,
         "2 is the compact layout, but this baseline is in the full layout (comparisons list "
         "their rows as sources, no evidence_rows table); if it is a `verify --json --detail full` output, set "
         "schema_version to 1"),
    ],
)  # fmt: skip
def test_a_baseline_whose_layout_and_schema_version_disagree_is_bad_input(proj, tmp_path, detail, relabel, expected):
    baseline = _baseline_then_mid_bench_drops(proj, tmp_path, *detail)
    data = json.loads(baseline.read_text())
    data["schema_version"] = relabel
    text = json.dumps(data, indent=2, sort_keys=True)
    baseline.write_text(text)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--no-report")
    assert r.exit_code == 2
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith('  "schema_version"'))
    assert r.stderr == f"Error: {baseline}:{line}: schema_version: {expected}\n"


def test_across_layouts_a_rank_unit_names_changed_values_not_the_members_only_one_layout_lists(proj, tmp_path):
    proj.claim(
        """
        id: alpha-first
        statement: "s"
        source: {publisher: P, url: "https://p.example", date: 2025-02-01}
        subject: Alpha-1
        assertions:
          - kind: ranks
            cohort: {open_weights: true}
            top: 1
            benchmarks: [BigBench]
        """,
        "alpha-beats-beta.yaml",
    )
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json", "--detail", "full").stdout)
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(
        scores.read_text().replace("Delta-4,BigBench,pass@1,no tools,79.0", "Delta-4,BigBench,pass@1,no tools,85.0")
    )
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--no-report")
    # the full baseline lists Gamma-3's row too; the compact run only the best member's (Delta-4)
    assert r.stderr.splitlines() == [
        "changed: alpha-first: verdict supported → refuted",
        "changed: alpha-first: assertion 1 (ranks): supported → refuted",
        "changed: alpha-first: strength within noise → significant",
        "changed: alpha-first: row results/published/scores.csv:11 (Eval Watchdog): value 79.0 → 85.0",
    ]


def test_a_baseline_under_another_error_control_is_warned_about(proj, tmp_path):
    # saved at α=0.01 with Benjamini-Hochberg; re-checked at the defaults (α=0.05, Holm)
    _claim_on_two_benchmarks(proj)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_verify(proj, tmp_path / "r1", "--json", "--alpha", "0.01", "--multiplicity", "bh").stdout)
    r = _verify(proj, tmp_path / "r2", "--baseline", baseline, "--fail-on", "none")
    warning = (
        "Warning: the baseline was computed with α=0.01, Benjamini-Hochberg and this run uses α=0.05, Holm: "
        "verdict and strength changes against it may come from the different error control, not from the "
        "evidence; re-save the baseline with the same --alpha and --multiplicity to compare like with like"
    )
    assert warning in r.stderr.splitlines()
    # only the method differs
    r = _verify(proj, tmp_path / "r3", "--baseline", baseline, "--alpha", "0.01", "--fail-on", "none")
    assert "Warning: the baseline was computed with α=0.01, Benjamini-Hochberg and this run uses α=0.01, Holm:" in (
        r.stderr
    )
    # the same control: no warning; a baseline that does not state its control: none either
    r = _verify(proj, tmp_path / "r4", "--baseline", baseline, "--alpha", "0.01", "--multiplicity", "bh")
    assert "error control" not in r.stderr and r.exit_code == 0
    data = json.loads(baseline.read_text())
    del data["alpha"], data["multiplicity"]
    baseline.write_text(json.dumps(data))
    r = _verify(proj, tmp_path / "r5", "--baseline", baseline, "--fail-on", "none")
    assert "error control" not in r.stderr


@pytest.mark.parametrize(
    "text,expected",
    [
        # pydantic's "Input should be a valid dictionary or instance of _Baseline" named a class, not the file's shape
        ("[1, 2]", 'is a JSON list, not a `benchclaims verify --json` output: expected an object '
         '({"schema_version": ..., "claims": [...]})'),
        ('"claims"', 'is a JSON string, not a `benchclaims verify --json` output: expected an object '
         '({"schema_version": ..., "claims": [...]})'),
        ("null", 'is a JSON null, not a `benchclaims verify --json` output: expected an object '
         '({"schema_version": ..., "claims": [...]})'),
        ('{"schema_version": 2, "claims": {"a": 1}}', "claims: not a `benchclaims verify --json` output (must be a list)"),
        ("", "baseline is empty: expected a saved `benchclaims verify --json` output"),
        # json.loads raised a ValueError of Python's own (a traceback) for an integer over 4,300 digits
        ('{"claims": [], "alpha": ' + "9" * 5000 + "}",
         "baseline holds a whole number too long to read (over 4,300 digits): not a `verify --json` output"),
    ],
)  # fmt: skip
def test_a_baseline_that_is_no_json_object_is_one_line(proj, tmp_path, text, expected):
    bad = tmp_path / "b.json"
    bad.write_text(text)
    r = _verify(proj, tmp_path / "r", "--baseline", bad)
    assert (r.exit_code, r.stderr) == (2, f"Error: {bad}: {expected}\n")


def test_a_baseline_with_p_values_at_six_decimals_reads_as_no_change(tmp_path, monkeypatch):
    """Baselines saved before small p-values kept three significant digits wrote each at six decimals (the seed's
    1.16e-25 as 0.0, 7.74e-05 as 7.7e-05): p is no verdict, so such a baseline against today's run is no change."""
    import re

    from tests.conftest import REPO

    text = (REPO / "reports" / "baseline.json").read_text()
    pattern = re.compile(r'"(p_value|p_adjusted)": ([0-9.]+e-[0-9]+)')
    assert len(pattern.findall(text)) == 12
    old = pattern.sub(lambda m: f'"{m[1]}": {round(float(m[2]), 6)!r}', text)
    assert '"p_value": 0.0, "p_adjusted": 0.0' in old and '"p_value": 7.7e-05, "p_adjusted": 7.7e-05' in old
    (tmp_path / "old.json").write_text(old)
    monkeypatch.chdir(REPO)
    args = ["--baseline", str(tmp_path / "old.json"), "--fail-on", "changed", "--report-dir", str(tmp_path / "r")]
    r = CliRunner().invoke(cli, ["verify", *args])
    assert (r.exit_code, r.stderr) == (0, "")
    assert "Changed since the baseline: 0 of 3 claims." in (tmp_path / "r" / "index.md").read_text()
