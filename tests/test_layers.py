"""Data flows one way: the lower layers never import the upper ones, and no module imports itself back."""

import ast

from tests.conftest import REPO

PACKAGE = REPO / "harness"
# module -> modules it must never import (directly, or at call time inside a function)
FORBIDDEN = {
    "harness.evidence.records": [
        "harness.evidence.store",
        "harness.evidence.adapters",
        "harness.evidence.loading",
        "harness.judge.engine",
        "harness.cli.main",
    ],
    "harness.evidence.store": [
        "harness.evidence.adapters",
        "harness.evidence.loading",
        "harness.judge.engine",
        "harness.report",
        "harness.cli.main",
    ],
    "harness.evidence.adapters": [
        "harness.evidence.loading",
        "harness.judge.engine",
        "harness.judge.comparisons",
        "harness.report",
        "harness.cli.main",
    ],
    "harness.judge.engine": ["harness.report", "harness.cli.main", "harness.verify"],
    "harness.judge.comparisons": ["harness.report", "harness.cli.main", "harness.judge.engine"],
    "harness.report": ["harness.cli.main", "harness.verify"],
}


def _imports() -> dict[str, set[str]]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        out[name] = {m for m in found if m.startswith("harness")}
    return out


def test_only_the_command_line_imports_the_command_line():
    imports = _imports()
    bad = [
        f"{module} imports {t}"
        for module, targets in imports.items()
        if not module.startswith("harness.cli.main") and module != "harness.__main__"  # `python -m harness`
        for t in targets
        if t.startswith("harness.cli.main")
    ]
    assert bad == []


def test_lower_layers_never_import_upper_ones():
    imports = _imports()
    bad = []
    for module, targets in imports.items():
        for low, banned in FORBIDDEN.items():
            if module == low or module.startswith(low + "."):
                bad += [
                    f"{module} imports {t}" for t in targets if any(t == b or t.startswith(b + ".") for b in banned)
                ]
    assert bad == []


def test_no_import_cycles_at_module_level():
    graph = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text())
        # only imports at module level run at import time; those inside functions are lazy
        top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        deps = set()
        for node in top:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("harness"):
                deps.add(node.module)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith("harness"))
        graph[name] = {d for d in deps if d != name}

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
