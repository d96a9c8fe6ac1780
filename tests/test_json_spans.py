"""`verify --json` copies the claims' texts its workers left in files: one Span for each run of them, its bytes
sent from the file to stdout (or read and echoed where stdout is no file), the same bytes as one process writes."""

import json

import pytest

from tests.test_fanout import _verify, fan_project


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return fan_project(tmp_path_factory.mktemp("fan"))


def test_a_span_at_the_top_level_is_handed_over_with_spans_and_read_without(tmp_path):
    """`iter_dumps(..., spans=True)` yields a Span item as it is, between the text before and after it (the
    caller copies its bytes); without `spans` the same item is read: the joined bytes are the same."""
    from harness.report.jsontext import ITEM_SEPARATOR, LazyList, Raw, Span, iter_dumps

    spill = tmp_path / "chunk.json"
    spill.write_bytes(b'xx{"a": 1}' + ITEM_SEPARATOR.encode() + '{"b": "\u00e9"}'.encode())
    span = Span(str(spill), 2, len(spill.read_bytes()) - 2)
    data = {"claims": LazyList(lambda x: x, [Raw('{"z": 0}'), span, Raw("[]")]), "n": 1}
    pieces = list(iter_dumps(data, spans=True))
    assert pieces[1] is span and [p for p in pieces if isinstance(p, str)] == [
        '{\n  "claims": [\n    {"z": 0},\n    ',
        ',\n    []\n  ],\n  "n": 1\n}\n',
    ]
    whole = "".join(iter_dumps(data))
    assert whole == '{\n  "claims": [\n    {"z": 0},\n    {"a": 1},\n    {"b": "\u00e9"},\n    []\n  ],\n  "n": 1\n}\n'
    assert json.loads(whole)["claims"][2] == {"b": "\u00e9"}


def test_texts_a_worker_left_one_after_another_in_a_file_are_copied_as_one_span():
    """Texts that follow each other in one file, each led by the separator the output puts between two
    claims, become one Span (separators included); a text left out between them (a claim whose id was used
    before), another file, another lead or a text kept in memory starts a new one."""
    from harness.judge.fanout import Spilled
    from harness.report.jsonout import spans
    from harness.report.jsontext import ITEM_SEPARATOR, Raw, Span

    lead = ITEM_SEPARATOR.encode()  # 6 bytes
    texts = [
        Spilled("a", 6, 10, lead),
        Spilled("a", 22, 5, lead),  # 6 + 10 + 6
        Spilled("a", 33, 7, lead),
        Spilled("a", 52, 4, lead),  # a text of 6 bytes (and its lead) left out before it
        Spilled("b", 62, 3, lead),  # another file
        Raw('{"x": 1}'),
        Spilled("b", 71, 2, lead),
        Spilled("b", 73, 2, b""),  # no lead
        "{}",
    ]
    got = [(x.path, x.offset, x.length) if type(x) is Span else x for x in spans(texts)]
    assert got == [("a", 6, 34), ("a", 52, 4), ("b", 62, 3), '{"x": 1}', ("b", 71, 2), ("b", 73, 2), "{}"]
    assert all(type(x) in (Span, Raw) for x in spans(texts))


def test_claims_copied_out_of_the_workers_files_give_the_bytes_one_process_writes(project, tmp_path):
    """`verify --json` copies the claims' texts from the files its workers left them in (sendfile) where
    stdout is a file or a pipe, and reads and echoes them elsewhere (a test's stream): the same bytes."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    one = _verify(project, "--jobs", "1")
    cmd = [sys.executable, "-m", "harness", "verify", "--project", str(project), "--no-report", "--json"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with open(tmp_path / "out.json", "wb") as out:
        ran = subprocess.run([*cmd, "--jobs", "2"], stdout=out, stderr=subprocess.PIPE, env=env, timeout=300)
    assert ran.returncode == 2 and (tmp_path / "out.json").read_text() == one
    piped = subprocess.run([*cmd, "--jobs", "2"], capture_output=True, env=env, timeout=300)
    assert piped.returncode == 2 and piped.stdout.decode() == one


def test_a_spans_bytes_are_sent_from_its_file_where_stdout_is_one_and_read_where_not(tmp_path, monkeypatch):
    import io
    import os
    import sys

    from harness.cli import common
    from harness.report.jsontext import Span

    spill = tmp_path / "chunk.json"
    spill.write_bytes(b'..{"a": "\xc3\xa9"},\n    {"b": 2}')
    pieces = ["[\n    ", Span(str(spill), 2, len(spill.read_bytes()) - 2), "\n]\n"]
    want = '[\n    {"a": "\u00e9"},\n    {"b": 2}\n]\n'
    sent = []
    real = os.sendfile
    monkeypatch.setattr(os, "sendfile", lambda *a: sent.append(a[2:]) or real(*a))
    with open(tmp_path / "out.json", "w") as out:
        monkeypatch.setattr(sys, "stdout", out)
        common.write_pieces(iter(pieces))
    assert (tmp_path / "out.json").read_text() == want and sent == [(2, 25)]
    sent.clear()
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
    common.write_pieces(iter(pieces))
    sys.stdout.flush()
    assert buffer.getvalue().decode() == want and sent == []
