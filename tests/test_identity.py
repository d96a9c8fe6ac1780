"""Source names resolve through aliases and stated suffix patterns, never by dropping an effort."""

from pathlib import Path

from harness.claims.catalog import load_catalog
from harness.evidence.identity import closest, resolve_model, slug, spellings

CATALOG = """
organisations:
  - {id: openai, name: OpenAI}
models:
  - {id: o3-high, name: o3 (high), developer: openai, open_weights: false}
  - {id: gpt-oss-120b, name: gpt-oss 120b, aliases: [gpt-oss-120b-model], developer: openai, open_weights: true}
  - {id: gpt-4o, name: GPT-4o, developer: openai, open_weights: false}
"""


def catalog(tmp_path: Path):
    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "m.yaml").write_text(CATALOG)
    return load_catalog(tmp_path / "catalog", tmp_path)


def test_effort_and_date_suffixes_are_written_out(tmp_path):
    cat = catalog(tmp_path)
    found = resolve_model(cat, "o3-2025-04-16_high")
    assert (found.id, found.how) == ("o3-high", "effort suffix _high, date suffix dropped")
    # another effort never lands on the high entry, and the bare name is never tried for it
    assert resolve_model(cat, "o3-2025-04-16_medium") is None
    assert [s for s, _ in spellings("o3_low")] == ["o3_low", "o3 (low)", "o3 low"]


def test_repo_ids_dates_and_the_sources_own_names(tmp_path):
    cat = catalog(tmp_path)
    assert resolve_model(cat, "openai/gpt-oss-120b-model").how == "repo owner dropped"
    assert resolve_model(cat, "gpt-4o-2024-08-06").id == "gpt-4o"
    assert resolve_model(cat, "x-version-7", aliases=("GPT-4o",)).how == "the source's name 'GPT-4o' for this version"
    # a name that is only an id is not a source's spelling
    assert resolve_model(cat, "o3-high") is None


def test_new_ids_avoid_taken_ids_and_other_entries_spellings():
    taken = {"falcon-7b"}
    assert slug("Falcon 7B", taken) == "falcon-7b-2"
    assert slug("Falcon-7B!", taken, frozenset({"falcon-7b-3"})) == "falcon-7b-4"
    assert slug("_weird", set()) == "weird"


# --- an entry that is one mode of a model takes only rows whose source states that mode ---------------

EEE = Path(__file__).parent / "fixtures" / "importers" / "eee"
HELM_GPT5 = EEE / "helm_capabilities_openai_gpt-5-2025-08-07_eb1bb443.json"
LCB_GPT5 = EEE / "livecodebenchpro_openai_gpt-5-2025-08-07_de66cc70.json"
NO_EFFORT = (
    "the catalog reads 'openai/gpt-5-2025-08-07' as 'GPT-5 (high)' (repo owner dropped, date suffix dropped), "
    "but the catalog entry 'GPT-5 (high)' is the high-effort variant; the source states no effort; "
    "review it with `benchclaims link`"
)


def seed(tmp_path: Path) -> Path:
    from tests.conftest import seed_catalog

    return seed_catalog(tmp_path / "proj")


def run(project: Path, *args: str) -> dict:
    import json

    from click.testing import CliRunner

    from harness.cli.main import cli

    r = CliRunner().invoke(cli, [*args, "--project", str(project), "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def with_effort(tmp_path: Path, effort: str) -> Path:
    """The real HELM record, as if its generation config stated an effort (EEE `inference_effort`)."""
    import json

    record = json.loads(HELM_GPT5.read_text())
    for result in record["evaluation_results"]:
        result["generation_config"]["additional_details"]["inference_effort"] = effort
    path = tmp_path / f"helm-{effort}.json"
    path.write_text(json.dumps(record))
    return path


def test_a_source_that_states_no_effort_never_lands_on_the_high_effort_entry(tmp_path):
    # HELM Capabilities and LiveCodeBench Pro run `openai/gpt-5-2025-08-07` at the API's default effort;
    # the seed's GPT-5 (high) has the alias "GPT-5" (for claims), which the name reads as
    project = seed(tmp_path)
    for path, rows in ((HELM_GPT5, 6), (LCB_GPT5, 3)):
        data = run(project, "import", "eee", str(path), "--add-unmapped")
        assert data["rows"] == []
        assert data["unmapped"] == [
            {
                "kind": "model",
                "name": "openai/gpt-5-2025-08-07",
                "closest": ["GPT-5 (high)"],
                "rows": rows,
                "reason": NO_EFFORT,
            }
        ]
        assert data["counts"]["unmapped_rows"] == rows
        # --add-unmapped adds the benchmarks, never a second GPT-5 entry made unseen
        assert data["notes"] == [f"model 'openai/gpt-5-2025-08-07' not added: {NO_EFFORT}"]
    added = load_catalog(project / "catalog", project)
    assert [m.id for m in added.all_models() if m.review is not None] == []
    # `benchclaims link` lists it with GPT-5 (high) first and why, never as an exact candidate
    listed = run(project, "link", "eee")["unplaced"]
    assert [(u["name"], u["rows"], u["refused"]) for u in listed] == [("openai/gpt-5-2025-08-07", 9, NO_EFFORT)]
    top = listed[0]["candidates"][0]
    assert top == {
        "model": "gpt-5-high",
        "name": "GPT-5 (high)",
        "exact": False,
        "tied_with": [],
        "reason": "read as 'gpt-5' (repo owner dropped, date suffix dropped), but the catalog entry 'GPT-5 (high)' "
        "is the high-effort variant; the source states no effort (review the source's setting)",
    }
    assert run(project, "link", "eee", "--accept-all-exact")["left"] == [
        "eee 'openai/gpt-5-2025-08-07': no single exact candidate"
    ]
    # a reviewer who knows the setting settles it with a reviewed source alias; the rows then land
    done = run(project, "link", "eee", "--accept", "openai/gpt-5-2025-08-07=gpt-5-high", "--reviewer", "R. Viewer")
    assert [(a["name"], a["model"]) for a in done["aliases"]] == [("openai/gpt-5-2025-08-07", "gpt-5-high")]
    assert run(project, "link", "eee")["unplaced"] == []


def test_a_stated_effort_lands_when_it_matches_and_never_when_it_differs(tmp_path):
    project = seed(tmp_path)
    high = run(project, "import", "eee", str(with_effort(tmp_path, "high")), "--add-unmapped")
    assert [(r["model"], r["benchmark_as_written"], r["value"], r["setting"]) for r in high["rows"]][:2] == [
        ("gpt-5-high", "Mean score (helm_capabilities v1.15.0)", 80.7, "effort high"),
        ("gpt-5-high", "MMLU-Pro (helm_capabilities v1.15.0)", 86.3, "effort high"),
    ]
    assert (len(high["rows"]), high["unmapped"]) == (6, [])
    medium = run(project, "import", "eee", str(with_effort(tmp_path, "medium")))
    assert medium["rows"] == []
    assert [(u["name"], u["rows"], u["reason"]) for u in medium["unmapped"]] == [
        (
            "openai/gpt-5-2025-08-07",
            6,
            NO_EFFORT.replace("states no effort", "states medium effort"),
        )
    ]


def test_the_mode_is_read_from_the_name_the_setting_and_a_label(tmp_path):
    from harness.evidence.identity import unstated_variant

    cat = load_catalog(seed(tmp_path) / "catalog", tmp_path)
    gpt5, v32, non, speciale = (
        cat.model(m) for m in ("gpt-5-high", "deepseek-v3.2", "deepseek-v3.2-non-thinking", "deepseek-v3.2-speciale")
    )
    assert unstated_variant(gpt5, ("gpt-5-2025-08-07_high", "GPT-5 (high)")) == ""  # Epoch's version id
    assert unstated_variant(gpt5, ("gpt-5-high",)) == ""  # LMArena's key
    assert unstated_variant(gpt5, ("openai/gpt-5-2025-08-07",), "high reasoning effort") == ""
    assert unstated_variant(gpt5, ("gpt-5-high",), "effort low") == (
        "the catalog entry 'GPT-5 (high)' is the high-effort variant; the source states high and low effort"
    )
    # Epoch's `gpt-5-chat` has the bare model name "GPT-5" and no effort: another model, not GPT-5 (high)
    assert unstated_variant(gpt5, ("gpt-5-chat", "GPT-5")).endswith("the source states no effort")
    # the thinking / non-thinking pair: the weights' own repo name states no mode
    assert unstated_variant(v32, ("deepseek-ai/DeepSeek-V3.2",)) == (
        "the catalog entry 'DeepSeek-V3.2 (thinking)' is the thinking mode; the source states no mode"
    )
    assert unstated_variant(v32, ("deepseek-v3.2-thinking",)) == ""
    assert unstated_variant(v32, ("DeepSeek-V3.2",), "reasoning on") == ""
    assert unstated_variant(v32, ("DeepSeek-V3.2 non-thinking",)).endswith("the source states the non-thinking mode")
    assert unstated_variant(non, ("DeepSeek-V3.2",), "reasoning off") == ""
    # a label the name states names the entry, mode included (V3.2-Speciale is thinking only)
    assert unstated_variant(speciale, ("deepseek-ai/DeepSeek-V3.2-Speciale",)) == ""


def test_an_inspect_log_states_the_effort_it_asked_for(tmp_path):
    import json

    # Inspect AI's own log (one run), as if it had run openai/gpt-5-2025-08-07 with and without an effort
    log = json.loads(
        (Path(__file__).parent / "fixtures" / "importers" / "inspect_eval" / "log_formats.json").read_text()
    )
    log["eval"]["model"] = "openai/gpt-5-2025-08-07"
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(log))
    log["eval"]["model_generate_config"] = {"reasoning_effort": "high"}
    high = tmp_path / "high.json"
    high.write_text(json.dumps(log))
    project = seed(tmp_path)
    data = run(project, "import", "inspect", str(plain), "--add-unmapped")
    assert ([r["model"] for r in data["rows"]], [u["name"] for u in data["unmapped"]]) == (
        [],
        ["openai/gpt-5-2025-08-07"],
    )
    data = run(project, "import", "inspect", str(high), "--add-unmapped")
    assert [(r["model"], r["setting"]) for r in data["rows"]] == [
        ("gpt-5-high", "Inspect AI 0.3.41.dev123+g9ad2119a.d20241015, epochs 1, high reasoning effort")
    ]


def test_the_closest_names_are_alike_on_what_both_state_a_size_one_leaves_out_counting_for_nothing():
    # Microsoft's Phi-4 card writes 'phi-4 (14B)', and import offered "closest: Phi-3 14B, Phi-4": the size written out
    # in both weighed more than the version; extract offered Phi-4 before Phi-3 14B for 'phi-3' the other way round
    names = ["Phi-4", "Phi-3 14B", "Qwen2.5-14B-Instruct"]
    assert closest(names, "phi-4 (14B)") == ["Phi-4", "Phi-3 14B"]
    assert closest(names, "phi-3") == ["Phi-3 14B", "Phi-4"]
    # a mixture's '8x7B' is a size too; names that both state a size are compared whole, as before
    assert closest(["Mistral 7B", "Mixtral 8x7B", "Ministral 8B"], "Mixtral") == [
        "Mixtral 8x7B",
        "Mistral 7B",
        "Ministral 8B",
    ]
    llamas = ["Gemma 3 27B", "Llama 2 70B", "Llama 3.3 70B"]
    assert closest(llamas, "Llama 3 70B") == ["Llama 3.3 70B", "Llama 2 70B", "Gemma 3 27B"]
