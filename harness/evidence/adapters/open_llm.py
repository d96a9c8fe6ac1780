"""The Open LLM Leaderboard tables: raw and normalized scores kept as separate benchmarks.

A raw score is the leaderboard's own run of a benchmark (`MMLU-PRO (Open LLM Leaderboard v2)`: 5-shot, the
likeliest option, no chain of thought), never the catalog's benchmark of that name, as the v1 columns are.

Two layouts: the v2 contents dataset (`evaluations_<bench>_{name,value,normalized_score}`), and
the flat 2024 contents export (`model, average, ifeval, ifeval_raw, ...` for v2; `arc, hellaswag,
mmlu, ...` for v1), as the leaderboard's own table and its CSV mirrors write it.
"""

from __future__ import annotations

import re

from harness.counting import counted
from harness.errors import InputError, raise_problems
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import CsvRows, day, hf_owner, not_a_number, number
from harness.evidence.adapters.open_llm_tasks import V1, V2_TASKS, v2_name, v2_task
from harness.evidence.fetching import Fetched

REPORTER = "Hugging Face Open LLM Leaderboard"
_BENCH = re.compile(r"^evaluations_(.+)_name$")
# the leaderboard's own columns, in each layout as its exports wrote them from 2024 to 2025; a file that joins
# another table to it (a copy with LMArena's `arena_score`, `votes` and `rank` beside each row) has columns outside
# these, and each row names them as not read: they were dropped unsaid
_CONTENTS = re.compile(r"^(id|(model|evaluations|features|metadata)_\w+)$")
_FLAT = frozenset(
    "model fullname model_sha precision type t weight_type architecture params_b moe hub_license hub_hearts flagged "
    "average available_on_the_hub upload_to_hub_date submission_date date not_merged merged chat_template "
    "maintainers_highlight generation base_model co_cost_kg official_providers url".split()
)


class OpenLlmLeaderboard(Importer):
    name = "open-llm-leaderboard"
    # 2: v1 columns carry the metric the leaderboard ran; v2 raw scores are its own run, "MMLU-PRO (Open LLM
    # Leaderboard v2)", not the catalog's MMLU-Pro (validate names a table version 1 wrote, to re-import)
    # 3: a contents row's model_sha is in its setting, as a flat table row's is (it was left out)
    # 4: a table with columns that are not the leaderboard's names them in each row's notes as not read (a join
    # with LMArena's ratings left them unsaid), and the flat layout is known by `fullname` as well as `model` (its
    # 2024 joins, where `model` is `model.x`, were refused as no leaderboard table)
    version = "4"
    summary = "Open LLM Leaderboard v2 contents CSV (evaluations_<bench>_{name,value,normalized_score})"

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        table = CsvRows(src)
        header = table.header
        benches = [m.group(1) for h in header if (m := _BENCH.match(h))]
        if "model_name" not in header and "average" in header and {"model", "fullname"} & set(header):
            return _flat(src, opts, table)
        if "model_name" not in header or not benches:
            # both layouts this reads, and the file's own columns: a 2023 v1 table as a third party kept it
            # ("Model, Average, ARC (25-shot), ...") was told only of the v2 contents layout, as if it were a bad copy
            columns = ", ".join(header)
            raise InputError(
                src.label,
                "not an Open LLM Leaderboard table this reads: expected the v2 contents table (model_name and "
                "evaluations_<bench>_name columns) or the leaderboard's flat export (model or fullname, average, and "
                f"its benchmarks' columns: arc, hellaswag, ... or ifeval, bbh, ...); this file's columns: "
                f"{columns if len(columns) <= 150 else columns[:150] + '…'}",
                line=1,
            )
        rows, problems = [], table.problems
        unread = _unread([h for h in header if not _CONTENTS.match(h)])
        for line, r in table:
            model = (r.get("model_name") or "").strip()
            if not model:
                problems.append(InputError(src.label, "is empty", field="model_name", line=line))
                continue
            precision, sha = (r.get("model_precision") or "").strip(), (r.get("model_sha") or "").strip()
            common = dict(
                model=model,
                # the revision, as the flat table's rows state it: one run is one setting in both layouts
                setting=f"Open LLM Leaderboard v2 (lm-eval), {precision or 'precision not stated'}"
                + (f", revision {sha[:12]}" if sha else ""),
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
                written = (r.get(f"evaluations_{b}_name") or b).strip()
                # the leaderboard's one name ("MATH Level 5" here is "MATH Lvl 5" in its table and model cards)
                name = v2_name(written) or written
                said = f"the table calls it {written!r}" if name != written else ""
                task = v2_task(name)
                raw, norm = number(r.get(f"evaluations_{b}_value")), number(r.get(f"evaluations_{b}_normalized_score"))
                if raw is None or norm is None:
                    bad = f"evaluations_{b}_value" if raw is None else f"evaluations_{b}_normalized_score"
                    problems.append(InputError(src.label, not_a_number(r.get(bad)), field=bad, line=line))
                    continue
                locator = f"{src.name} line {line}, evaluations_{b}"
                rows.append(
                    ImportedRow(
                        benchmark=f"{name} (Open LLM Leaderboard v2)",
                        metric="accuracy (raw)",
                        value=raw,
                        locator=locator + "_value",
                        scale="fraction",
                        shots=task.shots if task else None,
                        notes="; ".join(filter(None, [task.note() if task else "", said, unread])),
                        **common,
                    )
                )
                rows.append(
                    ImportedRow(
                        benchmark=f"{name} (normalized, Open LLM Leaderboard v2)",
                        metric="normalized score",
                        value=norm,
                        locator=locator + "_normalized_score",
                        shots=task.shots if task else None,
                        **common,
                        notes="; ".join(
                            filter(
                                None,
                                [
                                    "rescaled so random guessing scores 0 (the leaderboard's normalization)",
                                    said,
                                    unread,
                                ],
                            )
                        ),
                    )
                )
            avg = number(r.get("model_average_score"))
            if avg is None and (r.get("model_average_score") or "").strip():  # never dropped unsaid: '６４.８', 1e400
                problems.append(
                    InputError(src.label, not_a_number(r.get("model_average_score")), field="model_average_score",
                               line=line)
                )  # fmt: skip
            if avg is not None:
                rows.append(
                    ImportedRow(
                        benchmark="Open LLM Leaderboard v2 average",
                        metric="mean normalized score",
                        value=avg,
                        locator=f"{src.name} line {line}, model_average_score",
                        notes=unread,
                        **common,
                    )
                )
        raise_problems(problems)
        return rows


def _flat(src: Fetched, opts: ImportOptions, table: CsvRows) -> list[ImportedRow]:
    """The flat 2024 contents layout: v2 (normalized `ifeval` and `ifeval_raw`) or v1 (percent columns)."""
    header = set(table.header)
    v2 = [t for t in V2_TASKS if t.column in header and f"{t.column}_raw" in header]
    v1 = [t for t in V1 if t.column in header]
    if not v2 and not v1:
        raise InputError(
            src.label, "not an Open LLM Leaderboard table: no benchmark columns (ifeval, arc, ...)", line=1
        )
    version = "v2" if v2 else "v1"
    known = _FLAT | {t.column for t in v1} | {c for t in v2 for c in (t.column, f"{t.column}_raw")}
    unread = _unread([h for h in table.header if h not in known])
    rows, problems = [], table.problems
    for line, r in table:
        model = (r.get("fullname") or r.get("model") or "").strip()
        if not model:
            problems.append(InputError(src.label, "is empty", field="model", line=line))
            continue
        precision, sha = (r.get("precision") or "").strip(), (r.get("model_sha") or "").strip()
        common = dict(
            model=model,
            # the revision is part of what was run: two revisions of one repo are two results
            setting=f"Open LLM Leaderboard {version} (lm-eval), {precision or 'precision not stated'}"
            + (f", revision {sha[:12]}" if sha else ""),
            harness=f"lm-eval (Open LLM Leaderboard {version})",
            subset=precision,
            reported_by=opts.reported_by or REPORTER,
            source_url=opts.source_url or src.url or "",
            as_of=day(r.get("submission_date") or r.get("date")),
            developer=hf_owner(model),
            open_weights=None if (r.get("available_on_the_hub") or "").upper() == "FALSE" else True,
            license=(r.get("hub_license") or "").strip(),
        )
        for task in v2:
            col = task.column
            norm, raw = number(r.get(col)), number(r.get(f"{col}_raw"))
            if norm is None or raw is None:
                bad = col if norm is None else f"{col}_raw"
                problems.append(InputError(src.label, not_a_number(r.get(bad)), field=bad, line=line))
                continue
            rows.append(
                ImportedRow(benchmark=task.benchmark, metric="accuracy (raw)", value=raw, scale="fraction",
                            locator=f"{src.name} line {line}, {col}_raw", shots=task.shots,
                            notes="; ".join(filter(None, [task.note(), "as the table rounds it (2 decimals)", unread])),
                            **common)
            )  # fmt: skip
            rows.append(
                ImportedRow(benchmark=task.normalized, metric="normalized score", shots=task.shots,
                            value=norm, locator=f"{src.name} line {line}, {col}",
                            notes="; ".join(filter(None, [
                                "rescaled so random guessing scores 0 (the leaderboard's normalization)", unread])),
                            **common)
            )  # fmt: skip
        for task in v1:
            value = number(r.get(task.column))
            if value is None:
                problems.append(InputError(src.label, not_a_number(r.get(task.column)), field=task.column, line=line))
                continue
            # the metric the leaderboard ran (ARC's acc_norm, TruthfulQA's mc2), as its model-card results name it
            rows.append(
                ImportedRow(benchmark=task.benchmark, metric=task.metric_name, value=value, scale="percent",
                            locator=f"{src.name} line {line}, {task.column}", notes=unread, **common)
            )  # fmt: skip
        avg = number(r.get("average"))
        if avg is None and (r.get("average") or "").strip():  # never dropped unsaid: '６４.８' was read as 64.8
            problems.append(InputError(src.label, not_a_number(r.get("average")), field="average", line=line))
        if avg is not None:
            rows.append(
                ImportedRow(benchmark=f"Open LLM Leaderboard {version} average",
                            metric="mean normalized score" if v2 else "mean accuracy", value=avg,
                            locator=f"{src.name} line {line}, average", notes=unread, **common)
            )  # fmt: skip
    raise_problems(problems)
    return rows


def _unread(columns: list[str]) -> str:
    """The note naming a file's columns that are not the leaderboard's, which no row reads ('' when none)."""
    if not columns:
        return ""
    shown = ", ".join(columns) if len(columns) <= 16 else ", ".join(columns[:12]) + f" and {len(columns) - 12} more"
    return f"not read: the file's {counted(len(columns), 'column')} {shown}, which the Open LLM Leaderboard's table does not have"
