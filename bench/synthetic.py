"""Generate a synthetic benchclaims project: catalog, evidence CSVs split by reporter, one file per claim."""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from harness.claims.newproject import EVIDENCE_COLUMNS  # noqa: E402

N_BENCHMARKS = 500
N_ORGS = 50
TAG_SIZE = 25  # benchmarks per tag: a tag is a suite of 25, like a report's table
WIDE_TAG_SIZE = 50  # a wider tag (t0, t1, ...) for cohort rank claims: a leaderboard's 50 benchmarks
SETTINGS = ["", "pass@1", "0-shot", "no tools", "pass@1, no tools"]
QUANTIFIERS = ["all", "most", "any", "{at_least: 2}"]


def model_name(i: int) -> str:
    return f"Model {i:04d}"


def bench_name(j: int) -> str:
    return f"Bench {j:03d}"


def write_catalog(root: Path, n_models: int) -> None:
    lines = ["organisations:"]
    lines += [f"  - {{id: org-{k:02d}, name: Org {k:02d}}}" for k in range(N_ORGS)]
    lines += ["  - {id: board, name: Open Board}", "models:"]
    for i in range(n_models):
        lines.append(
            f"  - {{id: model-{i:04d}, name: {model_name(i)}, aliases: [m{i:04d}], developer: org-{i % N_ORGS:02d}, "
            f"open_weights: {'true' if i % 3 == 0 else 'false'}}}"
        )
    lines.append("benchmarks:")
    for j in range(N_BENCHMARKS):
        items = "items: 1000, items_status: exact, " if j % 10 else ""
        lines.append(
            f"  - {{id: bench-{j:03d}, name: {bench_name(j)}, {items}tags: [suite-{j // TAG_SIZE:02d}, t{j // WIDE_TAG_SIZE}]}}"
        )
    (root / "catalog").mkdir(parents=True, exist_ok=True)
    (root / "catalog" / "catalog.yaml").write_text("\n".join(lines) + "\n")


def write_evidence(root: Path, n_models: int, n_rows: int, seed: int = 0) -> None:
    """One CSV per developer org, as each lab publishes its own table; one row per model x benchmark."""
    rng = np.random.default_rng(seed)
    n_bench = max(1, min(N_BENCHMARKS, n_rows // n_models))
    scores = np.round(rng.uniform(20, 95, size=(n_models, n_bench)), 1)
    out = root / "results" / "published"
    out.mkdir(parents=True, exist_ok=True)
    header = list(EVIDENCE_COLUMNS)  # the published-table layout `init` writes
    writers = {}
    files = []
    for k in range(N_ORGS):
        f = open(out / f"org-{k:02d}.csv", "w", newline="")  # noqa: SIM115
        files.append(f)
        w = csv.writer(f)
        w.writerow(header)
        writers[k] = w
    try:
        for i in range(n_models):
            w = writers[i % N_ORGS]
            org = f"Org {i % N_ORGS:02d}"
            url = f"https://org{i % N_ORGS:02d}.example/models/{i:04d}"
            for j in range(n_bench):
                w.writerow(
                    [
                        model_name(i),
                        bench_name(j),
                        "accuracy",
                        SETTINGS[j % len(SETTINGS)],
                        f"{scores[i, j]:.1f}",
                        org,
                        url,
                        "Table 2",
                        f"2025-{1 + j % 12:02d}-15",
                        "",
                    ]
                )
    finally:
        for f in files:
            f.close()


def write_claims(root: Path, n_models: int, n_claims: int, n_bench: int, seed: int = 0) -> None:
    """Claims of every kind and quantifier, each in its own file."""
    rng = random.Random(seed)
    out = root / "claims"
    out.mkdir(parents=True, exist_ok=True)
    n_tags = max(1, n_bench // TAG_SIZE)
    for c in range(n_claims):
        subject = rng.randrange(n_models)
        others = [m for m in rng.sample(range(n_models), 9) if m != subject]
        q = QUANTIFIERS[c % len(QUANTIFIERS)]
        benches = rng.sample(range(n_bench), min(n_bench, rng.randint(3, 8)))
        blist = "[" + ", ".join(bench_name(b) for b in benches) + "]"
        kind = ("outperforms", "matches", "ranks", "score", "outperforms", "ranks")[c % 6]
        if kind == "outperforms":
            bspec = f"{{tags: [suite-{rng.randrange(n_tags):02d}]}}" if c % 5 == 0 else blist
            body = (
                f"  - kind: outperforms\n    competitors: [{', '.join(model_name(m) for m in others[: 1 + c % 3])}]\n"
                f"    benchmarks: {bspec}\n    quantifier: {q}\n"
            )
        elif kind == "matches":
            body = (
                f"  - kind: matches\n    competitors: [{model_name(others[0])}]\n    tolerance: 2\n"
                f"    benchmarks: {blist}\n    quantifier: {q}\n"
            )
        elif kind == "ranks":
            cohort = ", ".join(model_name(m) for m in others[: rng.randint(4, 8)])
            body = (
                f"  - kind: ranks\n    cohort: {{models: [{cohort}]}}\n    top: {1 + c % 3}\n"
                f"    benchmarks: {blist}\n    quantifier: {q}\n"
            )
        else:
            body = f"  - kind: score\n    benchmark: {bench_name(benches[0])}\n    value: {rng.randint(20, 95)}.0\n"
        text = (
            f'id: claim-{c:05d}\nstatement: "{model_name(subject)} claim {c}"\n'
            f"source: {{publisher: Example News, url: 'https://news.example/{c}', date: 2025-12-31}}\n"
            f"subject: {model_name(subject)}\nassertions:\n{body}"
        )
        (out / f"claim-{c:05d}.yaml").write_text(text)


def write_cohort_claims(root: Path, n_models: int, n_claims: int, n_bench: int, seed: int = 0) -> None:
    """The cohort workload: a quarter rank claims among every open-weight model on a 50-benchmark tag,
    the rest outperforms or matches against 1-3 competitors on 8 listed benchmarks."""
    rng = random.Random(seed)
    out = root / "claims"
    out.mkdir(parents=True, exist_ok=True)
    n_tags = max(1, n_bench // WIDE_TAG_SIZE)
    for c in range(n_claims):
        subject = rng.randrange(n_models)
        q = QUANTIFIERS[c % len(QUANTIFIERS)]
        if c % 4 == 0:
            body = (
                f"  - kind: ranks\n    cohort: {{open_weights: true}}\n    top: {1 + c % 3}\n"
                f"    benchmarks: {{tags: [t{rng.randrange(n_tags)}]}}\n    quantifier: {q}\n"
            )
        else:
            others = [m for m in rng.sample(range(n_models), 4) if m != subject][: rng.randint(1, 3)]
            names = ", ".join(model_name(m) for m in others)
            blist = "[" + ", ".join(bench_name(b) for b in rng.sample(range(n_bench), min(n_bench, 8))) + "]"
            if c % 2:
                body = (
                    f"  - kind: outperforms\n    competitors: [{names}]\n    benchmarks: {blist}\n    quantifier: {q}\n"
                )
            else:
                body = (
                    f"  - kind: matches\n    competitors: [{names}]\n    tolerance: 2\n"
                    f"    benchmarks: {blist}\n    quantifier: {q}\n"
                )
        text = (
            f'id: claim-{c:05d}\nstatement: "{model_name(subject)} claim {c}"\n'
            f"source: {{publisher: Example News, url: 'https://news.example/{c}', date: 2025-12-31}}\n"
            f"subject: {model_name(subject)}\nassertions:\n{body}"
        )
        (out / f"claim-{c:05d}.yaml").write_text(text)


def generate(root: Path, n_models: int, n_rows: int, n_claims: int, cohorts: bool = False) -> Path:
    """Write a whole project under `root` and return it (`cohorts`: the cohort workload's claims)."""
    write_catalog(root, n_models)
    write_evidence(root, n_models, n_rows)
    n_bench = max(1, min(N_BENCHMARKS, n_rows // n_models))
    (write_cohort_claims if cohorts else write_claims)(root, n_models, n_claims, n_bench)
    return root
