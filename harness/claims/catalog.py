"""Models, benchmarks and organisations, with alias resolution that never guesses."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from harness.claims.catalog_entries import BenchmarkEntry, CatalogFile, ModelEntry, Organisation
from harness.claims.names import NameIndex, normalise, shown
from harness.errors import InputError, InputErrors, UnknownNameError, each_problem, raise_problems
from harness.inputs import is_yaml_name, printable, relative_label, within
from harness.validation_errors import validation_error
from harness.yamlfile import YamlDoc, format_loc, load_yaml


class Catalog:
    """All models, benchmarks and organisations known to this project."""

    def __init__(self):
        self.models = NameIndex("model")
        self.benchmarks = NameIndex("benchmark")
        self.organisations = NameIndex("organisation")
        self.files: list[str] = []
        self._developer_at: dict[str, tuple[str, int | None, str]] = {}
        self._average_at: dict[str, tuple[str, int, list[int | None]]] = {}
        # where each entry's id was first written, to say so where another entry gives it again
        self._id_at: dict[tuple[str, str], str] = {}

    def model(self, name: str, ids: bool = True) -> ModelEntry:
        try:
            return self.models.resolve(name, ids)
        except UnknownNameError as exc:
            raise _other_kinds(name, exc, "model", (self.benchmarks, self.organisations)) from None

    def benchmark(self, name: str, ids: bool = True) -> BenchmarkEntry:
        try:
            return self.benchmarks.resolve(name, ids)
        except UnknownNameError as exc:
            raise _other_kinds(name, exc, "benchmark", (self.models, self.organisations)) from None

    def organisation(self, name: str) -> Organisation:
        return self.organisations.resolve(name)

    def all_models(self) -> list[ModelEntry]:
        return list(self.models.entries.values())

    def all_benchmarks(self) -> list[BenchmarkEntry]:
        return list(self.benchmarks.entries.values())

    def add_file(self, path: Path, label: str, root: Path | None = None) -> None:
        within(path, root, label)  # a catalog file symlinked out of the project is not read
        doc = load_yaml(path, label)
        if not isinstance(doc.data, dict):
            raise InputError(label, "a catalog file must be a mapping with organisations/models/benchmarks")
        doc = _organisations_spelled_either_way(doc, label)
        try:
            parsed = CatalogFile.model_validate(doc.data)
        except ValidationError as exc:
            raise validation_error(doc, exc, model=CatalogFile) from None
        clashes: list[InputError] = []  # every name used twice in the file, not only the first
        for key, index, entries in (
            ("organisations", self.organisations, parsed.organisations),
            ("models", self.models, parsed.models),
            ("benchmarks", self.benchmarks, parsed.benchmarks),
        ):
            for i, entry in enumerate(entries):
                line = doc.line_of((key, i, "id"))
                first = self._id_at.setdefault((key, entry.id), label if line is None else f"{label}:{line}")
                for at, message in index.add(entry):
                    loc = (key, i) + (("id",) if at == 0 else ("name",) if at == 1 else ("aliases", at - 2))
                    # "duplicate model id 'model-a'" alone did not say where the first is (another file, maybe)
                    if message.startswith("duplicate "):
                        message += f" (first at {first})"
                    clashes.append(InputError(label, message, field=format_loc(loc), line=doc.line_of(loc)))
        for i, m in enumerate(parsed.models):
            self._developer_at[m.id] = (label, doc.line_of(("models", i, "developer")), f"models[{i}].developer")
        for i, b in enumerate(parsed.benchmarks):
            if b.average_of:
                lines = [doc.line_of(("benchmarks", i, "average_of", j)) for j in range(len(b.average_of))]
                self._average_at[b.id] = (label, i, lines)
        raise_problems(clashes)
        base = root or path.parent
        outside = []
        for i, b in enumerate(parsed.benchmarks):
            if b.run and b.run.task_file and not _inside(base, b.run.task_file):
                outside.append(("benchmarks", i, "run", "task_file"))
        for i, m in enumerate(parsed.models):
            if m.run and not m.run.allow_outside_project:
                for key in ("pretrained", "tokenizer"):
                    value = getattr(m.run, key)
                    if key == "pretrained" and m.run.backend == "local-completions":
                        continue  # the served model's name, not a path
                    if value and not local_or_hub_id(base, value):
                        outside.append(("models", i, "run", key))
        if outside:
            raise InputErrors(
                [
                    InputError(
                        label,
                        "path must stay inside the project (set allow_outside_project: true to allow it)",
                        field=format_loc(loc),
                        line=doc.line_of(loc),
                    )
                    for loc in outside
                ]
            )
        self.files.append(label)

    def check_references(self) -> None:
        """Every model's developer must be a known organisation (all unknown ones reported at once)."""
        problems = []
        for m in self.all_models():
            try:
                self.organisation(m.developer)
            except UnknownNameError as exc:
                file, line, field = self._developer_at[m.id]
                problems.append(InputError(file, str(exc), field=field, line=line))
        for bench_id, (file, i, lines) in self._average_at.items():
            problems.extend(self._average_problems(self.benchmarks.entries[bench_id], file, i, lines))
        raise_problems(problems)

    def _average_problems(self, bench: BenchmarkEntry, file: str, i: int, lines: list) -> list[InputError]:
        """A suite average's parts: catalog benchmarks, not itself, on its scale (a mean of percents and
        ratings is no score); found wrong only when a claim reached it, they stopped the whole run then."""
        out = []
        for j, part_name in enumerate(bench.average_of):
            try:
                part = self.benchmark(part_name)
            except UnknownNameError as exc:
                why = str(exc)
            else:
                if part.id == bench.id:
                    why = f"{part_name!r} is this benchmark: an average is of other benchmarks"
                elif part.metric_kind != bench.metric_kind:
                    why = (
                        f"{part_name!r} is metric_kind {part.metric_kind} and the average {bench.metric_kind}: "
                        "a mean over two scales is no score on either"
                    )
                else:
                    continue
            out.append(InputError(file, why, field=f"benchmarks[{i}].average_of[{j}]", line=lines[j]))
        return out


def catalog_files(directory: Path) -> list[Path]:
    """The catalog's *.yaml (and *.yml, any case) files; none (no project here) is one line pointing to `benchclaims init`.

    A `models.yml` beside catalog.yaml was never read: its names were "unknown" with no word of why.
    """
    files = sorted(p for p in directory.iterdir() if is_yaml_name(p)) if directory.is_dir() else []
    # a folder named like a catalog file (`models.yaml/`) was passed over unsaid, its models then 'unknown'
    folder = next((p for p in files if p.is_dir()), None)
    if folder is not None:
        raise InputError(
            f"{directory.name}/{printable(folder.name)}",
            "is a folder, not a catalog file: the catalog is the YAML files in catalog/ itself",
        )
    if not files:
        if directory.is_dir() and any((directory.parent / f).is_dir() for f in ("claims", "results")):
            # a project whose catalog files are gone: "run benchclaims in a project folder" sent one looking for
            # another project, where this one lacks only its catalog
            raise InputError(
                str(directory),
                "has no catalog files (*.yaml): this project's organisations, models and benchmarks go in catalog/"
                "*.yaml (`benchclaims init NEW-FOLDER` writes a commented one to copy from)",
            )
        if directory.is_dir():
            where = "has no catalog files (*.yaml)"
        else:
            where = "is not a folder" if directory.exists() else "no such folder"
        raise InputError(
            str(directory),
            f"{where}; run benchclaims in a project folder, start one with `benchclaims init`, or pass --project DIR",
        )
    return files


def load_catalog(directory: Path, root: Path | None = None) -> Catalog:
    """Load every *.yaml file in the catalog directory."""
    catalog = Catalog()
    files = catalog_files(directory)
    problems: list[InputError] = []
    for path in files:  # every file is read, so one run reports the problems of all of them
        try:
            catalog.add_file(path, _label(path, root), root)
        except InputError as exc:
            problems.extend(each_problem(exc))
    if not problems:
        try:
            catalog.check_references()
        except InputError as exc:
            problems.extend(each_problem(exc))
    raise_problems(problems)
    return catalog


def _organisations_spelled_either_way(doc: YamlDoc, label: str) -> YamlDoc:
    """Read `organizations:` as `organisations:` (both spellings are common); both at once is an error."""
    if "organizations" not in doc.data:
        return doc
    if "organisations" in doc.data:
        raise InputError(
            label,
            "give organisations or organizations, not both",
            field="organizations",
            line=doc.line_of(("organizations",)),
        )
    data = {("organisations" if k == "organizations" else k): v for k, v in doc.data.items()}
    lines = {
        (("organisations",) + loc[1:] if loc[:1] == ("organizations",) else loc): n for loc, n in doc.lines.items()
    }
    return YamlDoc(doc.path, data, lines)


def local_or_hub_id(root: Path, value: str) -> bool:
    """True for a path inside `root`, or a name that is no local path at all (a hub repo id)."""
    if Path(value).is_absolute() or ".." in Path(value).parts or value.startswith("~"):
        return False
    return not (root / value).exists() or _inside(root, value)


def _inside(root: Path, relative: str) -> bool:
    """True when `relative` names a path inside `root` (no absolute paths, no escaping '..')."""
    if Path(relative).is_absolute():
        return False
    base = root.resolve()
    return (base / relative).resolve().is_relative_to(base)


def _label(path: Path, root: Path | None) -> str:
    return printable(str(path)) if root is None else relative_label(path, root)


def _other_kinds(name: str, exc: UnknownNameError, kind: str, others: tuple[NameIndex, ...]) -> UnknownNameError:
    """The error for a name no entry of `kind` has: where another kind of entry has it, said so ("unknown model
    'Bench One': that is a benchmark's name (Bench One)"), where the closest model's name ("did you mean 'Model B'?")
    misled; else `exc`, the index's own."""
    for other in others:
        found = other.by_name.get(normalise(name))
        if found is not None:
            return UnknownNameError(f"unknown {kind} {shown(name)}: that is {_a(other.kind)} name ({found.name})")
    return exc


def _a(kind: str) -> str:
    return f"an {kind}'s" if kind[0] in "aeiou" else f"a {kind}'s"
