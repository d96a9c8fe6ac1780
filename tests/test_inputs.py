"""Reading a capped file (`inputs.read_bytes`): every byte up to the limit, refused over it, whatever stat said."""

import os
import types

import pytest

from harness import inputs
from harness.errors import InputError


def test_a_file_is_read_whole_up_to_the_limit_and_refused_over_it(tmp_path):
    f = tmp_path / "a.yaml"
    for size in (0, 1, 999, 1000):
        f.write_bytes(b"x" * size)
        assert inputs.read_bytes(f, "a.yaml", 1000) == b"x" * size
    f.write_bytes(b"x" * 1001)
    with pytest.raises(InputError, match="file is over the 1,000-byte limit"):
        inputs.read_bytes(f, "a.yaml", 1000)


def test_a_file_larger_than_its_stat_said_is_read_on_to_the_limit(tmp_path, monkeypatch):
    # a file that grew between the stat and the read: read as much as the stat said and a byte more, then on
    fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: types.SimpleNamespace(st_mode=fstat(fd).st_mode, st_size=10))
    f = tmp_path / "a.yaml"
    f.write_bytes(bytes(range(256)) * 3)
    assert inputs.read_bytes(f, "a.yaml", 1000) == bytes(range(256)) * 3
    f.write_bytes(b"y" * 1000)
    assert inputs.read_bytes(f, "a.yaml", 1000) == b"y" * 1000
    f.write_bytes(b"y" * 1001)
    with pytest.raises(InputError, match="file is over the 1,000-byte limit"):
        inputs.read_bytes(f, "a.yaml", 1000)
