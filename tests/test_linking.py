"""`benchclaims link`, the model registry and reviewed source aliases, on LMArena's real board."""

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.claims.catalog import load_catalog
from harness.cli.main import cli
from harness.evidence.identity import precisions
from harness.evidence.identity import version_numbers as _version_numbers
from harness.evidence.linking import accept, candidates
from harness.evidence.registry import load_registry
from tests.conftest import seed_catalog

HERE = Path(__file__).parent / "fixtures" / "importers" / "lmarena"
REPO = Path(__file__).parent.parent
BOARD = HERE / "leaderboard-text-2025-12-11-excerpt.json"
URL = (
    "https://github.com/lmarena/arena-catalog/blob/ea8297b5457e664b4e1f37340426164a9e605927/data/leaderboard-text.json"
)
# the seed catalog's models the 2025-12-11 board rates, and the board's key for each
SEED_ON_BOARD = {
    "gemini-3-pro": "gemini-3-pro",
    "gemini-2.5-pro": "gemini-2.5-pro",
    "gpt-5.1": "gpt-5.1",
    "claude-sonnet-4-5-20250929": "claude-sonnet-4.5",
    "deepseek-v3.2-thinking": "deepseek-v3.2",
    "deepseek-v3.2": "deepseek-v3.2-non-thinking",
    "kimi-k2-thinking-turbo": "kimi-k2-thinking",
    "gpt-5-high": "gpt-5-high",
    "minimax-m2": "minimax-m2",
}


@pytest.fixture
def project(tmp_path) -> Path:
    """The seed's hand-written catalog (no imported entries, no reviewed aliases) and no evidence."""
    root = tmp_path / "proj"
    seed_catalog(root)
    return root


def cli_json(project: Path, *args: str) -> dict:
    r = CliRunner().invoke(cli, [*args, "--project", str(project), "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def import_board(project: Path, *extra: str) -> dict:
    return cli_json(project, "import", "lmarena", str(BOARD), "--source-url", URL, "--as-of", "2025-12-11", *extra)


def placed(project: Path) -> dict[str, str]:
    table = next((project / "results" / "imported" / "lmarena").glob("*.csv"))
    import csv

    catalog = load_catalog(project / "catalog", project)
    with table.open(newline="") as f:
        return {r["model_as_written"] or r["model"]: catalog.model(r["model"]).id for r in csv.DictReader(f)}


def test_the_catalog_alias_of_another_mode_is_refused_with_the_registry_reason(project):
    data = import_board(project)
    # "DeepSeek-V3.2" is a catalog alias of the thinking entry, but on LMArena it is the non-thinking mode
    trap = next(u for u in data["unmapped"] if u["name"] == "deepseek-v3.2")
    assert trap["reason"] == (
        "the catalog reads 'deepseek-v3.2' as 'DeepSeek-V3.2 (thinking)', but for lmarena the model registry "
        "lists it as 'DeepSeek-V3.2 (non-thinking)'; review it with `benchclaims link`"
    )
    assert {r["model_as_written"] for r in data["rows"]} == {"gpt-5.1", "kimi-k2-thinking-turbo"}


def test_link_lists_ranked_candidates_with_reasons(project):
    import_board(project)
    listed = {u["name"]: u for u in cli_json(project, "link", "lmarena")["unplaced"]}
    assert set(listed) == {k for k in SEED_ON_BOARD if k not in ("gpt-5.1", "kimi-k2-thinking-turbo")} | {
        "glm-4.6", "mistral-large-3", "glm-4.5", "deepseek-r1-0528", "deepseek-v3.2-exp", "longcat-flash-chat",
        "qwen3-vl-235b-a22b-instruct", "deepseek-v3.2-exp-thinking", "deepseek-v3.1", "deepseek-v3.1-terminus",
        "qwen3-235b-a22b-instruct-2507", "qwen3-next-80b-a3b-instruct", "deepseek-v3.1-terminus-thinking",
    }  # fmt: skip
    trap = listed["deepseek-v3.2"]["candidates"]
    assert trap[0] == {
        "model": "deepseek-v3.2-non-thinking",
        "name": "DeepSeek-V3.2 (non-thinking)",
        "exact": True,
        "tied_with": [],
        "reason": "the model registry lists 'deepseek-v3.2' as lmarena's name for 'DeepSeek-V3.2 (non-thinking)' "
        "(hf, lmarena-key, vendor: https://api-docs.deepseek.com/updates)",
    }
    # the catalog alias is still shown, ranked below and not exact, with why
    alias = next(c for c in trap if c["model"] == "deepseek-v3.2")
    assert alias["exact"] is False and "but the model registry says lmarena means" in alias["reason"]
    # a model the catalog lacks: the registry proposes a new entry, never an existing one
    glm = listed["glm-4.6"]["candidates"][0]
    assert (glm["model"], glm["name"], glm["exact"]) == (None, "GLM-4.6", False)


def test_accept_all_exact_places_every_seed_model_and_keeps_the_modes_apart(project):
    import_board(project)
    done = accept(project, "lmarena", {}, True, "Test Reviewer", date(2026, 12, 4))
    assert done.written == ["catalog/aliases/lmarena.yaml"]
    assert done.refreshed == ["results/imported/lmarena/b7246e454beab000.csv"]
    got = placed(project)
    on_right_entry = [k for k, model in SEED_ON_BOARD.items() if got.get(k) == model]
    assert len(on_right_entry) / len(SEED_ON_BOARD) >= 0.9 and len(on_right_entry) == 9
    assert got["deepseek-v3.2"] != got["deepseek-v3.2-thinking"]
    written = yaml.safe_load((project / "catalog" / "aliases" / "lmarena.yaml").read_text())
    first = next(a for a in written["aliases"] if a["name"] == "deepseek-v3.2")
    assert (first["model"], first["reviewed_by"], first["reviewed_on"]) == (
        "deepseek-v3.2-non-thinking",
        "Test Reviewer",
        "2026-12-04",
    )
    # the 13 models the catalog does not have are left for review, none accepted by guess
    assert len(done.left) == 13 and all("no single exact candidate" in line for line in done.left)


def test_add_unmapped_never_duplicates_a_model_the_catalog_has(project):
    data = import_board(project, "--add-unmapped")
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())
    ids = [m["id"] for m in added["models"]]
    assert len(ids) == 13 and not set(ids) & {m for m in SEED_ON_BOARD.values()}
    glm = next(m for m in added["models"] if m["id"] == "glm-4.6")
    # developer and open weights from the registry, not "closed until reviewed"
    assert (glm["name"], glm["developer"], glm["open_weights"], glm["release_date"]) == (
        "GLM-4.6",
        "z.ai",
        True,
        "2025-09-30",
    )
    assert glm["notes"].startswith("licence: MIT; developer, weights and licence per the benchclaims model registry")
    assert glm["review"] == {"imported_from": URL, "reviewed": False}
    assert any("model 'deepseek-v3.2' not added: the model registry lists it as 'DeepSeek-V3.2 (non-thinking)'" in n
               for n in data["notes"])  # fmt: skip


def test_a_name_spelled_like_an_id_is_a_candidate_never_exact(project):
    catalog = load_catalog(project / "catalog", project)
    # a csv source has no registry keys: `gemini-3-pro` is only spelled like the catalog's id
    got = candidates(catalog, load_registry(), "csv", "gemini-3-pro")
    assert got[0].model == "gemini-3-pro" and got[0].exact is False
    assert got[0].reason == "spelled like the catalog id 'gemini-3-pro' (ids are not names: review)"


def test_a_similar_spelling_with_other_version_numbers_is_flagged_and_ranked_below(project):
    catalog = load_catalog(project / "catalog", project)
    # 'gpt-5-high' is the closer spelling (0.91) but another model: before, it ranked above gpt-5.1
    got = [(c.model, c.score, c.reason) for c in candidates(catalog, load_registry(), "csv", "gpt-5.1-high")][:2]
    assert got == [
        ("gpt-5.1", 0.368, "similar spelling to 'gpt-5.1' (0.74)"),
        (
            "gpt-5-high",
            0.228,
            "similar spelling to 'gpt-5-high' (0.91), but its numbers differ (5, 1 against 5): another version or size?",
        ),
    ]
    # Claude 3.5 Sonnet's snapshot is no Claude Sonnet 4.5; its date stamp is no version number
    top = candidates(catalog, load_registry(), "csv", "claude-3-5-sonnet-20240620")[0]
    assert top.reason.endswith("but its numbers differ (3, 5 against 4, 5): another version or size?")
    # the same numbers written another way ('3.5' and '3-5', a date stamp) are the same version
    assert _version_numbers("Claude 3.5 Sonnet") == _version_numbers("claude-3-5-sonnet-20240620") == ["3", "5"]
    assert _version_numbers("o3-mini-2025-01-31") == _version_numbers("o3-mini") == ["3"]
    assert _version_numbers("Qwen2.5-72B-Instruct") == ["2", "5", "72b"]


def test_a_size_in_brackets_the_catalog_records_is_no_other_version(project):
    # Microsoft's Phi-4 card writes 'phi-4 (14B)': Phi-3 14B (another version, the size written out) ranked first,
    # and Phi-4 was said to differ in its numbers ('4, 14b against 4'), though the catalog records it as 14B
    card = "https://github.com/Azure/azureml-assets/blob/e5750c9/assets/models/system/Phi-4/evaluation.md"
    (project / "catalog" / "zz.yaml").write_text(
        "organisations: [{id: microsoft, name: Microsoft}]\nmodels:\n"
        f"  - {{id: phi-4, name: Phi-4, developer: microsoft, open_weights: true, parameters_b: 14, "
        f"parameters_source: '{card}'}}\n"
        "  - {id: phi-3-medium, name: Phi-3 14B, developer: microsoft, open_weights: true}\n"
        "  - {id: phi-4-mini, name: Phi-4 mini, developer: microsoft, open_weights: true}\n"
        f"  - {{id: phi-5, name: Phi-5, developer: microsoft, open_weights: true, parameters_b: 7, "
        f"parameters_source: '{card}'}}\n"
    )
    catalog = load_catalog(project / "catalog", project)
    got = [(c.model, c.score, c.reason) for c in candidates(catalog, load_registry(), "csv", "phi-4 (14B)")][:2]
    assert got == [
        ("phi-4", 0.312, "similar spelling to 'phi-4' (0.62), its size 14B as the catalog records it"),
        (
            "phi-3-medium",
            0.2,
            "similar spelling to 'phi-3 14b' (0.80), but its numbers differ (4, 14b against 3, 14b): another version "
            "or size?",
        ),
    ]
    # with no size recorded the size is left to the reviewer, still above another version; a recorded size that
    # differs is another size
    [mini] = [c for c in candidates(catalog, load_registry(), "csv", "Phi-4 mini (3.8B)") if c.model == "phi-4-mini"]
    assert mini.reason == (
        "similar spelling to 'phi-4 mini' (0.74), but the catalog records no size for it to check the name's 3.8B "
        "against"
    )
    [five] = [c for c in candidates(catalog, load_registry(), "csv", "phi-5 (14B)") if c.model == "phi-5"]
    assert five.reason == (
        "similar spelling to 'phi-5' (0.62), but the catalog records 7B for it, not the name's 14B: another size?"
    )


def test_candidates_as_close_as_each_other_are_listed_by_name_and_said_to_be_tied(project):
    # two catalog names equally close to a board's name came in the order difflib gave them (the catalog
    # writes B first here, and B was listed first), with nothing to say the order meant nothing
    (project / "catalog" / "zz.yaml").write_text(
        "organisations: [{id: meituan, name: Meituan}]\nmodels:\n"
        "  - {id: longcat-flash-chat-b, name: LongCat Flash Chat B, developer: meituan, open_weights: true}\n"
        "  - {id: longcat-flash-chat-a, name: LongCat Flash Chat A, developer: meituan, open_weights: true}\n"
    )
    import_board(project)
    r = CliRunner().invoke(cli, ["link", "lmarena", "--project", str(project)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    at = lines.index("lmarena 'longcat-flash-chat': 1 row")
    assert lines[at + 2 : at + 4] == [
        "  2. longcat-flash-chat-a: similar spelling to 'longcat-flash-chat-a' (0.95) [tied with longcat-flash-chat-b: "
        "as close, listed by name]",
        "  3. longcat-flash-chat-b: similar spelling to 'longcat-flash-chat-b' (0.95) [tied with longcat-flash-chat-a: "
        "as close, listed by name]",
    ]
    listed = {u["name"]: u for u in cli_json(project, "link", "lmarena")["unplaced"]}
    assert [(c["model"], c["tied_with"]) for c in listed["longcat-flash-chat"]["candidates"]] == [
        (None, []),
        ("longcat-flash-chat-a", ["longcat-flash-chat-b"]),
        ("longcat-flash-chat-b", ["longcat-flash-chat-a"]),
    ]


def test_reviewed_aliases_apply_to_their_source_only(project, tmp_path):
    import_board(project)
    r = CliRunner().invoke(
        cli,
        ["link", "lmarena", "--accept", "gpt-5-high=GPT-5 (high)", "--reviewer", "R", "--project", str(project)],
    )
    assert r.exit_code == 0, r.output
    assert "lmarena 'gpt-5-high' -> gpt-5-high" in r.output
    assert placed(project)["gpt-5-high"] == "gpt-5-high"
    # the same spelling in a hand-made CSV is not placed by LMArena's alias
    board = tmp_path / "board.csv"
    board.write_text("model,benchmark,score\ngpt-5-high,LMArena text,1400\n")
    other = cli_json(
        project, "import", "csv", str(board), "--source-url", "https://example.org", "--reported-by", "X",
        "--as-of", "2025-12-01",
    )  # fmt: skip
    assert [u["name"] for u in other["unmapped"]] == ["gpt-5-high"]


def test_an_alias_to_an_unknown_model_is_a_one_line_error(project):
    import_board(project)
    r = CliRunner().invoke(cli, ["link", "lmarena", "--accept", "glm-4.6=Gemni 3 Pro", "--project", str(project)])
    # which --accept gave the unknown model is said (it was "Error: unknown model 'Gemni 3 Pro'; ..." alone)
    assert (r.exit_code, r.output) == (
        2, "Error: --accept glm-4.6=Gemni 3 Pro: unknown model 'Gemni 3 Pro'; did you mean 'Gemini 3 Pro'?\n"
    )  # fmt: skip


def test_accepting_a_name_the_source_does_not_have_is_a_one_line_error(project):
    import_board(project)
    args = ["link", "lmarena", "--accept", "no-such-name=Gemini 3 Pro", "--project", str(project)]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2
    assert r.output == (
        "Error: --accept no-such-name=Gemini 3 Pro: 'no-such-name' is not an unplaced name of lmarena (list them with "
        "`benchclaims link lmarena`; a placed alias is changed in catalog/aliases/lmarena.yaml)\n"
    )
    assert not (project / "catalog" / "aliases").exists()
    # a source's name misspelt is told the unplaced name it is spelt like
    r = CliRunner().invoke(cli, ["link", "lmarena", "--accept", "glm-46=Gemini 3 Pro", "--project", str(project)])
    assert (r.exit_code, r.output) == (
        2,
        "Error: --accept glm-46=Gemini 3 Pro: 'glm-46' is not an unplaced name of lmarena; did you mean 'glm-4.6'? (list "
        "them with `benchclaims link lmarena`; a placed alias is changed in catalog/aliases/lmarena.yaml)\n",
    )


def test_the_registry_keeps_variants_apart():
    registry = load_registry()
    assert registry.lookup("lmarena", "deepseek-v3.2").id == "deepseek-v3.2-non-thinking"
    assert registry.lookup("lmarena", "deepseek-v3.2-thinking").id == "deepseek-v3.2"
    assert registry.lookup("lmarena", "Gemini-2.5-Pro-Preview-05-06").id == "gemini-2.5-pro-preview-05-06"
    assert registry.lookup("epoch", "deepseek-v3.2") is None  # keys are per source
    for known in registry.entries.values():
        assert known.sources, known.id  # every entry names where its facts come from


def test_a_board_without_licences_gets_open_weights_from_the_registry(project):
    # LMArena's JSON has no licence column; the registry (from the MPL-2.0 CSV) says which weights are open
    r = CliRunner().invoke(cli, ["import", "lmarena", str(HERE / "fboulnois_lmarena_text.csv"), "--add-unmapped",
                                 "--project", str(project)])  # fmt: skip
    assert r.exit_code == 0, r.output
    added = {m["name"]: m for m in yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["models"]}
    llama = added["Meta-Llama-3.1-405B-Instruct-bf16"]
    assert (llama["open_weights"], llama["notes"].split(";")[0]) == (True, "licence: Llama 3.1 Community")
    assert added["GLM-4.5"]["open_weights"] is True and added["Grok-4-0709"]["open_weights"] is False


def test_link_writes_under_the_project_lock_and_never_through_a_symlinked_folder(project, monkeypatch, tmp_path):
    import contextlib

    import harness.evidence.linking as linking

    import_board(project)
    held = []

    @contextlib.contextmanager
    def recording_lock(root):
        held.append(Path(root))
        yield

    monkeypatch.setattr(linking, "project_lock", recording_lock)
    out = accept(project, "lmarena", {}, True, "tester", date(2026, 1, 1))
    assert held == [project] and out.written == ["catalog/aliases/lmarena.yaml"]

    # a symlinked aliases folder is refused, and nothing is written where it points
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / "catalog" / "aliases" / "lmarena.yaml").unlink()
    (project / "catalog" / "aliases").rmdir()
    (project / "catalog" / "aliases").symlink_to(elsewhere)
    r = CliRunner().invoke(cli, ["link", "lmarena", "--accept-all-exact", "--project", str(project)])
    assert r.exit_code == 2 and "catalog/aliases" in r.output and "symlink" in r.output, r.output
    assert list(elsewhere.iterdir()) == []


def test_a_later_add_unmapped_keeps_the_reviews_already_in_the_file(project):
    seed = yaml.safe_load((REPO / "catalog" / "imported.yaml").read_text())
    reviews = {m["id"]: m["review"] for m in seed["models"]}
    kept = dict(seed, models=[m for m in seed["models"] if m["id"] != "qwen3-next-80b-a3b-instruct"])
    (project / "catalog" / "imported.yaml").write_text(yaml.safe_dump(kept, sort_keys=False))
    import_board(project, "--add-unmapped")
    after = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())
    assert [m["id"] for m in after["models"]][-1] == "qwen3-next-80b-a3b-instruct"  # added again, unreviewed
    reviews["qwen3-next-80b-a3b-instruct"] = {"imported_from": URL, "reviewed": False}
    assert {m["id"]: m["review"] for m in after["models"]} == reviews
    assert reviews["mistral-large-3"]["reviewed"] is True and reviews["mistral-large-3"]["checked"] == [
        "name",
        "developer",
        "open_weights",
        "licence",
        "release_date",
    ]
    assert load_catalog(project / "catalog", project).model("Mistral Large 3").review.reviewed


@pytest.mark.parametrize(
    "flag,env,line",
    [
        ([], "evil\x1b]0;pwned\x07", "$BENCHCLAIMS_REVIEWER: a reviewer's name has at most 300 characters and no "
         "control character, got 'evil\\x1b]0;pwned\\x07'"),
        (["--reviewer", "a\nb"], "", "--reviewer: a reviewer's name has at most 300 characters and no control "
         "character, got 'a\\nb'"),
        (["--reviewer", "r" * 301], "", "--reviewer: a reviewer's name has at most 300 characters and no control "
         f"character, got '{'r' * 40}… (301 characters)'"),
    ],
)  # fmt: skip
def test_a_reviewer_name_with_a_control_character_or_too_long_is_refused(project, monkeypatch, flag, env, line):
    """It was written into catalog/aliases/ as it came (an escape sequence, a newline, 100,000 characters)."""
    import_board(project)
    monkeypatch.setenv("BENCHCLAIMS_REVIEWER", env)
    r = CliRunner().invoke(
        cli, ["link", "lmarena", "--accept", "gpt-5-high=GPT-5 (high)", *flag, "--project", str(project)]
    )
    assert (r.exit_code, r.output) == (2, f"Error: {line}\n")
    assert not (project / "catalog" / "aliases" / "lmarena.yaml").exists()


@pytest.mark.parametrize(
    "source,hint", [("lmarna", "did you mean lmarena? "), ("LMArena", "did you mean lmarena? "), ("nosuch", "")]
)
def test_a_misspelt_source_is_told_the_importer_it_is_spelt_like(project, source, hint):
    # `import lmarna` said "did you mean lmarena?", `link lmarna` only the list of every importer
    import_board(project)
    r = CliRunner().invoke(cli, ["link", source, "--project", str(project)])
    assert (r.exit_code, r.output) == (
        2,
        f"Error: no importer or snapshot {source!r}; {hint}name one of: lm-eval, csv, model-card, epoch, lmarena, "
        "open-llm-leaderboard, eee, inspect, helm, or a snapshot id\n",
    )


def test_a_size_in_brackets_may_round_the_size_the_catalog_records(project):
    # a name writes its size as its developer rounds it: a catalog recording Qwen's card's 14.7B had 'Qwen 2.5 (14B
    # instruct)' told 'the catalog records 14.7B for it, not the name's 14B: another size?' and ranked down
    card = "https://huggingface.co/Qwen/Qwen2.5-14B-Instruct"
    (project / "catalog" / "zz.yaml").write_text(
        "organisations: [{id: qwen, name: Qwen}]\nmodels:\n"
        f"  - {{id: qwen-2.5, name: Qwen 2.5, developer: qwen, open_weights: true, parameters_b: 14.7, "
        f"parameters_source: '{card}'}}\n"
    )
    catalog = load_catalog(project / "catalog", project)

    def reason(name: str) -> tuple[float, str]:
        [c] = [c for c in candidates(catalog, load_registry(), "csv", name) if c.model == "qwen-2.5"]
        return c.score, c.reason

    assert reason("Qwen 2.5 (14B)") == (
        0.364,
        "similar spelling to 'qwen 2.5' (0.73), its size 14B as names round the catalog's 14.7B",
    )
    assert reason("Qwen 2.5 (15B)")[1].endswith("its size 15B as names round the catalog's 14.7B")
    assert reason("Qwen 2.5 (13B)")[1].endswith(
        "but the catalog records 14.7B for it, not the name's 13B: another size?"
    )
    assert reason("Qwen 2.5 (14.6B)")[1].endswith("not the name's 14.6B: another size?")


def test_a_precision_in_a_name_is_no_version_number(project):
    # LMArena ranks Meta-Llama-3.1-405B-Instruct-bf16 and -fp8 apart: their 'bf16' and 'fp8' were read as version
    # numbers ('3, 1, 405b, 8 against 3, 1, 405b, 16': another version or size?), and a quantized copy named with
    # no digits ('-AWQ') as no difference at all
    (project / "catalog" / "zz.yaml").write_text(
        "organisations: [{id: meta, name: Meta}]\nmodels:\n"
        "  - {id: llama-3.1-405b-bf16, name: Meta-Llama-3.1-405B-Instruct-bf16, developer: meta, open_weights: true}\n"
    )
    catalog = load_catalog(project / "catalog", project)

    def top(name: str) -> tuple[float, str]:
        [c] = [c for c in candidates(catalog, load_registry(), "csv", name) if c.model == "llama-3.1-405b-bf16"]
        return c.score, c.reason

    assert top("Meta-Llama-3.1-405B-Instruct-fp8") == (
        0.231,
        "similar spelling to 'meta-llama-3.1-405b-instruct-bf16' (0.92), but its weights' precision differs (fp8 "
        "against bf16): another copy of the model?",
    )
    assert top("Meta-Llama-3.1-405B-Instruct-AWQ-INT4")[1].endswith(
        "but its weights' precision differs (awq, int4 against bf16): another copy of the model?"
    )
    assert top("Meta-Llama-3.1-70B-Instruct-bf16")[1].endswith(
        "but its numbers differ (3, 1, 70b against 3, 1, 405b): another version or size?"
    )
    assert top("Meta-Llama-3.1-70B-Instruct-fp8")[1].endswith(
        "another version or size?; and its weights' precision differs (fp8 against bf16): another copy of the model?"
    )
    assert _version_numbers("Meta-Llama-3.1-405B-Instruct-fp8") == ["3", "1", "405b"]
    assert _version_numbers("Qwen3-32B-GPTQ-Int4") == _version_numbers("Qwen3-32B-Q4_K_M") == ["3", "32b"]
    # a precision in bits with a decimal (BitNet's 1.58-bit weights) is one precision, not '1' and '58bit'
    assert _version_numbers("Falcon3-10B-Instruct-1.58bit") == ["3", "10b"]
    assert precisions("Falcon3-10B-Instruct-1.58bit") == ["1.58bit"]
