"""Import every real file under tests/fixtures/importers/ (and any folders named) and say what became of each.

    python bench/import_sweep.py                     # the fixtures
    python bench/import_sweep.py ~/downloads/evals   # the fixtures, then every file under that folder
    python bench/import_sweep.py --json DIR          # one record per file

Each file is imported into a fresh project holding the seed's hand-written catalog, with
--add-unmapped, as each format that claims it would read it (the folder name's hint first, then
every importer in turn). Per format it prints: imported (values read, imported, skipped with
their reasons, notes, unmapped), refused with the one-line reason, or CRASHED (a traceback: a
defect). "Imported" is not "correct": the tests check values against the files; this sweep
shows what a new user would get, and every skip and note that needs a reviewer's eye.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import traceback
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.errors import BenchclaimsError  # noqa: E402
from harness.evidence.adapters import IMPORTERS  # noqa: E402
from harness.evidence.adapters.base import ImportOptions  # noqa: E402
from harness.evidence.importing import import_source  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "importers"
# the folder-name hints of the fixtures (and of folders laid out the same way)
HINTS = {
    "lm_eval": "lm-eval",
    "lm_eval_03": "lm-eval",
    "lm_eval_04": "lm-eval",
    "epoch": "epoch",
    "lmarena": "lmarena",
    "lmarena_csv": "lmarena",
    "lmarena_json": "lmarena",
    "eee": "eee",
    "inspect": "inspect",
    "inspect_eval": "inspect",
    "helm": "helm",
    "model_card": "model-card",
    "open_llm_leaderboard": "open-llm-leaderboard",
    "open_llm": "open-llm-leaderboard",
}
COMPANIONS = {"model_versions.csv", "run_spec.json", "scenario.json", "per_instance_stats.json", "scenario_state.json"}
SKIP_SUFFIXES = {".md", ".jsonl", ".parquet", ".pkl", ".html", ".txt"}


# the value counts of an import report summed per format: read = imported + skipped + unmapped_rows
VALUE_COUNTS = ("read", "imported", "skipped", "unmapped_rows")


def candidates(path: Path) -> list[str]:
    """The formats to try for a file: its folders' hint first, then every other importer."""
    hinted = (["inspect"] if path.suffix == ".eval" else []) + [
        HINTS[p] for p in reversed(path.parts[:-1]) if p in HINTS
    ]
    first = hinted[:1]
    return first + [f for f in IMPORTERS if f not in first]


def files(folder: Path) -> list[Path]:
    out = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p.name in COMPANIONS or p.name == "SOURCES.md":
            continue
        # a model card is a README.md: skipped with the other notes, the model-card importer was never swept
        if p.suffix in SKIP_SUFFIXES and not (p.suffix == ".md" and candidates(p)[0] == "model-card"):
            continue
        if p.name.startswith("samples_"):
            continue
        out.append(p)
    return out


def _card_page(path: Path, fmt: str) -> str:
    """A model card's huggingface.co page from its fixture's name, `<owner>_<repo>_README….md` (SOURCES.md): a card
    whose results name no source is refused without one, which would leave its rows unswept."""
    head = path.name.split("_README")[0]
    if fmt != "model-card" or "_" not in head:
        return ""
    owner, repo = head.split("_", 1)
    return f"https://huggingface.co/{owner}/{repo}"


def sweep_one(path: Path) -> dict:
    """Import one file as the first format that reads it; what happened, as a record."""
    tried = []
    for fmt in candidates(path):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "catalog").mkdir()
            for name in ("models.yaml", "benchmarks.yaml"):
                shutil.copy(REPO / "catalog" / name, root / "catalog" / name)
            opts = ImportOptions(
                model=f"sweep/{path.stem}" if fmt == "lm-eval" else "", source_url=_card_page(path, fmt)
            )
            try:
                report = import_source(root, fmt, str(path), opts, add_unmapped=True)
            except BenchclaimsError as exc:
                tried.append((fmt, str(exc).splitlines()[0][:300]))
                continue
            except Exception:  # a traceback is a defect: report it, keep sweeping
                return {"file": str(path), "format": fmt, "outcome": "crashed", "reason": traceback.format_exc(limit=3)}
            counts = report.counts()
            return {
                "file": str(path),
                "format": fmt,
                "outcome": "imported",
                "counts": counts,
                "skipped": Counter(s["reason"] for s in report.skipped).most_common(5),
                "notes": report.notes[:5],
                "row_notes": Counter(
                    n.split(":")[0] for r in report.rows for n in (r.get("notes") or "").split("; ") if n
                ).most_common(5),
            }
    hinted = candidates(path)[0]
    reason = next((why for f, why in tried if f == hinted), tried[0][1] if tried else "no importer")
    return {"file": str(path), "format": hinted, "outcome": "refused", "reason": reason}


def _summary(recs: list[dict]) -> str:
    """Files imported, refused and crashed, and the values read, imported, skipped and left unmapped."""
    outcomes = Counter(r["outcome"] for r in recs)
    values: Counter = Counter()
    for r in recs:
        values.update({k: v for k, v in r.get("counts", {}).items() if k in VALUE_COUNTS})
    files = ", ".join(f"{outcomes[o]} {o}" for o in ("imported", "refused", "crashed"))
    return f"{files}; values " + ", ".join(f"{values[k]} {k}" for k in VALUE_COUNTS)


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    folders = [FIXTURES] + [Path(a) for a in argv if a != "--json"]
    records = [sweep_one(p) for folder in folders for p in files(folder)]
    if as_json:
        print(json.dumps(records, indent=2, default=str))
        return 0
    by_format: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_format[r["format"]].append(r)
    for fmt, recs in sorted(by_format.items()):
        print(f"{fmt}: {len(recs)} file(s): {_summary(recs)}")
        for r in recs:
            name = Path(r["file"]).name
            if r["outcome"] == "imported":
                c = r["counts"]
                print(
                    f"  {name}: read {c['read']}, imported {c['imported']}, skipped {c['skipped']}, "
                    f"unmapped {c['unmapped_rows']}, notes {c['notes']}"
                )
                for why, n in r["skipped"]:
                    print(f"    skipped {n}: {why}")
                for note, n in r["row_notes"]:
                    print(f"    row note x{n}: {note}")
            else:
                print(f"  {name}: {r['outcome'].upper()}: {r['reason']}")
    total = Counter(r["outcome"] for r in records)
    print(f"\n{len(records)} file(s): " + ", ".join(f"{n} {o}" for o, n in sorted(total.items())))
    for fmt, recs in sorted(by_format.items()):
        print(f"  {fmt}: {_summary(recs)}")
    return 1 if total.get("crashed") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
