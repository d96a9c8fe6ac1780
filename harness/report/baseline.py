"""Compare a run's verdicts with a saved baseline and name the evidence rows behind each change."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from harness.errors import InputError, UsageError
from harness.inputs import BASELINE_MAX_BYTES, read_text
from harness.report.jsonexpand import expand

_CONTROL = {"holm": "Holm", "bh": "Benjamini-Hochberg"}
FAIL_ON = {"changed", "changed_beyond_noise", "strength", "refuted", "insufficient_evidence", "none"}


def parse_fail_on(text: str) -> set[str]:
    wanted = {x.strip() for x in text.split(",") if x.strip()}
    bad = wanted - FAIL_ON
    if bad or not wanted:
        # which word of a list is wrong, and the one it is spelt like: "got 'changed,refutd'" left it to the reader
        why = ""
        for word in sorted(bad):
            close = difflib.get_close_matches(word, sorted(FAIL_ON), n=1)
            why += f"; {word!r} is none of them" + (f" (did you mean {close[0]!r}?)" if close else "")
        raise UsageError(f"--fail-on takes a comma list of {', '.join(sorted(FAIL_ON))}; got {text!r}{why}")
    return wanted - {"none"}


@dataclass
class Drift:
    lines: list[str] = field(default_factory=list)
    changes_by_claim: dict[str, list[str]] = field(default_factory=dict)
    failed: bool = False
    warnings: list[str] = field(default_factory=list)


class _Loose(BaseModel):
    # a baseline is our own --json output: the fields drift reads are checked, the rest ignored
    model_config = ConfigDict(extra="ignore", strict=True)


class _Source(_Loose):
    row_id: str
    value: float | None = None
    origin: str = ""
    reported_by: str = ""


class _Row(_Loose):
    id: str
    row_id: str = ""  # left out since the one-line rows: the `id` up to any "@"
    value: float | None = None
    origin: str = ""
    reported_by: str = ""


class _Comparison(_Loose):
    sources: list[_Source] = []  # schema_version 1
    subject_rows: list[str] = []  # schema_version 2: ids into evidence_rows
    competitor_rows: list[str] = []


# a verdict or strength drift compares: anything else would be reported as a change ("verdict banana → supported")
_Verdict = Literal["supported", "partially_supported", "refuted", "insufficient_evidence"]


class _Assertion(_Loose):
    kind: str
    verdict: _Verdict
    comparisons: list[_Comparison] = []


class _Claim(_Loose):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,80}$")  # a claim id, as every claim file's (no run writes others)
    verdict: _Verdict
    strength: Literal["significant", "within_noise"] | None = None
    file: str = ""
    assertions: list[_Assertion] = []


class _Baseline(_Loose):
    # every `verify --json` output has named its schema_version since the first: a file without one is not one
    # (read as version 1, `{"schema": 99, "claims": []}` was an empty baseline and every claim "new")
    schema_version: int
    alpha: float | None = Field(default=None, gt=0, lt=1, allow_inf_nan=False)
    multiplicity: Literal["holm", "bh"] | None = None
    claims: list[_Claim]
    evidence_rows: list[_Row] = []

    @model_validator(mode="after")
    def _each_claim_once(self):
        seen: dict[str, int] = {}
        for i, c in enumerate(self.claims):
            if seen.setdefault(c.id, i) != i:  # drift keeps one of them: which verdict was saved is unknowable
                raise ValueError(f"claims[{i}] has the id {c.id!r} of claims[{seen[c.id]}]")
        return self


def control_warning(saved: dict, current: dict) -> str | None:
    """A warning when the baseline's error control (α, multiplicity method) is not this run's; else None.

    Significance, strength and "within noise" all depend on them, so a change between the two runs
    may come from the control rather than the evidence. A baseline that does not state one is not
    compared on it.
    """
    then = (saved.get("alpha"), saved.get("multiplicity"))
    now = (current.get("alpha", 0.05), current.get("multiplicity", "holm"))
    differs = [i for i in (0, 1) if then[i] is not None and (then[i] != now[i] if i else abs(then[i] - now[i]) > 1e-12)]
    if not differs:
        return None

    def words(control) -> str:
        alpha, method = control
        return f"α={alpha:g}, {_CONTROL.get(method, method)}" if method else f"α={alpha:g}"

    return (
        f"the baseline was computed with {words(then)} and this run uses {words(now)}: verdict and strength "
        "changes against it may come from the different error control, not from the evidence; re-save the "
        "baseline with the same --alpha and --multiplicity to compare like with like"
    )


def load_baseline(path: Path) -> tuple[dict, int]:
    """Read a saved `verify --json` output; anything else is a one-line error.

    Returns it in the full layout's records (`jsonexpand.expand`), whichever layout it was saved in,
    and the schema_version it was saved as.
    """
    label = str(path)
    text = read_text(path, label, BASELINE_MAX_BYTES)
    if not text.strip():
        raise InputError(label, "baseline is empty: expected a saved `benchclaims verify --json` output")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(label, f"baseline is not JSON ({exc.msg})", line=exc.lineno) from None
    except ValueError:  # Python reads no integer of more than 4,300 digits
        raise InputError(
            label, "baseline holds a whole number too long to read (over 4,300 digits): not a `verify --json` output"
        ) from None
    except RecursionError:
        raise InputError(label, "baseline is nested too deeply to be a `benchclaims verify --json` output") from None
    if not isinstance(data, dict):
        raise InputError(
            label,
            f"is a JSON {_json_kind(data)}, not a `benchclaims verify --json` output: expected an object "
            '({"schema_version": ..., "claims": [...]})',
        )
    version = data.get("schema_version")
    if type(version) is int and version not in (1, 2):  # checked first: another version's records are not ours
        raise InputError(label, f"schema_version {version} is not one this version reads (1 or 2)")
    try:
        doc = _Baseline.model_validate(data).model_dump()
    except ValidationError as exc:
        from harness.yamlfile import format_loc  # claims[0].verdict, as claim files' fields are named

        first = exc.errors(include_url=False)[0]
        where = format_loc(first["loc"]) or None
        said = _EXPECTED.get(first["type"], first["msg"].removeprefix("Value error, "))
        if first["type"] == "literal_error":
            said = f"must be {first['ctx']['expected']}"
        elif first["type"] == "string_pattern_mismatch":  # only ids have a pattern
            said = "must be a claim id: lower-case letters, digits, '.', '_' or '-', at most 81 characters"
        elif first["type"] in {"greater_than", "less_than", "finite_number"}:
            said = "must be a number between 0 and 1"
        raise InputError(label, f"not a `benchclaims verify --json` output ({said})", field=where) from None
    mislabelled = _layout_problem(data)
    if mislabelled:
        raise InputError(label, mislabelled, field="schema_version", line=_line_of_version(text))
    try:
        return expand(doc), doc["schema_version"]
    except KeyError as exc:
        raise InputError(label, f"a comparison refers to evidence row {exc.args[0]!r}, not in evidence_rows") from None


# pydantic's words for what a field held, in the words of the JSON the user saved
_EXPECTED = {
    "missing": "missing",
    "model_type": "must be an object",
    "dict_type": "must be an object",
    "list_type": "must be a list",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
}


def _json_kind(data) -> str:
    if isinstance(data, list):
        return "list"
    if isinstance(data, str):
        return "string"
    if isinstance(data, bool):
        return "true/false"
    if data is None:
        return "null"
    return "number"


def _layout_problem(data: dict) -> str | None:
    """Why the layout does not match the schema_version label, or None.

    The label alone says how the file is read: a compact file read as the full layout has no row
    behind any comparison (every row change goes unnamed), so a label the records contradict is
    refused rather than guessed around.
    """
    compact, full = [], False
    if "evidence_rows" in data:
        compact.append("an evidence_rows table")
    if data.get("detail") == "compact":
        compact.append("detail: compact")
    by_id = False
    for comparison in _comparisons(data.get("claims")):
        by_id = by_id or "subject_rows" in comparison or "competitor_rows" in comparison
        full = full or "sources" in comparison
    if by_id:
        compact.append("comparisons that name their rows by id")
    label = data.get("schema_version")
    if compact and label == 1:
        return (
            f"1 is the full layout, but this baseline is in the compact layout ({', '.join(compact)}); "
            "if it is a compact `verify --json` output, set schema_version to 2"
        )
    if label == 2 and full and not compact:
        return (
            "2 is the compact layout, but this baseline is in the full layout (comparisons "
            "list their rows as sources, no evidence_rows table); if it is a `verify --json --detail full` "
            "output, set schema_version to 1"
        )
    return None


def _comparisons(claims):
    """Every comparison record of a baseline's claims (and their variants), as written."""
    for claim in claims if isinstance(claims, list) else []:
        if not isinstance(claim, dict):
            continue
        for a in claim.get("assertions") or []:
            for c in (a.get("comparisons") or []) if isinstance(a, dict) else []:
                if isinstance(c, dict):
                    yield c
        yield from _comparisons(claim.get("variants"))


def _line_of_version(text: str) -> int | None:
    """The line of the top-level "schema_version" key, when the file names it once."""
    if text.count('"schema_version"') != 1:
        return None
    return text[: text.index('"schema_version"')].count("\n") + 1


def _rows(claim: dict) -> dict[str, dict]:
    out = {}
    for a in claim.get("assertions", []):
        for c in a.get("comparisons", []):
            for s in c.get("sources", []):
                out[s["row_id"]] = s
    return out


def check_drift(
    current: dict, baseline_path: Path, fail_on: set[str], compared: Callable[[str], bool] | None = None
) -> Drift:
    """Compare verdicts and strengths per claim; a change is named with the rows added, removed or edited.

    `compared(file)` says whether a baseline claim (by its file) was part of this run: claims
    outside the files verified now are neither compared nor reported as gone.
    """
    saved, version = load_baseline(baseline_path)
    base = {c["id"]: c for c in saved["claims"] if isinstance(c, dict) and "id" in c}
    # a compact run lists only the deciding comparisons of a rank unit, a full one every member's:
    # across layouts a row is named only when its value changed, never as "now used" or "no longer used"
    same_layout = version == current.get("schema_version", 1)
    current = expand(current)
    drift = Drift()
    warning = control_warning(saved, current)
    if warning:
        drift.warnings.append(warning)
    for claim in current["claims"]:
        old = base.get(claim["id"])
        changes, verdict_changed, strength_changed = [], False, False
        if old is None:
            changes.append(f"new claim, verdict {claim['verdict']}")
            verdict_changed = True
        else:
            if old.get("verdict") != claim["verdict"]:
                changes.append(f"verdict {old.get('verdict')} → {claim['verdict']}")
                verdict_changed = True
            old_a = old.get("assertions", [])
            for i, a in enumerate(claim["assertions"]):
                if i < len(old_a) and old_a[i].get("verdict") != a["verdict"]:
                    changes.append(f"assertion {i + 1} ({a['kind']}): {old_a[i].get('verdict')} → {a['verdict']}")
                    verdict_changed = True
            if old.get("strength") != claim["strength"]:
                changes.append(f"strength {_strength(old.get('strength'))} → {_strength(claim['strength'])}")
                strength_changed = True
            if changes:
                changes += _row_changes(_rows(old), _rows(claim), same_layout)
        noisy = verdict_changed and old is not None and claim.get("strength") == "within_noise"
        if noisy:
            # the new verdict does not survive the run's error control: `changed_beyond_noise` ignores it
            control = _CONTROL.get(current.get("multiplicity", "holm"), "the run's control")
            changes.append(f"the new verdict is within noise ({control}, α={current.get('alpha', 0.05):g})")
        if changes:
            drift.changes_by_claim[claim["id"]] = changes
            drift.lines += [f"changed: {claim['id']}: {x}" for x in changes]
            beyond = verdict_changed and not noisy and "changed_beyond_noise" in fail_on
            if (verdict_changed and "changed" in fail_on) or beyond or (strength_changed and "strength" in fail_on):
                drift.failed = True
        if claim["verdict"] in fail_on:
            drift.failed = True
            drift.lines.append(f"{claim['verdict']}: {claim['id']}")
    present = {c["id"] for c in current["claims"]}
    for gone in sorted(set(base) - present):
        if compared is not None and not compared(str(base[gone].get("file", ""))):
            continue  # not among the files verified this time
        drift.lines.append(f"changed: {gone}: claim no longer present")
        if fail_on & {"changed", "changed_beyond_noise"}:
            drift.failed = True
    return drift


def within(paths: list[Path], root: Path) -> Callable[[str], bool]:
    """A test for `check_drift`: is a claim file (as the baseline names it) one of `paths` or inside one?"""
    wanted = [p.resolve() for p in paths]

    def test(file: str) -> bool:
        path = (root / file).resolve()
        return any(path == w or path.is_relative_to(w) for w in wanted)

    return test


def _strength(value) -> str:
    return str(value or "unknown").replace("_", " ")


def _row_changes(old: dict[str, dict], new: dict[str, dict], same_layout: bool = True) -> list[str]:
    out = []
    for rid in sorted(set(old) | set(new)):
        o, n = old.get(rid), new.get(rid)
        if o and n and o.get("value") != n.get("value"):
            out.append(f"row {n['origin']} ({n['reported_by']}): value {o['value']} → {n['value']}")
        elif not same_layout:
            continue
        elif n and not o:
            out.append(f"row {n['origin']} ({n['reported_by']}, {n['value']}) now used")
        elif o and not n:
            out.append(f"row {o['origin']} ({o['reported_by']}, {o['value']}) no longer used")
    return out
