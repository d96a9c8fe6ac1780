"""Help users write claim files: the JSON Schema, and a validated scaffold."""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

import yaml

from harness.claims.catalog import Catalog
from harness.claims.claimfile import checked_claim
from harness.claims.spec import Claim, SettingFilter
from harness.errors import BenchclaimsError, InputError, UsageError, each_problem, raise_problems
from harness.outputs import write_file
from harness.yamlfile import YamlDoc


def claim_schema() -> str:
    """Return the JSON Schema of claim files, deterministic text."""
    schema = Claim.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "benchclaims claim file"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def slug_of(text: str) -> str:
    """An id from the statement, cut at a word boundary; accents dropped from their letters ("Modèle" is "modele",
    not "mod-le"). Letters of another script cannot be spelt in an id: a statement with any is told apart by eight
    hex digits of its text ("深度求索超越GPT-5" is "gpt-5-71d2e4e4", "claim-..." where nothing else is left), so that
    two such statements never share an id."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = _cut(re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-"), 60)
    if not any(c.isalpha() and not c.isascii() for c in plain):
        return slug or "claim"
    digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:8]
    return f"{_cut(slug, 51) or 'claim'}-{digest}"


def _cut(slug: str, most: int) -> str:
    if len(slug) <= most:
        return slug
    head = slug[:most]
    return head if slug[most] == "-" or "-" not in head else head.rsplit("-", 1)[0]


def scaffold_claim(
    catalog: Catalog,
    *,
    statement: str,
    subject: str,
    kind: str,
    competitors: list[str],
    benchmarks: list[str],
    quantifier: str | None,
    publisher: str,
    url: str,
    said_on: date,
    claim_id: str | None = None,
    top: int | None = None,
    parameters: tuple[str | None, str | None] = (None, None),
    aggregate: str | None = None,
    open_weights: bool | None = None,
    value: float | None = None,
    tags: list[str] | None = None,
    margin: float | None = None,
    tolerance: float | None = None,
    direction: str | None = None,
    setting: dict[str, str] | None = None,
    as_of: date | None = None,
) -> tuple[str, Claim]:
    """Build a claim from flags, validate it like a file, and return (YAML text, claim)."""
    assertion: dict = {"kind": kind}
    _flags_fit_the_kind(kind, competitors, quantifier, top, value, tolerance, margin, direction)
    if kind != "ranks" and any(p is not None for p in parameters):
        flag = "--min-parameters" if parameters[0] is not None else "--max-parameters"
        raise UsageError(f"{flag} is for --kind ranks (a cohort of a size class), not {kind}")
    if aggregate is not None and kind == "score":
        raise UsageError("--aggregate is for --kind outperforms, matches or ranks, not score")
    given_quantifier, quantifier = quantifier, quantifier or "all"
    if quantifier.isascii() and quantifier.isdigit():
        q: object = {"at_least": int(quantifier)}
    elif quantifier in ("all", "most", "any"):
        q = quantifier
    else:  # "²" passes str.isdigit, and int() refuses it
        raise UsageError(f"--quantifier must be all, most, any or a whole number (at least N), got {quantifier!r}")
    if tags and benchmarks:
        raise UsageError("give --benchmark or --tag, not both")
    chosen: object = {"tags": tags} if tags else benchmarks or "shared"
    if kind in {"outperforms", "matches"}:
        assertion |= {"competitors": competitors, "benchmarks": chosen, "quantifier": q}
        if kind == "matches":
            assertion["tolerance"] = 1.0 if tolerance is None else tolerance
            if direction:
                assertion["direction"] = direction
        elif margin:
            assertion["margin"] = margin
    elif kind == "ranks":
        if open_weights is None:
            # "best among X": the cohort is the subject's own kind unless the flags name the members
            try:
                open_weights = catalog.model(subject).open_weights
            except BenchclaimsError:
                open_weights = True  # check_names reports the unknown subject below
        cohort = {"models": competitors} if competitors else {"open_weights": open_weights}
        for key, given in zip(("min_parameters_b", "max_parameters_b"), parameters):
            if given is not None:  # a plain number as YAML writes one; a size with its unit ('30B') as typed
                cohort[key] = _number(given)
        assertion |= {"cohort": cohort, "top": 1 if top is None else top, "benchmarks": chosen, "quantifier": q}
    elif kind == "score":
        if len(benchmarks) != 1 or value is None:
            raise UsageError("a score claim needs exactly one --benchmark and --value")
        assertion |= {"benchmark": benchmarks[0], "value": value}
        if tolerance is not None:
            assertion["tolerance"] = tolerance
    else:
        raise UsageError(f"unknown --kind {kind!r}; use outperforms, matches, ranks or score")
    if aggregate == "mean":
        # one mean over the benchmarks: no quantifier counts them (the default 'all' is left out, one given is checked)
        assertion["aggregate"] = "mean"
        if given_quantifier is None:
            del assertion["quantifier"]
    data = {
        "id": claim_id or slug_of(statement),
        "statement": statement,
        "source": {"publisher": publisher, "url": url, "date": said_on.isoformat()},
        "subject": subject,
        "assertions": [assertion],
    }
    evidence: dict = {}
    if setting:
        evidence["setting"] = {k: _setting_value(k, v) for k, v in setting.items()}
    if as_of:
        evidence["as_of"] = as_of.isoformat()
    if evidence:
        data = {**{k: v for k, v in data.items() if k != "assertions"}, "evidence": evidence, "assertions": [assertion]}
    try:
        claim = checked_claim(YamlDoc("<new claim>", data, {}), catalog)
    except InputError as exc:
        raise_problems([_as_flag(p) for p in each_problem(exc)])
    text = SCHEMA_LINE + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return text, claim


def _flags_fit_the_kind(kind, competitors, quantifier, top, value, tolerance, margin, direction) -> None:
    """A flag the kind has no field for is refused: written nowhere, it would be dropped without a word."""
    given = {
        "--competitor": bool(competitors) and kind == "score",
        "--quantifier": quantifier is not None and kind == "score",
        "--top": top is not None and kind != "ranks",
        "--value": value is not None and kind != "score",
        "--tolerance": tolerance is not None and kind not in {"matches", "score"},
        "--margin": margin is not None and kind != "outperforms",
        "--direction": direction is not None and kind != "matches",
    }
    for flag, misplaced in given.items():
        if misplaced:
            kinds = {
                "--competitor": "outperforms, matches or ranks (a score claim is the subject's number)",
                "--quantifier": "outperforms, matches or ranks",
                "--top": "ranks",
                "--value": "score",
                "--tolerance": "matches or score",
                "--margin": "outperforms",
                "--direction": "matches",
            }[flag]
            raise UsageError(f"{flag} is for --kind {kinds}, not {kind}")


def _number(text: str) -> object:
    """A number typed as a flag (a whole number, a decimal, 1e3); other text as typed. A flag is no YAML: 1e3 is
    the number, not the text YAML 1.1 would read (whose message, "write 1.0e+3", would be of a file)."""
    text = text.strip()
    if re.fullmatch(r"[+-]?[0-9]+", text):
        return int(text)
    if re.fullmatch(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?", text) and math.isfinite(float(text)):
        return float(text)
    return text


def _setting_value(key: str, text: str) -> object:
    """A --setting value as YAML would read it: true/false, a whole number, or text."""
    low = text.strip().lower()
    if low in {"true", "false"}:
        return low == "true"
    if key in {"tools", "thinking"}:  # the claim's check would say "(without quotes)": YAML's words, not the shell's
        raise UsageError(f"--setting {key} is true or false, got {text.strip()!r}")
    # ASCII digits only: "²" passes str.isdigit and int() refuses it (a traceback); "٣" was read as 3
    return int(low) if re.fullmatch(r"[+-]?[0-9]+", low) else text.strip()


def write_new_claim(path: Path, text: str, force: bool, root: Path | None = None) -> None:
    """Write a new claim file: under `root` (the project) through real folders only, else where -o says."""
    if path.exists() and not path.is_file():
        # `-o /dev/null` was told to use --force, which then refused it: say what --force cannot change first
        raise InputError(str(path), "not a regular file; refusing to replace it")
    if path.suffix.lower() not in (".yaml", ".yml"):
        # `-o x.json` wrote YAML into a .json file, which `verify` then passes over as no claim file
        raise InputError(str(path), f"a claim file ends in .yaml or .yml: name it {path.stem}.yaml")
    if path.exists() and not force:
        # the id comes from the statement's first words (a statement in another script gives 'claim'): another claim
        # may hold the file, which --force alone, the one way out it named, would overwrite
        raise InputError(str(path), "already exists; use --force to overwrite it, or --id ID to write this claim as ID")
    if root is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, text.replace(SCHEMA_LINE, _schema_line(path), 1), root)


SCHEMA_LINE = "# yaml-language-server: $schema=../schema/claim.schema.json\n"


def _schema_line(path: Path) -> str:
    """The editor's schema comment for a claim written at `path`: the nearest schema/claim.schema.json above it
    (a project under examples/ uses the repository's: '../schema/...' named a file that is not there)."""
    folder = path.parent.resolve()
    for above in (folder, *folder.parents):
        if (above / "schema" / "claim.schema.json").is_file():
            where = Path(os.path.relpath(above / "schema" / "claim.schema.json", folder)).as_posix()
            return f"# yaml-language-server: $schema={where}\n"
    return SCHEMA_LINE


# the flag that gave each field of a claim `new` builds: a problem is told by the flag a user typed, not by the
# field of a file nobody wrote ('<new claim>: source.url: ...' for --url)
_FLAGS = {
    "id": "--id",
    "statement": "--statement",
    "subject": "--subject",
    "source.publisher": "--publisher",
    "source.url": "--url",
    "source.date": "--date",
    "evidence.as_of": "--as-of",
}
_ASSERTION_FLAGS = {
    "competitors": "--competitor",
    "cohort": "--competitor",
    "benchmarks": "--benchmark",
    "benchmark": "--benchmark",
    "tags": "--tag",
    "quantifier": "--quantifier",
    "top": "--top",
    "value": "--value",
    "margin": "--margin",
    "tolerance": "--tolerance",
    "direction": "--direction",
}


def _as_flag(problem: InputError) -> InputError:
    """A problem of the claim `new` builds, named by its flag ('--url: must be an http(s) URL ...'); one of the claim
    as a whole keeps its field."""
    field = problem.field or ""
    flag = _FLAGS.get(field)
    if m := re.fullmatch(r"assertions\[0\]\.cohort(?:\.(m..)_parameters_b)?", field):
        # a size limit's problem is the size flag's, and so is a reversed range (told at the cohort): not --competitor
        if m[1]:
            flag = f"--{m[1]}-parameters"
        elif "_parameters_b" in problem.message:
            flag = "--min-parameters, --max-parameters"
    if flag is None and (m := re.fullmatch(r"assertions\[0\]\.(\w+)(?:[.\[].*)?", field)):
        flag = _ASSERTION_FLAGS.get(m[1])
    if flag is None and (m := re.fullmatch(r"evidence\.setting\.(\w+)", field)):
        flag = f"--setting {m[1]}"
        if problem.message == "unknown field":  # no key spelt like it: the keys there are, not a README search
            return InputError(flag, f"unknown field; a setting's keys are {', '.join(SettingFilter.model_fields)}")
    if flag is None and field == "assertions[0]":
        # a problem of the assertion as a whole opens with the field it is about ('quantifier most counts ...'),
        # or writes one as YAML ('aggregate: mean'): those are the flags typed
        keys = {**_ASSERTION_FLAGS, "at_least": "--quantifier", "aggregate": "--aggregate"}
        named = [f for key, f in keys.items() if re.match(rf"{key}\b", problem.message) or f"{key}:" in problem.message]
        flag = ", ".join(dict.fromkeys(named)) or None
    return problem if flag is None else InputError(flag, problem.message)
