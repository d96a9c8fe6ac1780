"""Loading YAML: a node's field path is formatted only for a message."""

import pytest

from harness import yamlfile
from harness.errors import InputError
from harness.yamlfile import load_yaml


def test_a_valid_file_formats_no_field_path_and_a_bad_value_names_its_own(tmp_path, monkeypatch):
    formatted = []
    fmt = yamlfile.format_loc
    monkeypatch.setattr(yamlfile, "format_loc", lambda loc: formatted.append(loc) or fmt(loc))
    good = tmp_path / "good.yaml"
    good.write_text("a: 1\nb: [1.5, 2, {c: true, d: [3, 4]}]\ne: {f: false, g: null}\n")
    assert load_yaml(good).data["b"][2] == {"c": True, "d": [3, 4]}
    assert formatted == []  # every number, flag, null, list and mapping checked; no path made
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: 1\nb: [1.5, {c: [3, yes]}]\n")
    with pytest.raises(InputError) as err:
        load_yaml(bad, "bad.yaml")
    assert str(err.value) == (
        "bad.yaml:2: b[1].c[1]: 'yes' is YAML 1.1's word for true: write true where a flag is meant, "
        "or quote it ('yes') for text"
    )


_EDGES = """\
text: plain
quoted: '061'
number: 61.3
int: 12
neg: -0.0
inf: .inf
nan: .nan
flag: true
nothing: null
empty:
day: 2025-02-01
stamp: 2025-02-01 12:30:00
1: an int key
1.0: the same key again, as YAML builds it
true: a flag key
~: a null key
nested: {a: [1, [2, {b: [], c: {}}], 'x'], d: ""}
scalar alias: &x shared text
again: *x
list:
  - - deep
  - {e: 2025-02-01}
"""


def _typed(x):
    """`x` with each value's type beside it: 1, 1.0 and True are equal, and NaN is not even itself."""
    if isinstance(x, dict):
        return [(_typed(k), _typed(v)) for k, v in x.items()]
    if isinstance(x, list):
        return [_typed(v) for v in x]
    return type(x).__name__, repr(x)


def test_a_files_data_built_from_its_checked_tree_is_what_the_loader_builds():
    """`_built` makes what the loader's own `construct_document` makes of a node tree, types, order and the
    keys YAML reads as equal included, for every YAML file of the project and a file of edge cases."""
    import yaml

    from tests.conftest import REPO

    texts = [p.read_text() for p in sorted(REPO.rglob("*.yaml")) if ".git" not in p.parts and ".venv" not in p.parts]
    assert len(texts) > 50
    for text in [_EDGES, *texts]:
        loader, builder = yamlfile._Loader(text), yamlfile._Loader(text)
        node = loader.get_single_node()
        if node is None:
            continue
        assert _typed(yamlfile._built(node, loader)) == _typed(builder.construct_document(node))
    data = yaml.safe_load(_EDGES)
    assert _typed(yamlfile._parse(_EDGES, "x", yamlfile._Loader)[0]) == _typed(data)
    # 1, 1.0 and true are one key: the first written, the last value
    assert list(data)[12:15] == [1, None, "nested"] and type(list(data)[12]) is int and data[1] == "a flag key"


def test_a_value_yaml_reads_but_cannot_build_is_told_as_the_loader_tells_it(tmp_path):
    """Where a value cannot be built (the dates 2025-02-30, 2025-13-01), the loader builds the file again and
    its error is told: the first value it meets (it builds a mapping's top level before what is nested), with
    its own words for that value (built depth first, 2025-02-30's words were told for 2025-13-01)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [1, {b: 2025-01-01}]\nc: {d: [2025-02-30]}\ne: 2025-13-01\n")
    with pytest.raises(InputError) as err:
        load_yaml(bad, "bad.yaml")
    assert str(err.value) == "bad.yaml:3: invalid value '2025-13-01' (month must be in 1..12)"
