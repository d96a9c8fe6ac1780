"""Reading input files: a capped file (`inputs.read_bytes`) is read to every byte up to the limit, refused over it,
whatever stat said; bytes that are not UTF-8 are named at their line, in every reader."""

import os
import types

import pytest
from click.testing import CliRunner

from harness import inputs
from harness.cli.main import cli
from harness.errors import InputError
from harness.evidence.adapters.csvfile import check_text_file
from tests.conftest import CLAIM


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


LATIN_1_CLAIM = CLAIM.format(id="c1", assertions="- {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench]}")


@pytest.mark.parametrize(
    "bom,expected",
    [
        (b"", "claims/c1.yaml:4: file is not UTF-8 (byte 45): save it as UTF-8"),
        # counted from the file's first byte, the byte-order mark the decoder drops included
        (b"\xef\xbb\xbf", "claims/c1.yaml:4: file is not UTF-8 (byte 48): save it as UTF-8"),
    ],
)
def test_a_latin_1_letter_in_a_claim_is_named_at_its_line(proj, bom, expected):
    # "file is not UTF-8 (byte 45)" named an offset nobody counts to, and no line
    (proj.root / "claims" / "c1.yaml").write_bytes(bom + LATIN_1_CLAIM.replace("P,", "Pr\xe9,").encode("latin-1"))
    r = CliRunner().invoke(cli, ["validate", "--project", str(proj.root)])
    assert (r.exit_code, r.stderr.splitlines()[0]) == (2, f"Error: {expected}")


@pytest.mark.parametrize(
    "data,chunk,expected",
    [
        (b"model,score\nab,1\nc\xe9,2\n", 5, "t.csv:3: file is not UTF-8 (byte 18): save it as UTF-8"),
        # the bad byte after a character begun in the block before: counted from that character's first byte
        (b"model,score\nab,1\n\xc3\xff,2\n", 18, "t.csv:3: file is not UTF-8 (byte 17): save it as UTF-8"),
        (b"\xef\xbb\xbfmodel\nx\xe9\n", 4, "t.csv:2: file is not UTF-8 (byte 10): save it as UTF-8"),
        # a character left unfinished at the end of the file
        (b"model\n\xe2\x82", 3, "t.csv:2: file is not UTF-8 (byte 6): save it as UTF-8"),
    ],
)
def test_a_table_read_in_blocks_names_the_bad_bytes_line(tmp_path, data, chunk, expected):
    (tmp_path / "t.csv").write_bytes(data)
    with pytest.raises(InputError) as caught:
        check_text_file(tmp_path / "t.csv", "t.csv", chunk=chunk)
    assert str(caught.value) == expected
