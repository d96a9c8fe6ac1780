"""The example projects under examples/ verify as their READMEs say: each claim's verdict, strength,
independent status, reason and caveats exactly, from the real published tables they bundle."""

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from harness.cli.main import cli

REPO = Path(__file__).parent.parent
EXPECTED = Path(__file__).parent / "fixtures" / "examples"


def _verify(project: str) -> dict:
    r = CliRunner().invoke(cli, ["verify", "--project", str(REPO / project), "--json", "--no-report"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def _summary(doc: dict) -> dict:
    return {
        c["id"]: {
            "verdict": c["verdict"],
            "strength": c["strength"],
            "independent": c["independent"]["status"],
            "reason": c["reason"],
            "assertions": [
                {"kind": a["kind"], "verdict": a["verdict"], "caveats": a["caveats"]} for a in c["assertions"]
            ],
        }
        for c in doc["claims"]
    }


def _read_otherwise(tmp_path, example: str, claim_id: str, said: str, read: str) -> dict:
    """The example's one claim `claim_id` verified with `said` in its file replaced by `read` (a sceptic's reading,
    its other claims left out); `said` must be in the file, so a changed claim file fails here, not silently."""
    project = tmp_path / example
    shutil.copytree(REPO / "examples" / example, project, ignore=shutil.ignore_patterns("reports"))
    for other in (project / "claims").glob("*.yaml"):
        if other.stem != claim_id:
            other.unlink()
    claim = project / "claims" / f"{claim_id}.yaml"
    assert said in claim.read_text()
    claim.write_text(claim.read_text().replace(said, read))
    [c] = _verify(str(project))["claims"]
    return c


def test_the_deepseek_v3_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/deepseek-v3")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/deepseek-v3")])
    # every score cell of the README's three tables but its two dashes
    assert (v.exit_code, v.output) == (0, "OK: 292 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "deepseek-v3-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_the_deepseek_v3_tables_two_livecodebench_rows_are_two_settings():
    # "LiveCodeBench (Pass@1-COT)" and "LiveCodeBench (Pass@1)" are one table's two settings, not sources
    # disagreeing: each is compared with the competitor's row in the same setting
    doc = _verify("examples/deepseek-v3")
    [claim] = [c for c in doc["claims"] if c["id"] == "v3-beats-open-matches-closed"]
    notes = {
        c["competitor"]: c["notes"] for c in claim["assertions"][0]["comparisons"] if c["benchmark"] == "livecodebench"
    }
    assert notes == {
        "deepseek-v2.5-0905": ["compared in each setting: pass@1, CoT: win (40.5 vs 29.2); pass@1: win (37.6 vs 28.4)"],
        "deepseek-v2-0506": ["compared in each setting: pass@1, CoT: win (40.5 vs 18.8); pass@1: win (37.6 vs 20.3)"],
        "qwen2.5-72b-instruct": [
            "compared in each setting: pass@1, CoT: win (40.5 vs 31.1); pass@1: win (37.6 vs 28.7)"
        ],
        "llama-3.1-405b-instruct": [
            "compared in each setting: pass@1, CoT: win (40.5 vs 28.4); pass@1: win (37.6 vs 30.1)"
        ],
    }


def test_the_kimi_k2_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/kimi-k2")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/kimi-k2")])
    # every score cell of the README's two tables but its twelve dashes
    assert (v.exit_code, v.output) == (0, "OK: 264 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "kimi-k2-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_kimi_k2_state_of_the_art_read_globally_holds_on_fewer_than_half(tmp_path):
    # the README's sceptic's note: "state-of-the-art" read against all seven models of the table, not only the open
    # ones, is first on 14 of 29 benchmarks (its bold cells), short of most
    project = tmp_path / "kimi-k2"
    shutil.copytree(REPO / "examples/kimi-k2", project, ignore=shutil.ignore_patterns("reports"))
    for other in ("k2-global-sota-bold", "k2-open-source-sota-underlined"):
        (project / "claims" / f"{other}.yaml").unlink()
    claim = project / "claims" / "k2-state-of-the-art.yaml"
    cohort = "      open_weights: true\n      exclude: [Kimi K2 Base, DeepSeek-V3-Base, Qwen2.5-72B Base, Llama 4 Maverick Base]\n"
    everyone = "      models: [DeepSeek-V3-0324, Qwen3-235B-A22B, Claude Sonnet 4, Claude Opus 4, GPT-4.1, Gemini 2.5 Flash Preview (05-20)]\n"
    assert cohort in claim.read_text()
    claim.write_text(claim.read_text().replace(cohort, everyone))
    [c] = _verify(str(project))["claims"]
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "in the top 1 on 14 of 29 benchmarks (needs more than half (15 or more) of the 29); not on AceBench, "
        "Aider-Polyglot, AutoLogi, CNMO 2024, Humanity's Last Exam (Text Only) …",
    )


def test_the_deepseek_r1_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/deepseek-r1")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/deepseek-r1")])
    # every score cell of the README's two tables but the eleven dashes of its main table
    assert (v.exit_code, v.output) == (0, "OK: 175 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "deepseek-r1-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_deepseek_r1_distill_leads_the_dense_models_of_other_developers(tmp_path):
    # the README's reading: against QwQ-32B-Preview, the table's one dense model not distilled by DeepSeek, the
    # 32B distill is first on every benchmark; it is DeepSeek's own Llama-70B distill that it trails on four
    listed = (
        "      models: [QwQ-32B-Preview, DeepSeek-R1-Distill-Qwen-1.5B, DeepSeek-R1-Distill-Qwen-7B,\n"
        "               DeepSeek-R1-Distill-Llama-8B, DeepSeek-R1-Distill-Qwen-14B, DeepSeek-R1-Distill-Llama-70B]\n"
    )
    c = _read_otherwise(
        tmp_path, "deepseek-r1", "r1-distill-qwen-32b-sota-dense", listed, "      models: [QwQ-32B-Preview]\n"
    )
    assert (c["verdict"], c["reason"]) == (
        "supported",
        "in the top 1 on 5 of 5 benchmarks (needs all 5); ranked on DeepSeek-AI's table against 1 other listed model "
        "(the evidence scores 1 of the 1 listed model released by 2025-01-20)",
    )
    aime = [r for r in c["assertions"][0]["ranks"] if r["benchmark"] == "aime-2024"]
    assert [(r["rank_best"], r["rank_worst"]) for r in aime] == [(1, 1)]


def test_the_glm_4_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/glm-4")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/glm-4")])
    # every score cell of the README's five tables but the base table's two dashes
    assert (v.exit_code, v.output) == (0, "OK: 176 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "glm-4-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_glm_4v_against_the_model_its_sentence_leaves_out(tmp_path):
    # the README's reading: the same table scores gpt-4o-2024-05-13, which the sentence does not name; against it
    # GLM-4V-9B is ahead on OCRBench alone
    named = "    competitors: [gpt-4-turbo-2024-04-09, Gemini 1.0 Pro, Qwen-VL-Max, Claude 3 Opus]\n"
    c = _read_otherwise(tmp_path, "glm-4", "glm4v-9b-beats-four", named, "    competitors: [gpt-4o-2024-05-13]\n")
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "wins 1 of 9 vs gpt-4o-2024-05-13 (needs at least 2 of the 9): loss on AI2D, loss on HallusionBench, loss on "
        "MMBench-CN-Test, loss on MMBench-EN-Test …",
    )
    wins = [x["benchmark"] for x in c["assertions"][0]["comparisons"] if x["outcome"] == "win"]
    assert wins == ["ocrbench"]


def test_the_internlm3_launch_claim_verifies_as_its_readme_says():
    doc = _verify("examples/internlm3")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/internlm3")])
    # every score cell of the README's Performance table (16 rows, 4 models, no dash)
    assert (v.exit_code, v.output) == (0, "OK: 64 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "internlm3-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_internlm3_state_of_the_art_read_against_every_model_of_its_table(tmp_path):
    # the README's reading: "state-of-the-art" ranked against all four models of the table, GPT-4o-mini included, is
    # first on CMMLU and HellaSwag only
    named = "  - kind: outperforms\n    competitors: [Qwen2.5-7B-Instruct, Llama3.1-8B-Instruct]\n"
    ranks = "  - kind: ranks\n    cohort: {all_models: true}\n    top: 1\n"
    c = _read_otherwise(tmp_path, "internlm3", "internlm3-surpasses-llama-qwen", named, ranks)
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "in the top 1 on 2 of 7 benchmarks (needs all 7); not on DROP, GPQA-Diamond, KOR-Bench, MMLU, MMLU-Pro; "
        "ranked on Shanghai AI Laboratory (InternLM)'s table against 3 other models (the evidence scores 3 of the "
        "catalog's 3 by 2025-01-15)",
    )


def test_the_deepseek_coder_v2_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/deepseek-coder-v2")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/deepseek-coder-v2")])
    # every score cell of the README's five tables but Llama3-Instruct's dash on SWE-Bench
    assert (v.exit_code, v.output) == (0, "OK: 169 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "deepseek-coder-v2-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_deepseek_coder_v2_tables_two_models_of_one_name_stay_two():
    # the code-completion table names two models "DeepSeek-Coder-Base", told apart only by its #TP column
    rows = {}
    for size in ("7B", "33B"):
        r = CliRunner().invoke(
            cli, ["evidence", f"DeepSeek-Coder-Base {size}", "--project", str(REPO / "examples/deepseek-coder-v2")]
        )
        assert r.exit_code == 0, r.output
        rows[size] = [line.split(" | ")[:3] for line in r.output.splitlines()[1:]]
    assert rows == {
        "7B": [["  HumanEval FIM", "score", "86.1"], ["  RepoBench (Java)", "score", "43.3"],
               ["  RepoBench (Python)", "score", "36.2"]],
        "33B": [["  HumanEval FIM", "score", "86.4"], ["  RepoBench (Java)", "score", "44.8"],
                ["  RepoBench (Python)", "score", "39.1"]],
    }  # fmt: skip


def test_deepseek_coder_v2_against_the_closed_model_its_sentence_leaves_out(tmp_path):
    # the README's reading: the tables also score GPT-4o-0513, which the sentence does not name; against it
    # DeepSeek-Coder-V2-Instruct wins 4 of the 11 coding and math rows
    named = "    competitors: [GPT-4-Turbo-0409, GPT-4-Turbo-1106, Claude-3-Opus, Gemini-1.5-Pro]\n"
    c = _read_otherwise(
        tmp_path, "deepseek-coder-v2", "coder-v2-superior-to-closed", named, "    competitors: [GPT-4o-0513]\n"
    )
    outcomes = {x["benchmark"]: x["outcome"] for x in c["assertions"][0]["comparisons"]}
    assert sorted(b for b, o in outcomes.items() if o == "win") == ["aider", "aime-2024", "math-odyssey", "mbpp-plus"]
    assert (c["verdict"], outcomes["livecodebench"]) == ("partially_supported", "tie")


def test_the_autocoder_claim_verifies_as_its_readme_says():
    doc = _verify("examples/autocoder")
    assert doc["problems"] == []
    [c] = doc["claims"]
    assert (c["verdict"], c["strength"], c["independent"]["status"], c["reason"]) == (
        "supported",
        "within_noise",
        "vendor_only",
        "wins 1 of 1 vs gpt-4-turbo-2024-04-09 (needs all 1)",
    )
    [x] = c["assertions"][0]["comparisons"]
    # 149 against 148 of HumanEval's 164 problems: one problem apart
    assert (x["subject_value"], x["competitor_value"], x["p_value"], x["delta_interval"]) == (
        90.9, 90.2, 0.933678, [-6.249909, 7.663572]
    )  # fmt: skip
    assert x["notes"] == [
        "OpenAI 87.6 (chatgpt system message) not used: its setting matches less closely",
        "OpenAI 88.2 (assistant system message) not used: its setting matches less closely",
    ]


def test_autocoder_against_openais_own_numbers_for_gpt_4_turbo(tmp_path):
    # the README's reading: without the 90.2 AutoCoder quotes (and the EvalPlus leaderboard gives), OpenAI's own 87.6
    # and 88.2 (simple-evals, "HumanEval%") are compared, and the lead is still within noise
    project = tmp_path / "autocoder"
    shutil.copytree(REPO / "examples/autocoder", project, ignore=shutil.ignore_patterns("reports"))
    table = project / "results" / "published" / "autocoder_and_simple_evals.csv"
    lines = table.read_text().splitlines(keepends=True)
    quoted = [
        line for line in lines if line.startswith(("GPT-4 Turbo (April 2024),", "GPT-4-Turbo (April 2024),HumanEval,"))
    ]
    assert len(quoted) == 2
    table.write_text("".join(line for line in lines if line not in quoted))
    [c] = _verify(str(project))["claims"]
    [x] = c["assertions"][0]["comparisons"]
    assert (c["verdict"], c["strength"], x["competitor_value"], x["p_value"], x["delta_interval"]) == (
        "supported", "within_noise", 87.6, 0.402584, [-3.965762, 10.604121]
    )  # fmt: skip


def test_autocoder_on_humaneval_plus_the_stricter_tests_it_also_reports(tmp_path):
    # the README's reading: on HumanEval+ (the same problems, EvalPlus's extra tests) AutoCoder's own 78.0 trails the
    # EvalPlus leaderboard's 86.6 for GPT-4 Turbo (April 2024)
    said, read = "    benchmarks: [HumanEval]\n", "    benchmarks: [HumanEval+]\n"
    c = _read_otherwise(tmp_path, "autocoder", "autocoder-beats-gpt4-turbo", said, read)
    [x] = c["assertions"][0]["comparisons"]
    assert (c["verdict"], c["reason"]) == (
        "refuted",
        "wins 0 of 1 vs gpt-4-turbo-2024-04-09 (needs all 1): loss on HumanEval+",
    )
    assert (x["subject_value"], x["competitor_value"], x["p_value"], x["significant"]) == (78.0, 86.6, 0.053517, False)


def test_the_minicpm3_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/minicpm3")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/minicpm3")])
    # every score cell of the README's two MiniCPM3 tables (16 rows of 7 models, 6 models of 5 columns), no dash
    assert (v.exit_code, v.output) == (0, "OK: 142 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "minicpm3-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_minicpm3_outperforms_phi_and_gpt_35_on_the_tables_average(tmp_path):
    # the README's reading: on the table's Average row (bold for MiniCPM3-4B) the changelog's "outperforms" holds
    # against both; row by row it loses four of the fifteen to each
    said, read = "    benchmarks: {exclude: [Average]}\n", "    benchmarks: [Average]\n"
    c = _read_otherwise(tmp_path, "minicpm3", "minicpm3-outperforms-phi35-gpt35", said, read)
    assert (c["verdict"], c["reason"]) == (
        "supported",
        "wins 1 of 1 vs Phi-3.5-mini-Instruct (needs all 1); wins 1 of 1 vs GPT-3.5-Turbo-0125 (needs all 1)",
    )
    values = [(x["subject_value"], x["competitor_value"]) for x in c["assertions"][0]["comparisons"]]
    assert values == [(66.3, 57.2), (66.3, 61.0)]


def test_minicpm3_bfcl_printed_twice_is_one_score():
    # the summary table's BFCL v2 (76.0) and the function-calling table's Overall Accuracy (76.03) are one score
    doc = _verify("examples/minicpm3")
    [claim] = [c for c in doc["claims"] if c["id"] == "minicpm3-beats-gpt35-on-bfcl"]
    [x] = claim["assertions"][1]["comparisons"]
    assert (x["subject_value"], x["competitor_value"], "conflict" in x) == (76.03, 75.4, False)
    assert x["notes"] == ["one score printed to two precisions (MiniCPM3-4B: 76.0 and 76.03 per OpenBMB); 76.03 used"]


def test_the_llama3_launch_claim_verifies_as_its_model_card_says():
    doc = _verify("examples/llama3")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/llama3")])
    # every score cell of the card's two benchmark tables (11 and 5 rows, 5 models, no dash) and the July correction
    assert (v.exit_code, v.output) == (0, "OK: 81 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "llama3-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_llama3_8b_against_llama_2_13b_chat_by_a_clear_margin(tmp_path):
    # the README's reading: "outperform" as by 3 points or more against Llama 2 13B Chat holds for the 70B, and for
    # the 8B on four rows; on GSM-8K the launch card gave 79.6 against 77.4, the number Meta corrected to 41.2
    said = "    competitors: [Llama 2 7B Chat, Llama 2 13B Chat, Llama 2 70B Chat]\n    competitors_quantifier: {at_least: 2}\n"
    read = "    competitors: [Llama 2 13B Chat]\n    margin: 3\n"
    c = _read_otherwise(tmp_path, "llama3", "llama3-instruct-outperforms-open-chat", said, read)
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "as Llama 3 8B Instruct: partially supported; as Llama 3 70B Instruct: supported (the claim names 2 "
        "checkpoints; it must hold for each of them). Shown, as Llama 3 8B Instruct: wins 4 of 5 vs Llama 2 13B Chat "
        "(needs all 5): short of margin on GSM-8K",
    )
    [gsm8k] = [x for x in c["assertions"][0]["comparisons"] if x["benchmark"] == "gsm8k"]
    assert (gsm8k["subject_value"], gsm8k["competitor_value"], gsm8k["delta"]) == (79.6, 77.4, 2.2)


def test_llama3_as_of_july_reads_metas_corrected_number(tmp_path):
    # the README's reading: as of 2024-07-11 the card's later version gives Llama 2 13B Chat's GSM-8K as 41.2; the
    # launch card's 77.4 is replaced, not a second source
    c = _read_otherwise(
        tmp_path, "llama3", "llama3-instruct-outperforms-open-chat", "as_of: 2024-04-18", "as_of: 2024-07-11"
    )
    assert c["verdict"] == "supported"
    [x] = [
        x
        for x in c["assertions"][0]["comparisons"]
        if x["benchmark"] == "gsm8k" and x["competitor"] == "llama-2-13b-chat"
    ]
    assert (x["subject_value"], x["competitor_value"], "conflict" in x) == (79.6, 41.2, False)
    assert x["notes"] == [
        "Llama 2 13B Chat: 77.4 per Meta (2024-04-18) replaced by 41.2 in a later version of the same document "
        "(2024-07-11); the later is used"
    ]


def test_the_glm_4_5_report_claims_verify_as_its_readme_says():
    doc = _verify("examples/glm-4.5")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/glm-4.5")])
    # every cell of the report's three ARC tables (Tables 3, 4 and 5), their Average and AA-Index rows left out
    assert (v.exit_code, v.output) == (0, "OK: 114 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "glm-4.5-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_glm_4_5_third_place_read_benchmark_by_benchmark_is_partly_true(tmp_path):
    # the README's note on the drafts: read as a place on every benchmark rather than by the average, the
    # sentence holds on 5 of the 13 rows: "ranked 3rd overall" is a place by an average, not on each benchmark
    c = _read_otherwise(tmp_path, "glm-4.5", "glm-4.5-third-overall", "    aggregate: mean\n", "")
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "in the top 3 on 5 of 13 benchmarks (needs all 13); not on BrowseComp, MMLU-Pro, MATH-500, SciCode, GPQA …",
    )


def test_the_qwen2_5_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/qwen2.5")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/qwen2.5")])
    # every score cell of the post's eleven tables (890 cells, 19 of them dashes), imported from the snapshot kept
    assert (v.exit_code, v.output) == (0, "OK: 871 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "qwen2.5-verdicts.json").read_text())
    assert _summary(doc) == expected


def test_qwen2_5_7b_instruct_across_all_tasks_on_every_table_of_the_post(tmp_path):
    # the README's reading: the claim holds on the table it is under; the post's own multilingual table scores the same
    # three models on nine more rows, and Gemma 2 9B leads on seven of them
    said = "  locators: [\"'Qwen2.5-7B-Instruct Performance'\"]\n"
    c = _read_otherwise(tmp_path, "qwen2.5", "qwen2.5-7b-instruct-beats-gemma2-llama3.1", said, "")
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "wins 15 of 22 vs Gemma 2 9B IT (needs all 22): loss on AMMLU (Arabic), loss on BLEnD, loss on IFEval "
        "(multilingual), loss on IndoMMLU (Indonesian) …; wins 22 of 22 vs Llama 3.1 8B Instruct (needs all 22)",
    )
    lost = sorted(x["benchmark"] for x in c["assertions"][0]["comparisons"] if x["outcome"] == "loss")
    assert lost == ["ammlu", "blend", "ifeval-multilingual", "indommlu", "jmmlu", "mgsm8k-extended", "turkishmmlu"]


def test_qwen2_5_32b_beats_qwen2_72b_read_as_every_row(tmp_path):
    # the README's reading: "beats ... in our comprehensive evaluations" as every row both base models have
    c = _read_otherwise(tmp_path, "qwen2.5", "qwen2.5-32b-beats-qwen2-72b", "quantifier: most", "quantifier: all")
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "wins 12 of 22 vs Qwen2-72B (needs all 22): loss on HellaSwag, loss on HumanEval, loss on HumanEval+, loss on "
        "MMLU …",
    )


def test_the_deepseek_v2_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/deepseek-v2")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/deepseek-v2")])
    # every cell of the README's two Standard Benchmark tables at launch (8 x 4 and 9 x 6), and the next day's HumanEval
    assert (v.exit_code, v.output) == (0, "OK: 90 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "deepseek-v2-verdicts.json").read_text())
    assert _summary(doc) == expected
    # as of the launch day the HumanEval loss stands, and the comparison says the publisher changed both numbers
    [claim] = [c for c in doc["claims"] if c["id"] == "deepseek-v2-stronger-than-deepseek-67b"]
    [x] = [x for x in claim["assertions"][0]["comparisons"] if x["benchmark"] == "humaneval"]
    assert (x["subject_value"], x["competitor_value"], x["outcome"]) == (40.9, 42.7, "loss")
    assert x["notes"] == [
        "DeepSeek-V2: 40.9 per DeepSeek-AI (2024-05-06) was changed to 48.8 in a later version of the same document "
        "(2024-05-07), after the claim's as_of (2024-05-06); judged as of then",
        "DeepSeek 67B: 42.7 per DeepSeek-AI (2024-05-06) was changed to 45.1 in a later version of the same document "
        "(2024-05-07), after the claim's as_of (2024-05-06); judged as of then",
    ]


def test_deepseek_v2_as_of_the_next_day_reads_the_changed_humaneval_row(tmp_path):
    # the README's reading: as of 2024-05-07 the README's HumanEval row is 48.8 against 45.1, and the claim holds on
    # every row; the launch numbers are replaced, not a second source
    c = _read_otherwise(
        tmp_path, "deepseek-v2", "deepseek-v2-stronger-than-deepseek-67b", "as_of: 2024-05-06", "as_of: 2024-05-07"
    )
    assert (c["verdict"], c["reason"]) == ("supported", "wins 8 of 8 vs DeepSeek 67B (needs all 8)")
    [x] = [x for x in c["assertions"][0]["comparisons"] if x["benchmark"] == "humaneval"]
    assert (x["subject_value"], x["competitor_value"], "conflict" in x) == (48.8, 45.1, False)
    assert x["notes"] == [
        "DeepSeek-V2: 40.9 per DeepSeek-AI (2024-05-06) replaced by 48.8 in a later version of the same document "
        "(2024-05-07); the later is used",
        "DeepSeek 67B: 42.7 per DeepSeek-AI (2024-05-06) replaced by 45.1 in a later version of the same document "
        "(2024-05-07); the later is used",
    ]


def test_the_phi_4_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/phi-4")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/phi-4")])
    # every cell of the launch card's table (7 x 7), and the two numbers of Meta's card its footnote cites
    assert (v.exit_code, v.output) == (0, "OK: 51 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "phi-4-verdicts.json").read_text())
    assert _summary(doc) == expected
    # Llama 3.3 70B Instruct is compared as Microsoft ran it, in the same table, and Meta's own numbers are named
    by_id = {c["id"]: c for c in doc["claims"]}
    got = [
        (x["benchmark"], x["competitor_value"], x["outcome"], x.get("notes", []))
        for claim in ("phi-4-state-of-the-art-open-model", "phi-4-outperforms-comparable-and-larger-on-math")
        for x in by_id[claim]["assertions"][0]["comparisons"]
        if x["competitor"] == "llama-3.3-70b-instruct" and x["benchmark"] in ("humaneval", "math")
    ]
    assert got == [
        ("humaneval", 78.9, "win", ["Meta 88.4 (pass@1) not used: its setting matches less closely"]),
        (
            "math",
            66.3,
            "win",
            ["Meta 77 not used: it measures sympy_intersection_score; MATH is scored as share correct"],
        ),
    ]


def test_phi_4_math_reasoning_read_on_math_alone_holds(tmp_path):
    # the README's reading: on the card's MATH row Phi-4 leads all six (Qwen2.5-72B-Instruct by 0.4 points); the claim
    # fails only on MGSM, the table's other math row
    said = "    benchmarks: {tags: [math]}\n"
    c = _read_otherwise(
        tmp_path, "phi-4", "phi-4-outperforms-comparable-and-larger-on-math", said, "    benchmarks: [MATH]\n"
    )
    assert (c["verdict"], c["reason"]) == (
        "supported",
        "wins 1 of 1 vs Phi-3 14B (needs all 1); wins 1 of 1 vs Qwen2.5-14B-Instruct (needs all 1); wins 1 of 1 vs "
        "GPT-4o-mini (needs all 1); wins 1 of 1 vs Llama 3.3 70B Instruct (needs all 1); wins 1 of 1 vs "
        "Qwen2.5-72B-Instruct (needs all 1); wins 1 of 1 vs GPT-4o (needs all 1)",
    )


def test_the_gemma_3_launch_claim_verifies_as_its_readme_says():
    doc = _verify("examples/gemma-3")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/gemma-3")])
    # seven entries of LMArena's text board of 2025-03-14 (category full), kept as an excerpt
    assert (v.exit_code, v.output) == (0, "OK: 7 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "gemma-3-verdicts.json").read_text())
    assert _summary(doc) == expected
    [c] = doc["claims"]
    got = [(x["competitor"], round(x["delta"], 1), x["p_value"]) for x in c["assertions"][0]["comparisons"]]
    assert got == [
        ("llama-3.1-405b-instruct-bf16", 70.8, 6.88e-41),
        ("llama-3.1-405b-instruct-fp8", 71.6, 1.32e-42),
        ("deepseek-v3", 20.3, 0.000189),
        ("o3-mini", 33.5, 4.98e-10),
    ]


def test_gemma_3_against_o3_mini_at_high_effort_is_within_noise(tmp_path):
    # the README's reading: the board's o3-mini-high, 10.9 points below Gemma 3 27B IT, is within noise
    claim = "gemma-3-27b-outperforms-llama-405b-deepseek-v3-o3-mini-on-lmarena"
    c = _read_otherwise(tmp_path, "gemma-3", claim, "DeepSeek-V3, o3-mini]", "DeepSeek-V3, o3-mini (high)]")
    assert (c["verdict"], c["strength"], c["independent"]["status"]) == (
        "supported",
        "within_noise",
        "independent_only",
    )
    [x] = [x for x in c["assertions"][0]["comparisons"] if x["competitor"] == "o3-mini-high"]
    assert (x["outcome"], x["p_value"]) == ("win", 0.053989)


def test_gemma_3_as_of_the_launch_day_has_no_public_board_to_check(tmp_path):
    # the README's reading: LMArena's file first rated Gemma 3 two days after the post
    claim = "gemma-3-27b-outperforms-llama-405b-deepseek-v3-o3-mini-on-lmarena"
    c = _read_otherwise(tmp_path, "gemma-3", claim, "as_of: 2025-03-14", "as_of: 2025-03-12")
    assert (c["verdict"], c["reason"]) == (
        "insufficient_evidence",
        "wins 0 of 1 vs Llama 3.1 405B Instruct (bf16) (needs all 1): excluded by the as_of date on LMArena text; wins 0 "
        "of 1 vs Llama 3.1 405B Instruct (fp8) (needs all 1): excluded by the as_of date on LMArena text; wins 0 of 1 vs "
        "DeepSeek-V3 (needs all 1): excluded by the as_of date on LMArena text; wins 0 of 1 vs o3-mini (needs all 1): "
        "excluded by the as_of date on LMArena text",
    )


def test_phi_4_comparable_and_larger_read_as_a_size_class_names_the_models_of_no_recorded_size(tmp_path):
    # "comparable and larger models" as the class of at least Phi-4's 14B: the card prints no size for OpenAI's two,
    # so they are in no class; the caveat names them, and counted in they change nothing (two larger models lead on
    # MGSM either way, and Phi-4 leads every model on MATH)
    said = (
        "  - kind: outperforms\n    competitors: [Phi-3 14B, Qwen2.5-14B-Instruct, GPT-4o-mini, Llama 3.3 70B Instruct, "
        "Qwen2.5-72B-Instruct, GPT-4o]\n"
    )
    read = "  - kind: ranks\n    cohort: {all_models: true, min_parameters_b: 14B}\n    top: 1\n"
    c = _read_otherwise(tmp_path, "phi-4", "phi-4-outperforms-comparable-and-larger-on-math", said, read)
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "in the top 1 on 1 of 2 benchmarks (needs all 2); not on MGSM; ranked on Microsoft's table against 4 other "
        "models of at least 14B parameters (the evidence scores 4 of the catalog's 4 by 2024-12-12)",
    )
    assert c["assertions"][0]["caveats"][-1] == (
        "Size class of at least 14B parameters: 4 other models in it by the catalog's sizes (Phi-3 14B, "
        "Qwen2.5-14B-Instruct, Llama 3.3 70B Instruct and Qwen2.5-72B-Instruct); 2 left out as the catalog records no "
        "size for them (GPT-4o-mini and GPT-4o). Counted in the class, GPT-4o-mini and GPT-4o would leave the verdict "
        "as it is."
    )
