"""Data flows one way: each stage imports only the stages below it, and no module imports itself back."""

import ast

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "harness"
# the pipeline's stages, lowest first; a module may import its own stage and the ones below
STAGES = [
    (
        "base",
        (
            "harness",
            "harness.counting",
            "harness.errors",
            "harness.inputs",
            "harness.outputs",
            "harness.printed",
            "harness.validation_errors",
            "harness.yamlfile",
        ),
    ),
    ("claims", ("harness.claims",)),
    ("evidence", ("harness.evidence",)),
    ("judge", ("harness.judge",)),
    # three peers above judging: none of them imports another
    ("extract", ("harness.extract",)),
    ("local", ("harness.local",)),
    ("report", ("harness.report",)),
    ("verify", ("harness.verify",)),
    ("cli", ("harness.cli", "harness.__main__")),
]
LEVEL = {
    "base": 0,
    "claims": 1,
    "evidence": 2,
    "judge": 3,
    "extract": 4,
    "local": 4,
    "report": 4,
    "verify": 5,
    "cli": 6,
}


def stage_of(module: str) -> str:
    """The stage a module belongs to (the longest matching prefix)."""
    best, length = "base", -1
    for stage, prefixes in STAGES:
        for p in prefixes:
            exact = p in ("harness",)
            if (module == p or (not exact and module.startswith(p + "."))) and len(p) > length:
                best, length = stage, len(p)
    return best


def violations(imports: dict[str, set[str]]) -> list[str]:
    """Every import of a higher stage, or of a peer stage, as 'module (stage) imports target (stage)'."""
    bad = []
    for module, targets in sorted(imports.items()):
        mine = stage_of(module)
        for t in sorted(targets):
            theirs = stage_of(t)
            if theirs == mine:
                continue
            if LEVEL[theirs] >= LEVEL[mine]:
                bad.append(f"{module} ({mine}) imports {t} ({theirs})")
    return bad


def _imports(top_level_only: bool = False) -> dict[str, set[str]]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text())
        # only imports at module level run at import time; those inside functions are lazy
        nodes = (
            [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))] if top_level_only else ast.walk(tree)
        )
        found = set()
        for node in nodes:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                # `from harness.evidence import identity` imports the module harness.evidence.identity
                found.update(
                    f"{node.module}.{a.name}"
                    for a in node.names
                    if (PACKAGE.parent / f"{node.module}.{a.name}".replace(".", "/")).with_suffix(".py").exists()
                )
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        out[name] = {m for m in found if m.startswith("harness") and m != name}
    return out


def test_every_module_belongs_to_a_stage_package_or_the_shared_base():
    flat = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert flat == [
        "__init__.py",
        "__main__.py",
        "counting.py",
        "errors.py",
        "inputs.py",
        "outputs.py",
        "printed.py",
        "validation_errors.py",
        "verify.py",
        "yamlfile.py",
    ]


def test_every_module_is_at_most_400_lines():
    # the house limit: a module over it has taken on a second job, which goes into a module of its own
    sizes = {str(p.relative_to(REPO)): len(p.read_text().splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 400} == {}


def test_each_stage_imports_only_the_stages_below_it():
    assert violations(_imports()) == []


@pytest.mark.parametrize(
    "module, target",
    [
        ("harness.evidence.store", "harness.judge.engine"),  # a lower stage importing a higher one
        ("harness.claims.spec", "harness.evidence.records"),
        ("harness.judge.engine", "harness.report.jsonout"),
        ("harness.report.charts", "harness.local.rerun"),  # peers stay apart
        ("harness.inputs", "harness.claims.catalog"),
        ("harness.verify", "harness.cli.main"),
    ],
)
def test_the_check_catches_an_import_against_the_flow(module, target):
    assert violations({module: {target}}) == [f"{module} ({stage_of(module)}) imports {target} ({stage_of(target)})"]


def test_stages_are_read_from_the_longest_prefix():
    assert [
        stage_of(m) for m in ("harness", "harness.errors", "harness.evidence.adapters.epoch", "harness.cli.main")
    ] == [
        "base",
        "base",
        "evidence",
        "cli",
    ]


def test_no_import_cycles_at_module_level():
    graph = _imports(top_level_only=True)

    def reach(start):
        seen, stack = set(), [start]
        while stack:
            for d in graph.get(stack.pop(), ()):
                if d not in seen:
                    seen.add(d)
                    stack.append(d)
        return seen

    cycles = sorted(m for m in graph if m in reach(m))
    assert cycles == []
