"""The Open LLM Leaderboard v2 contents table: raw and normalized scores kept as separate benchmarks."""

from __future__ import annotations

import re

from harness.errors import InputError, raise_problems
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import CsvRows, day, hf_owner, number
from harness.evidence.fetching import Fetched

REPORTER = "Hugging Face Open LLM Leaderboard"
_BENCH = re.compile(r"^evaluations_(.+)_name$")


class OpenLlmLeaderboard(Importer):
    name = "open-llm-leaderboard"
    summary = "Open LLM Leaderboard v2 contents CSV (evaluations_<bench>_{name,value,normalized_score})"

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        table = CsvRows(src)
        header = table.header
        benches = [m.group(1) for h in header if (m := _BENCH.match(h))]
        if "model_name" not in header or not benches:
            raise InputError(
                src.label,
                "not an Open LLM Leaderboard v2 table: expected model_name and evaluations_<bench>_name columns",
                line=1,
            )
        rows, problems = [], table.problems
        for line, r in table:
            model = (r.get("model_name") or "").strip()
            if not model:
                problems.append(InputError(src.label, "is empty", field="model_name", line=line))
                continue
            precision = (r.get("model_precision") or "").strip()
            common = dict(
                model=model,
                setting=f"Open LLM Leaderboard v2 (lm-eval), {precision or 'precision not stated'}",
                harness="lm-eval (Open LLM Leaderboard v2)",
                subset=precision,
                reported_by=opts.reported_by or REPORTER,
                source_url=opts.source_url or src.url or "",
                as_of=day(r.get("metadata_submission_date")),
                developer=hf_owner(model),
                open_weights=None if (r.get("features_is_not_available_on_hub") or "").upper() == "TRUE" else True,
                license=(r.get("metadata_hub_license") or "").strip(),
            )
            for b in benches:
                name = (r.get(f"evaluations_{b}_name") or b).strip()
                raw, norm = number(r.get(f"evaluations_{b}_value")), number(r.get(f"evaluations_{b}_normalized_score"))
                if raw is None or norm is None:
                    problems.append(
                        InputError(src.label, f"needs numeric value and normalized_score for {name}", line=line)
                    )
                    continue
                locator = f"{src.name} line {line}, evaluations_{b}"
                rows.append(
                    ImportedRow(
                        benchmark=name,
                        metric="accuracy (raw)",
                        value=raw,
                        locator=locator + "_value",
                        scale="fraction",
                        **common,
                    )
                )
                rows.append(
                    ImportedRow(
                        benchmark=f"{name} (normalized, Open LLM Leaderboard v2)",
                        metric="normalized score",
                        value=norm,
                        locator=locator + "_normalized_score",
                        **common,
                        notes="rescaled so random guessing scores 0 (the leaderboard's normalization)",
                    )
                )
            avg = number(r.get("model_average_score"))
            if avg is not None:
                rows.append(
                    ImportedRow(
                        benchmark="Open LLM Leaderboard v2 average",
                        metric="mean normalized score",
                        value=avg,
                        locator=f"{src.name} line {line}, model_average_score",
                        **common,
                    )
                )
        raise_problems(problems)
        return rows
