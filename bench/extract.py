"""Precision and recall of `benchclaims extract` on the labelled sentences in tests/fixtures/extract/.

    python bench/extract.py            # the table (development set and held-out set), then every miss
    python bench/extract.py --json     # the figures as JSON

A found claim counts when its subject, kind and (for a score) model match a labelled one in the same sentence; then its
competitors, benchmarks and quantifier are compared with the label.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.claims.catalog import load_catalog  # noqa: E402
from harness.extract.documents import Document  # noqa: E402
from harness.extract.lexicon import Extractor  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "extract"


def load_set(name: str = "labelled.yaml") -> list[dict]:
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))["items"]


def extractor(tmp: Path) -> Extractor:
    shutil.copytree(REPO / "catalog", tmp / "catalog")
    shutil.copy(FIXTURES / "catalog.yaml", tmp / "catalog" / "zz-labelled-set.yaml")
    return Extractor(load_catalog(tmp / "catalog", tmp))


def found_in(ex: Extractor, item: dict) -> list[dict]:
    context = item.get("context", "")
    # a sentence before, in the same paragraph; a title (no full stop) stands apart
    head = "" if not context else context + (" " if context.rstrip()[-1:] in ".!?" else "\n\n")
    doc = Document(item["url"], head + item["text"])
    out = []
    for f in ex.extract(doc):
        start = int(re.match(r"characters (\d+)", f.location).group(1))
        if start < len(head):
            continue  # the context line is there to resolve "it", not to be scored
        out.append(
            {
                "subject": f.subject,
                "kind": f.kind,
                "model": f.model,
                "competitors": f.competitors,
                "benchmarks": f.benchmarks,
                "quantifier": f.quantifier,
            }  # fmt: skip
        )
    return out


def _same(field: str, a, b) -> bool:
    if field == "competitors":
        return sorted(a or []) == sorted(b or [])
    if field == "benchmarks":
        norm = lambda x: sorted(x) if isinstance(x, list) else x  # noqa: E731
        return norm(a) == norm(b)
    return a == b


def score(ex: Extractor, items: list[dict]) -> tuple[dict, list[str]]:
    tp = fp = fn = 0
    fields = {"competitors": [0, 0], "benchmarks": [0, 0], "quantifier": [0, 0]}
    problems = []
    for item in items:
        gold = [dict(c) for c in item["claims"]]
        found = found_in(ex, item)
        unmatched = list(gold)
        for f in found:
            match = next(
                (
                    g
                    for g in unmatched
                    if (g["subject"], g["kind"], g.get("model")) == (f["subject"], f["kind"], f["model"])
                ),
                None,
            )
            if match is None:
                fp += 1
                problems.append(f"extra: {f['kind']} {f['subject']} {f['model'] or ''} in {item['text'][:70]!r}")
                continue
            unmatched.remove(match)
            tp += 1
            for name in fields:
                if name in match:
                    fields[name][1] += 1
                    if _same(name, f[name], match[name]):
                        fields[name][0] += 1
                    else:
                        problems.append(f"wrong {name}: {f[name]} (label {match[name]}) in {item['text'][:70]!r}")
        for g in unmatched:
            fn += 1
            problems.append(f"missed: {g['kind']} {g['subject']} {g.get('model') or ''} in {item['text'][:70]!r}")
    figures = {
        "sentences": len(items),
        "labelled_claims": tp + fn,
        "found_claims": tp + fp,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        **{f"{k}_accuracy": round(v[0] / v[1], 3) if v[1] else None for k, v in fields.items()},
    }
    return figures, problems


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        ex = extractor(Path(tmp))
        for name in ("labelled.yaml", "heldout.yaml"):
            results[name] = score(ex, load_set(name))
    if "--json" in sys.argv:
        print(json.dumps({k: v[0] for k, v in results.items()}, indent=2))
        return
    print("| measure | labelled (development) | held out |\n|---|---|---|")
    dev, held = results["labelled.yaml"][0], results["heldout.yaml"][0]
    for k in dev:
        print(f"| {k.replace('_', ' ')} | {dev[k]} | {held[k]} |")
    for name, (_, problems) in results.items():
        for p in problems:
            print(f"- {name}: {p}")


if __name__ == "__main__":
    main()
