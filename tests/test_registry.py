"""The shipped model registry: its facts are read as written, a quoted flag is refused."""

import pytest

from harness.errors import InputError
from harness.evidence.registry import load_registry


def _registry(tmp_path, open_weights: str):
    path = tmp_path / "registry.yaml"
    path.write_text(
        "models:\n"
        "  - id: m\n"
        "    name: M\n"
        "    developer: Lab\n"
        f"    open_weights: {open_weights}\n"
        "    keys: {lmarena: [m-1]}\n"
    )
    return path


@pytest.mark.parametrize(
    "open_weights,expected",
    [
        # bool('false') is True: the quoted flag would have marked a closed model open
        ("'false'", "must be true or false (without quotes), got 'false'"),
        ("'yes'", "must be true or false, got 'yes'"),
        ("1", "must be true or false, got 1"),
        ("maybe", "must be true or false, got 'maybe'"),
    ],
)
def test_open_weights_must_be_a_yaml_boolean(tmp_path, open_weights, expected):
    path = _registry(tmp_path, open_weights)
    with pytest.raises(InputError) as exc:
        load_registry(path)
    assert str(exc.value) == f"{path}:5: models[0].open_weights: {expected}"


@pytest.mark.parametrize("open_weights,expected", [("false", False), ("true", True)])
def test_a_yaml_boolean_is_read_as_written(tmp_path, open_weights, expected):
    registry = load_registry(_registry(tmp_path, open_weights))
    assert registry.lookup("lmarena", "m-1").open_weights is expected


def test_the_shipped_registry_states_every_flag_as_a_boolean():
    registry = load_registry()
    assert {type(k.open_weights) for k in registry.entries.values()} == {bool}
