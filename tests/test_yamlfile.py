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
