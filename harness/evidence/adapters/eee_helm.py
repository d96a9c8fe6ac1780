"""Every Eval Ever's HELM records named as HELM's leaderboard columns ("BoolQ - EM"): scenario, metric and what the
record's description says of the metric."""

from __future__ import annotations

import re


def helm_column(name: str, metric: str, config: dict, dataset) -> tuple[str, str, list[str]]:
    """A HELM result named as its leaderboard's column, "<scenario> - <metric>" ("BoolQ - EM", the layout of Every
    Eval Ever's HELM records from 2026), as the scenario and the metric, with what the row's notes say.

    Named so, BoolQ's EM was the benchmark "BoolQ - EM" with the metric "score", while the earlier records of the
    same run ("BoolQ", "EM on BoolQ") gave the benchmark "BoolQ" and the metric "EM": one result, two identities.
    Only where the part before " - " is the result's own `dataset_name` and the record states no metric of its own;
    the description's name for the metric ("Quasi-exact match: ...") is said where it is another.
    """
    dataset = " ".join(dataset.split()) if isinstance(dataset, str) else ""
    head, sep, tail = name.partition(" - ")
    if not sep or not dataset or head != dataset or not tail.strip() or metric != "score":
        return name, metric, []
    description = str(config.get("evaluation_description") or "").strip().split("\n\n")[-1]
    label = description.split(":", 1)[0].strip() if ":" in description else ""
    # (said where it is not the column's name spelled out: "Exact match" is EM, "Quasi-exact match" another EM)
    told = (
        [f"HELM's {tail} column is \"{label}\" in the record's description"]
        if label and not _spells(label, tail, head)
        else []
    )
    return head, tail, told


def _spells(label: str, column: str, scenario: str) -> bool:
    """Whether a description's name for a metric spells out its column's: "Exact match" is EM, "IFEval strict
    accuracy" IFEval's "IFEval Strict Acc", "WildBench Score" its "WB Score" and "Omni-MATH Accuracy" its "Acc" (the
    scenario's own name may stand beside it); "Quasi-exact match" and "Exact match (final number)" are other EMs.
    Each column word is a label word's start or its parts' initials ("WB" of "WildBench"), in order."""
    words, wanted = label.split(), column.split()
    if "".join(w[0] for w in words).upper() == column.replace(" ", "").upper():
        return True
    own = {w.casefold() for w in scenario.split()}
    at = 0
    for word in words:
        initials = "".join(p[0] for p in re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+", word)).upper()
        if at < len(wanted) and (word.casefold().startswith(wanted[at].casefold()) or initials == wanted[at].upper()):
            at += 1
        elif word.casefold() not in own:
            return False
    return at == len(wanted)
