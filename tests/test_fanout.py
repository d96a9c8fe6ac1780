"""Claims verified in parallel (processes, or Ray tasks) give byte-identical output to one job."""

import importlib.util
import random
import shutil

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from harness.judge import fanout
from tests.test_cohort import _project

CLAIM = """id: c{i:03d}
statement: "claim {i}"
source: {{publisher: P, url: "https://p.example/{i}", date: 2025-02-01}}
subject: M{s:02d}
assertions:
{body}"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return fan_project(tmp_path_factory.mktemp("fan"))


def fan_project(root):
    """40 claim files, a third of them rank claims, in an order that is not the id order, one id used twice."""
    _project(root)
    rng = random.Random(3)
    for i in range(40):
        s = rng.randrange(24)
        if i % 3 == 0:
            body = (
                f"  - kind: ranks\n    cohort: {{open_weights: true}}\n    top: {1 + i % 3}\n    benchmarks: shared\n"
            )
        else:
            others = ", ".join(f"M{m:02d}" for m in rng.sample([m for m in range(24) if m != s], 2))
            body = f"  - kind: outperforms\n    competitors: [{others}]\n    benchmarks: shared\n    quantifier: most\n"
        # files in an order that is not the id order, and one id used twice
        (root / "claims" / f"f{(i * 7) % 40:03d}.yaml").write_text(CLAIM.format(i=i % 39, s=s, body=body))
    return root


def _verify(root, *extra):
    r = CliRunner().invoke(cli, ["verify", "--project", str(root), "--no-report", "--json", *extra])
    assert r.exit_code == 2, r.output  # the duplicate id is a problem; everything else verified
    return r.stdout


@pytest.mark.parametrize("detail", ["compact", "full"])
def test_two_processes_write_the_bytes_one_writes(project, monkeypatch, detail):
    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    one = _verify(project, "--jobs", "1", "--detail", detail)
    assert "is also used by" in one
    assert _verify(project, "--jobs", "2", "--detail", detail) == one
    monkeypatch.setattr(fanout, "CHUNKS_PER_JOB", 1)  # other chunk boundaries
    assert _verify(project, "--jobs", "3", "--detail", detail) == one


def test_results_for_reports_come_back_whole(project, monkeypatch, tmp_path):
    from harness.verify import Project, verify

    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    one = verify(Project(project), [project / "claims"], jobs=1)
    two = verify(Project(project), [project / "claims"], jobs=2)
    assert [r.claim.id for r in two.results] == [r.claim.id for r in one.results]
    assert [r.assertions for r in two.results] == [r.assertions for r in one.results]
    assert [str(p) for p in two.problems] == [str(p) for p in one.problems]


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="needs the [ray] extra")
def test_ray_on_this_machine_writes_the_bytes_one_process_writes(project):
    import ray

    one = _verify(project, "--jobs", "1")
    # Ray 2.x no longer has a local mode: a one-machine cluster of two workers stands in for it
    ray.init(num_cpus=2, logging_level="ERROR", log_to_driver=False, include_dashboard=False)
    try:
        assert _verify(project, "--engine", "ray") == one
        assert _verify(project, "--engine", "ray", "--detail", "full") == _verify(project, "--detail", "full")
    finally:
        ray.shutdown()


def test_a_ray_address_where_nothing_listens_fails_in_one_line_without_starting_ray(monkeypatch):
    """ray.init() retried a host:port where no cluster listens for minutes (Ray 2.60: still retrying after 5)."""
    import socket
    import sys
    import types

    from harness.errors import UsageError
    from harness.judge import fanout

    started = []
    fake = types.SimpleNamespace(
        is_initialized=lambda: False, init=lambda **k: started.append(k), put=lambda x: x, remote=lambda f: f
    )
    monkeypatch.setitem(sys.modules, "ray", fake)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv("RAY_ADDRESS", f"127.0.0.1:{port}")
    with pytest.raises(UsageError) as exc:
        list(fanout.RayBackend().map(None, []))
    assert str(exc.value) == (
        f"--engine ray: nothing answers at $RAY_ADDRESS '127.0.0.1:{port}' (Connection refused): start the cluster "
        "there, or unset RAY_ADDRESS to start one on this machine"
    )
    assert started == []
    # an address where something listens, and one that is not host:port ('auto'), are Ray's to join
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        for address in (f"ray://127.0.0.1:{s.getsockname()[1]}", "auto"):
            monkeypatch.setenv("RAY_ADDRESS", address)
            assert list(fanout.RayBackend().map(None, [])) == []
    assert len(started) == 2


def test_an_unknown_engine_is_a_usage_error(project):
    r = CliRunner().invoke(cli, ["verify", "--project", str(project), "--no-report", "--engine", "spark"])
    assert r.exit_code == 2 and "'spark' is not one of 'local', 'ray'" in r.output


def test_a_worker_collects_nothing_during_a_chunk_and_freezes_what_stays(project, monkeypatch):
    """In a worker the collector is off while a chunk runs; after it what the chunk left is frozen (no
    pass: reference counting freed its garbage) and the collector on again. The texts are those of the
    chunk run as it is; a caller that had the collector off keeps it off, and nothing is frozen for it."""
    import gc

    from harness.report.jsonout import encode_claim
    from harness.verify import Project, claim_files, load_inputs

    run = load_inputs(Project(project))
    task = fanout.Task(run.catalog, run.evidence, project, 0.05, "holm", full=False, encode=encode_claim)
    chunk = list(enumerate(claim_files([project / "claims"])))
    want = [(v.label, v.text) for v in fanout.run_chunk(task, chunk)]
    monkeypatch.setattr(fanout, "_TASK", task)
    passes = []
    gc.callbacks.append(lambda phase, info: passes.append(info["generation"]) if phase == "start" else None)
    try:
        gc.unfreeze()
        got = fanout._chunk_in_worker(chunk)
        assert [(v.label, v.text) for v in got] == want
        assert passes == [] and gc.isenabled() and gc.get_freeze_count() > 0
        gc.unfreeze()
        passes.clear()
        gc.disable()
        fanout._chunk_in_worker(chunk)
        assert passes == [] and not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.callbacks.pop()
        gc.enable()
        gc.unfreeze()


def test_a_chunk_works_out_the_projects_real_path_once_and_each_files_once(project, monkeypatch):
    """A chunk's claim files are named and checked for links out of the project (`within`) against the
    project's real path worked out once for the chunk, not twice for each file; each file's own real path
    once (the link check). The labels and texts are those of each file named on its own."""
    import os

    from harness.inputs import relative_label
    from harness.report.jsonout import encode_claim
    from harness.verify import Project, claim_files, load_inputs

    run = load_inputs(Project(project))
    task = fanout.Task(run.catalog, run.evidence, project, 0.05, "holm", full=False, encode=encode_claim)
    chunk = list(enumerate(claim_files([project / "claims"])))
    real, asked = os.path.realpath, []
    monkeypatch.setattr(os.path, "realpath", lambda p, **kw: asked.append(os.fspath(p)) or real(p, **kw))
    done = fanout.run_chunk(task, chunk)
    monkeypatch.undo()
    assert asked.count(str(project)) == 1
    assert sorted(a for a in asked if a != str(project)) == sorted(str(path) for _, path in chunk)
    assert [v.label for v in done] == [relative_label(path, project) for _, path in chunk]


def test_a_process_sends_each_evidence_rows_text_once_and_the_table_lists_every_row_referred_to(
    project, monkeypatch, tmp_path
):
    """A claim brings the ids of every row its JSON refers to, and the texts of those its process has not
    sent before (in this run): each text comes back once per process. The parent's table takes each text
    from whichever claim brought it, one whose id is used twice (left out) included."""
    from harness.report.jsonout import encode_claim
    from harness.verify import Project, claim_files, load_inputs, verify

    run = load_inputs(Project(project))
    task = fanout.Task(run.catalog, run.evidence, project, 0.05, "holm", full=False, encode=encode_claim)
    done = [v for v in fanout.run_chunk(task, list(enumerate(claim_files([project / "claims"])))) if v.text]
    sent = [key for v in done for key in v.rows]
    assert len(sent) == len(set(sent)) == len({key for v in done for key in v.keys}) > 20
    assert all(set(v.rows) <= set(v.keys) for v in done) and sum(map(len, (v.keys for v in done))) > 2 * len(sent)
    for v in done:
        assert v.keys == list(encode_claim(v.result)[1])  # every row it refers to, in its order
    # a claim whose id is used again (left out) is the first of its process to refer to some rows, which a
    # later claim refers to as well: the table takes their texts from the claim left out
    root = tmp_path / "again"
    shutil.copytree(project, root)
    body = "  - kind: outperforms\n    competitors: [M{c:02d}]\n    benchmarks: shared\n"
    for name, i, s, c in (("a", 1, 1, 2), ("b", 1, 3, 4), ("c", 2, 3, 4)):
        (root / "again" / f"{name}.yaml").parent.mkdir(exist_ok=True)
        (root / "again" / f"{name}.yaml").write_text(CLAIM.format(i=i, s=s, body=body.format(c=c)))
    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    for where, jobs in ((project / "claims", 1), (project / "claims", 2), (root / "again", 1)):
        ran = verify(Project(where.parent), [where], jobs=jobs, encode="compact")
        want = {}
        for r in ran.results:
            want.update(encode_claim(r)[1])
        assert ran.rows == want and len(ran.results) == (39 if jobs == 2 or where.name == "claims" else 2)
        ran.close()
    assert "claim id 'c001' is also used by again/a.yaml" in str(ran.problems)


def test_a_rows_text_is_made_once_per_process_and_a_claim_names_the_rows_sent_before(project, monkeypatch):
    """A row's text is made for the first claim of the process that refers to it, and for no later one: a
    later claim's encoder is told the rows sent (`known`) and hands their ids back without a text. Each
    claim's ids are those it refers to, in order, and each text the one made afresh."""
    from harness.report import jsonout
    from harness.report.jsonout import encode_claim
    from harness.verify import Project, claim_files, load_inputs

    run = load_inputs(Project(project))
    task = fanout.Task(run.catalog, run.evidence, project, 0.05, "holm", full=False, encode=encode_claim)
    made, row_text = [], jsonout._row_text
    monkeypatch.setattr(jsonout, "_row_text", lambda r: made.append(r) or row_text(r))
    done = [v for v in fanout.run_chunk(task, list(enumerate(claim_files([project / "claims"])))) if v.text]
    monkeypatch.undo()
    sent = {key: text for v in done for key, text in v.rows.items()}
    assert len(made) == len(sent) == len({key for v in done for key in v.keys}) > 20
    assert sum(map(len, (v.keys for v in done))) > 2 * len(made)
    for v in done:
        again, rows = encode_claim(v.result, known=set(v.keys) - set(v.rows))
        assert again == v.text and list(rows) == v.keys
        assert {key: text for key, text in rows.items() if text is not None} == v.rows
        assert all(sent[key] == text for key, text in encode_claim(v.result)[1].items())


def test_a_chunks_searches_run_in_one_batch_before_its_claims_and_change_nothing(project, monkeypatch):
    """`know_claims` searches the outperforms claims' p-values and fragilities for the whole chunk at
    once, before any claim of it is verified: fewer pairs are then searched one by one, and the JSON
    is what verifying without it (every cache emptied, each claim searching its own) writes."""
    from harness.judge import engine, fragility, intervals, significance

    calls = []
    for module, name in ((fragility, "_share_fragility"), (intervals, "_searched_p")):
        search = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _search=search: calls.append(1) or _search(*a))

    def run(know):
        intervals.forget_ps()
        fragility.forget_fragility()
        significance.forget_tests()
        calls.clear()
        monkeypatch.setattr(fanout, "know_claims", know)
        return _verify(project, "--jobs", "1"), len(calls)

    batches = []
    searched = significance.know_tests

    def recording(plain, alpha):
        batches.append(len(plain))
        searched(plain, alpha)

    monkeypatch.setattr(engine, "know_tests", recording)
    alone, one_by_one_alone = run(lambda *args: None)
    batches.clear()
    together, one_by_one = run(engine.know_claims)
    assert together == alone
    assert batches[0] > 100  # every outperforms claim's plain comparisons, in the chunk's first batch
    assert one_by_one < 0.7 * one_by_one_alone, (one_by_one, one_by_one_alone)  # 190 against 338
    intervals.forget_ps()
    fragility.forget_fragility()
    significance.forget_tests()


@pytest.fixture(scope="module")
def ranked(tmp_path_factory):
    """Rank claims on benchmarks whose cells are plain (their units prepared before the chunk) and on
    every benchmark (some cells conflicting or in other settings: not prepared), and outperforms claims."""
    root = tmp_path_factory.mktemp("ranked")
    _project(root)
    rng = random.Random(5)
    for i in range(36):
        s = rng.randrange(24)
        if i % 3 < 2:
            benches = "[Lo, Rating]" if i % 3 == 0 else "shared"
            body = f"  - kind: ranks\n    cohort: {{open_weights: true}}\n    top: {1 + i % 4}\n    benchmarks: {benches}\n"
        else:
            others = ", ".join(f"M{m:02d}" for m in rng.sample([m for m in range(24) if m != s], 2))
            body = f"  - kind: outperforms\n    competitors: [{others}]\n    benchmarks: shared\n"
        (root / "claims" / f"r{i:03d}.yaml").write_text(CLAIM.format(i=i, s=s, body=body))
    return root


@pytest.mark.parametrize("detail", ["compact", "full"])
def test_rank_units_prepared_for_the_chunks_batch_are_the_ones_each_claim_works_out(ranked, monkeypatch, detail):
    """`know_claims` works out the rank claims' units before the chunk's claims, so that the comparisons
    they keep are searched in the chunk's batch: each claim reads its own units (no batch of its own)
    and the JSON is what each claim working out its units and searching them itself writes."""
    from harness.judge import cohort, engine, fragility, intervals, ranking, significance

    own = []
    searched = significance.know_tests
    monkeypatch.setattr(cohort, "know_tests", lambda plain, alpha: own.append(len(plain)) or searched(plain, alpha))
    prepared = []
    prepare = cohort.prepare_rank_units

    def preparing(*args):
        found = prepare(*args)
        prepared.append(len(cohort._PREPARED))
        return found

    monkeypatch.setattr(ranking, "prepare_rank_units", preparing)
    monkeypatch.setattr(cohort, "BATCH_FROM", 1)  # this cohort's units keep a few comparisons: batch them all
    # every kept comparison searched, though one of the same numbers was made before (`rank_kept`): batches counted
    monkeypatch.setattr(cohort, "known_key", lambda key: False)

    def run(know):
        intervals.forget_ps()
        fragility.forget_fragility()
        significance.forget_tests()
        own.clear()
        monkeypatch.setattr(fanout, "know_claims", know)
        r = CliRunner().invoke(
            cli, ["verify", "--project", str(ranked), "--no-report", "--json", "--jobs", "1", "--detail", detail]
        )
        assert r.exit_code == 0, r.output
        return r.stdout

    alone = run(lambda *args: None)
    batches = len(own)  # each rank claim searched its kept comparisons in a batch of its own
    together = run(engine.know_claims)
    assert together == alone
    assert max(prepared) >= 8 and cohort._PREPARED == {}  # units prepared for the claims on Lo and Rating, all read
    # each claim prepared no longer searches its own (on all rows; the views of first-party and of
    # independent rows, the claims on every benchmark and those without a score on Lo, still do)
    assert len(own) == batches - max(prepared), (len(own), batches, max(prepared))


def test_the_chunks_batch_is_handed_each_kept_comparisons_numbers_once(ranked, monkeypatch):
    """Rank claims keep comparisons whose numbers recur (the best members' rows, against subjects' rows of
    equal numbers): the chunk's batch is handed each kept comparison's numbers once, and the JSON is what
    handing every kept comparison writes."""
    from harness.judge import cohort, fragility, intervals, rank_kept, ranking, significance

    handed = []
    prepare = cohort.prepare_rank_units
    monkeypatch.setattr(ranking, "prepare_rank_units", lambda *args: handed.extend(prepare(*args)) or handed[:0])

    def run():
        intervals.forget_ps(), fragility.forget_fragility(), significance.forget_tests(), rank_kept.forget_prototypes()
        handed.clear()
        r = CliRunner().invoke(cli, ["verify", "--project", str(ranked), "--no-report", "--json", "--jobs", "1"])
        assert r.exit_code == 0, r.output
        return r.stdout, [rank_kept.numbers_key(b, s, c, 0.05) for s, c, b, _ in handed]

    once, keys = run()
    keys = [k for k in keys if k is not None]  # (numbers that could be written apart: each handed)
    assert len(keys) == len(set(keys)) > 10
    every = cohort._unknown  # each kept comparison handed, whatever its numbers
    monkeypatch.setattr(cohort, "_unknown", lambda ctx, plain, full, asked=None: every(ctx, plain, full) and plain)
    again, all_keys = run()
    all_keys = [k for k in all_keys if k is not None]
    assert again == once
    assert len(all_keys) > 2 * len(keys) and set(all_keys) == set(keys)


def test_claims_whose_comparisons_the_chunks_batch_searched_search_none_of_their_own(project, monkeypatch):
    """An outperforms assertion `know_claims` gathered (on all rows, its subject named first) neither
    gathers nor searches its plain comparisons again when it is verified; the JSON is the same."""
    from harness.judge import engine, fragility, intervals, pairwise, significance

    monkeypatch.setattr(pairwise, "BATCH_FROM", 1)  # every claim's own batch, however few its comparisons
    batches, gathered = [], []
    searched, know = significance.know_tests, engine.know_claims
    for module in (engine, pairwise):  # the chunk's batch and each claim's own
        monkeypatch.setattr(
            module, "know_tests", lambda plain, alpha: batches.append(len(plain)) or searched(plain, alpha)
        )

    def knowing(*args):
        know(*args)
        gathered.append(len(pairwise.GATHERED))

    def run(know):
        intervals.forget_ps()
        fragility.forget_fragility()
        significance.forget_tests()
        batches.clear()
        monkeypatch.setattr(fanout, "know_claims", know)
        return _verify(project, "--jobs", "1"), len(batches)

    alone, own = run(lambda *args: None)
    together, after = run(knowing)
    assert together == alone
    assert gathered[0] >= 20 and not pairwise.GATHERED  # forgotten after the chunk
    assert after == 1 + own - gathered[0], (after, own, gathered)  # the chunk's batch, and the views' own


def test_the_benchmark_sets_the_chunks_batch_worked_out_are_not_worked_out_again(project, monkeypatch):
    """Each outperforms assertion's benchmark set per competitor is worked out once for the chunk's batch
    and read back when the claim is verified: as many `counted_set` calls as without the batch."""
    from harness.judge import benchmark_sets, engine, pairwise

    calls, know, working = [], engine.know_claims, benchmark_sets.counted_set
    for module in (engine, pairwise):  # wherever the sets are worked out
        monkeypatch.setattr(module, "counted_set", lambda *args: calls.append(1) or working(*args), raising=False)

    def run(know):
        calls.clear()
        monkeypatch.setattr(fanout, "know_claims", know)
        return _verify(project, "--jobs", "1"), len(calls)

    alone, once = run(lambda *args: None)
    together, with_batch = run(know)
    assert together == alone
    assert once >= 20 and with_batch == once, (once, with_batch)


def test_the_parent_freezes_the_loaded_heap_and_holds_its_collector_off_while_results_come(project, monkeypatch):
    """Workers fork from a frozen heap and this process does not collect while their results come
    back; afterwards its collector and frozen objects are as they were, and the output the same."""
    import gc
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    one = _verify(project, "--jobs", "1")
    seen, mapping = [], ProcessPoolExecutor.map
    monkeypatch.setattr(
        ProcessPoolExecutor, "map", lambda *a: seen.append((gc.isenabled(), gc.get_freeze_count() > 0)) or mapping(*a)
    )
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert _verify(project, "--jobs", "2") == one
    assert seen == [(False, True)]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_results_that_came_back_go_to_the_oldest_generation_unscanned(project, monkeypatch):
    """Once the workers' results are all in, they are in this process's oldest generation, moved there with no
    pass of the collector (a pass of the youngest would have moved them to the middle one)."""
    import gc

    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    seen, passes, verify_files = [], [], fanout.verify_files

    def watched(*args):
        out = list(verify_files(*args))  # every chunk back: the pool closed, the collector as it was
        passes.clear()
        seen.append((len(out), list(passes), {id(x) for x in gc.get_objects(generation=2)} >= {id(v) for v in out}))
        return iter(out)

    monkeypatch.setattr(fanout, "verify_files", watched)
    gc.callbacks.append(lambda phase, info: passes.append(info["generation"]) if phase == "start" else None)
    try:
        _verify(project, "--jobs", "2")
        assert seen == [(40, [], True)] and gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.callbacks.pop()


def test_one_job_verifies_its_chunk_here_with_the_collector_off_as_a_worker_does(project, monkeypatch):
    """With one job the chunk runs in this process with the collector held off, and no pass runs during it;
    afterwards the collector is as it was (on, or off for a caller that had it off) and nothing is frozen."""
    import gc

    seen, inside, passes, run_chunk = [], [], [], fanout.run_chunk

    def chunk_here(task, chunk):
        seen.append(gc.isenabled())
        inside.append(True)
        try:
            return run_chunk(task, chunk)
        finally:
            inside.clear()

    monkeypatch.setattr(fanout, "run_chunk", chunk_here)
    gc.callbacks.append(lambda phase, info: passes.append(info["generation"]) if phase == "start" and inside else None)
    try:
        assert gc.isenabled() and gc.get_freeze_count() == 0
        _verify(project, "--jobs", "1")
        assert seen == [False] and passes == [] and gc.isenabled() and gc.get_freeze_count() == 0
        gc.disable()
        _verify(project, "--jobs", "1")
        assert seen == [False, False] and not gc.isenabled()
    finally:
        gc.callbacks.pop()
        gc.enable()


def test_one_job_leaves_what_its_chunk_made_in_the_oldest_generation_unscanned(project, monkeypatch):
    """Right after the chunk, what it made (its results here) is in the oldest generation, moved there with
    no pass of the collector (a pass of the youngest would have moved it to the middle one); a caller's
    frozen objects stay frozen, and the chunk's are then left where they were made."""
    import gc

    seen, passes, chunk_here = [], [], fanout._chunk_here

    def watched(task, chunk):
        out = chunk_here(task, chunk)
        passes.clear()
        ids = {id(v) for v in out}
        seen.append((len(out), list(passes), {id(x) for x in gc.get_objects(generation=2)} >= ids))
        return out

    monkeypatch.setattr(fanout, "_chunk_here", watched)
    gc.callbacks.append(lambda phase, info: passes.append(info["generation"]) if phase == "start" else None)
    try:
        _verify(project, "--jobs", "1")
        assert seen == [(40, [], True)]
        assert gc.isenabled() and gc.get_freeze_count() == 0
        mine = [[] for _ in range(3)]
        gc.freeze()
        _verify(project, "--jobs", "1")
        assert gc.isenabled() and seen[1][0] == 40 and seen[1][2] is False
        assert {id(x) for x in gc.get_objects()} & {id(x) for x in mine} == set()  # still frozen
    finally:
        gc.callbacks.pop()
        gc.enable()
        gc.unfreeze()


def test_each_chunks_claims_come_back_as_the_workers_finish_it(project, monkeypatch):
    """`verify_files` hands back a chunk's claims as soon as it is done, before the next is: the caller
    takes them in while the workers verify the rest (the parent's work no longer waits for the last)."""
    from harness.verify import Project, claim_files, load_inputs

    made = []

    class Backend:
        def __init__(self, jobs):
            pass

        def map(self, task, chunks):
            for chunk in chunks:
                made.append(chunk[0][0])
                yield fanout.run_chunk(task, chunk)

    monkeypatch.setattr(fanout, "ProcessBackend", Backend)
    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    run = load_inputs(Project(project))
    task = fanout.Task(run.catalog, run.evidence, project, 0.05)
    files = claim_files([project / "claims"])
    got = fanout.verify_files(task, files, jobs=2)
    assert made == []
    first = [next(got).label for _ in range(3)]
    assert made == [0] and first == [f"claims/{p.name}" for p in files[:3]]
    assert [v.label for v in got] == [f"claims/{p.name}" for p in files[3:]] and made == list(range(0, 40, 3))


def test_the_last_files_come_in_smaller_and_smaller_chunks():
    """Equal chunks while many files are left, then each about a 2 * jobs-th of those left, down to LAST_CHUNK:
    the workers end within a small chunk of each other. Few files: chunks of one size, as before."""
    sizes = [j - i for i, j in fanout.chunk_bounds(10_000, 2)]
    assert sizes == [625] * 13 + [469, 352, 264, 198, 148, 111, 84, 64, 64, 64, 57]
    assert fanout.chunk_bounds(40, 2) == [(i, min(40, i + 3)) for i in range(0, 40, 3)]
    assert [j - i for i, j in fanout.chunk_bounds(1_000, 4)] == [32] * 31 + [8]
    bounds = fanout.chunk_bounds(2_345, 3)
    assert bounds[0][0] == 0 and bounds[-1][1] == 2_345 and all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
