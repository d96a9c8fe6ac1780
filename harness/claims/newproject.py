"""A project of one's own: `benchclaims init` writes one, and commands find theirs upwards, as git does."""

from __future__ import annotations

from pathlib import Path

from harness import __version__
from harness.claims.authoring import claim_schema
from harness.errors import InputError
from harness.outputs import write_file

# a folder is a project root when it holds the catalog, and claims or results beside it
MARKER = "catalog"
BESIDE_MARKER = ("claims", "results")

EVIDENCE_CSV = "results/published/scores.csv"
# the published-table columns (harness/evidence/adapters/published_row.py; a test keeps them in step)
EVIDENCE_COLUMNS = [
    "model",
    "benchmark",
    "metric",
    "setting",
    "score",
    "reported_by",
    "source_url",
    "source_locator",
    "as_of_date",
    "notes",
]


def is_project_root(folder: Path) -> bool:
    return (folder / MARKER).is_dir() and any((folder / name).is_dir() for name in BESIDE_MARKER)


def find_project_root(start: Path) -> Path | None:
    """The nearest folder from `start` upwards that is a project root; None when there is none."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if is_project_root(folder):
            return folder
    return None


CATALOG = """\
# The catalog: every organisation, model and benchmark the evidence and claims may name.
# A name in a claim or a results row must be an entry's id, name or one of its aliases (compared
# without case, dashes or invisible characters); nothing is guessed. Split it over several files
# in catalog/ if you like (all *.yaml files here are read). Placeholder entries: replace them.
# `organizations` is accepted as a spelling of `organisations`.

organisations:
  - id: example-lab          # lower case letters, digits, . _ -; how other entries refer to it
    name: Example Lab        # the display name
    aliases: [ExampleLab]    # other spellings the sources use (optional)
    notes: >-                # anything a reader should know (optional)
      A placeholder developer.
  - id: other-lab
    name: Other Lab

models:
  - id: model-a
    name: Model A                     # the name reports print
    aliases: [model-a-instruct]       # every spelling your sources use for this model
    developer: example-lab            # an organisation's id or name: makes its own numbers first-party
    open_weights: true                # weights published? (`ranks` cohorts of open or closed models use it)
    release_date: 2026-01-15          # optional; only where a source states it ...
    release_source: https://example.org/model-a    # ... and that source
    # parameters_b: 7                 # optional: total parameters in billions, as the model card states ...
    # parameters_source: https://example.org/model-a/card   # ... and that card (for "the best model under 10B")
    # variant: {thinking: true, reasoning_effort: high, label: thinking}   # optional: how this entry
    #                                 # differs from siblings with the same weights (another mode); an
    #                                 # import places a name on it only when the source states that mode
    notes: Placeholder.               # optional
    # run: how `benchclaims run` re-runs it with lm-eval (optional; needs benchclaims[local]):
    #   backend: hf | vllm | local-completions
    #   pretrained: a Hugging Face repo id or a path in this project
    #   revision: a commit or tag of the repo
    #   base_url: http://host:8000/v1/completions (local-completions: an OpenAI-compatible server)
    #   tokenizer: a repo id or path (local-completions)
    #   model_args: {dtype: bfloat16}       (passed on to lm-eval)
    #   allow_outside_project: true         (to read weights from outside this folder)
    # run: {backend: hf, pretrained: work/models/model-a}
  - id: model-b
    name: Model B
    developer: other-lab
    open_weights: false
    # review: {imported_from: ..., reviewed: false} marks entries `import --add-unmapped` wrote; a person
    # who checks one adds reviewed_by, reviewed_on, source (URLs), checked (the facts confirmed)

benchmarks:
  - id: bench-one
    name: Bench One
    aliases: [BenchOne]
    items: 500                        # scored items: the standard error of a percentage comes from it
    items_status: exact               # exact | derived (computed, not published) | unknown (no items)
    items_source: https://example.org/bench-one   # where the item count comes from
    metric_kind: percent              # percent | rating | elo | count | points
    higher_is_better: true
    max_score: 100                    # optional cap; a score above it is refused
    # min_score: -1                   # optional floor below 0 (a correlation); without it a negative score is refused
    tags: [reasoning]                 # claims can select benchmarks by tag: benchmarks: {tags: [reasoning]}
    average_of: []                    # for a suite average: the ids of its parts (optional)
    notes: Placeholder.
    # run: {task: an lm-eval task name, task_file: tasks/x.yaml (a task YAML in this project),
    #       metric: acc, num_fewshot: 0, allow_outside_project: false}   (optional, for `run`)
"""

SOURCES = """\
# What `benchclaims pull` fetches and imports (the scheduled re-check runs it before verifying).
# Each source: url, format (see `benchclaims import --help`) and the import flags as options:
# model, map, columns, source_url, reported_by, as_of, locator, metric, scale, add_unmapped.
#
# sources:
#   - url: https://example.org/leaderboard.csv
#     format: csv
#     options: {reported_by: Example Lab, as_of: 2026-01-15}
#     notes: why this source, and its licence
sources: []
"""

WORKFLOW = """\
# Re-check every claim when evidence, claims or catalog change, and every day; fail when a verdict changes.
# Save a baseline once the verdicts are reviewed: benchclaims verify --json > reports/baseline.json
name: recheck claims
on:
  schedule:
    - cron: "17 6 * * *"
  push:
  pull_request:
  workflow_dispatch:
permissions:
  contents: read
jobs:
  recheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install benchclaims
        run: pip install "benchclaims=={version}"   # or the wheel or git URL you install from
      - name: Pull published sources (sources.yaml)
        if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
        run: benchclaims pull
      - name: Check the files
        run: benchclaims validate
      - name: Verify (against the baseline once there is one)
        run: |
          if [ -f reports/baseline.json ]; then
            benchclaims verify --baseline reports/baseline.json --fail-on changed
          else
            benchclaims verify
          fi
      - name: Upload reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: benchclaims-reports
          path: reports/
"""

GITIGNORE = """\
drafts/
reports/check/
.benchclaims/
.benchclaims.lock
"""


def project_files() -> dict[str, str]:
    """Every file a new project starts with, by path inside it."""
    return {
        "catalog/catalog.yaml": CATALOG,
        EVIDENCE_CSV: ",".join(EVIDENCE_COLUMNS) + "\n",
        "claims/.gitkeep": "",
        "schema/claim.schema.json": claim_schema(),
        "sources.yaml": SOURCES,
        ".github/workflows/recheck.yml": WORKFLOW.replace("{version}", __version__),
        ".gitignore": GITIGNORE,
    }


def init_project(folder: Path) -> list[str]:
    """Write a new project into `folder` (made if missing); refuse a folder that already holds one."""
    if folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "is a file; give a folder for the new project")
    files = project_files()
    taken = [name for name in files if (folder / name).exists()]
    if is_project_root(folder) or taken:
        first = taken[0] if taken else MARKER
        raise InputError(str(folder / first), "already exists; init writes only into a folder without a project")
    outer = find_project_root(folder.resolve().parent)
    if outer is not None:
        # commands find their project upwards: one nested in another would be found instead of it
        raise InputError(str(folder), f"is inside the project at {outer}; give a folder outside it for a new project")
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, text)
    return list(files)
