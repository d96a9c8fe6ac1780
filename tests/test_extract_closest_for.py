"""A candidate's closest catalog names say which name they are for: "'It' names no model" with the closest names of
GPT-4o, which the reason did not give, read as suggestions for "It". The reason gives every name whose closest names
are listed, and the printed list names it ("closest to 'GPT-4o': ..."); `--json`'s `closest` holds the same names."""

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from harness.cli.main import cli
from harness.extract.documents import Document

REPO = Path(__file__).parent.parent
SAID = ("--url", "https://example.com/post", "--publisher", "Example", "--date", "2025-12-01")


def test_the_closest_names_of_a_competitor_are_said_to_be_its_own_not_the_unread_subjects(tmp_path):
    shutil.copytree(REPO / "catalog", tmp_path / "catalog")  # (the seed catalog: no GPT-4o, no MMLU)
    (tmp_path / "claims").mkdir()
    (tmp_path / "post.txt").write_text("It beats GPT-4o on MMLU.\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(cli, ["extract", str(tmp_path / "post.txt"), *SAID, "--project", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        f"candidate, not drafted: {tmp_path}/post.txt, characters 0-25: 'It beats GPT-4o on MMLU.': the subject could "
        "not be read: 'It' names no model; names the catalog does not know: 'GPT-4o' (closest to 'GPT-4o': GPT-5 pro, "
        "GPT-5.1)",
        f"{tmp_path}/post.txt: 0 drafts, 1 candidate",
    ]
    r = runner.invoke(cli, ["extract", str(tmp_path / "post.txt"), *SAID, "--project", str(tmp_path), "--json"])
    [c] = json.loads(r.stdout)["candidates"]
    assert (c["reason"], c["closest"]) == (
        "the subject could not be read: 'It' names no model; names the catalog does not know: 'GPT-4o'",
        ["GPT-5 pro", "GPT-5.1"],
    )


def test_each_names_closest_names_are_kept_apart(ex):
    assert ex.extract(Document("t.txt", "It beats Qwen-9 and Llama 3 70B on MMLU.")) == []
    [c] = ex.candidates
    assert c.reason == (
        "the subject could not be read: 'It' names no model; names the catalog does not know: 'Qwen-9', 'Llama 3 70B'"
    )
    # five at most in all, as before, each under its own name ('Qwen-9' states no size: the sized Qwen2.5 models are
    # as alike to it as their names without the size)
    assert c.closest_to == [
        ("Qwen-9", ["Qwen2.5-7B", "Qwen2.5-32B", "Qwen2.5-14B"]),
        ("Llama 3 70B", ["Llama 3.3 70B", "Llama 2 70B"]),
    ]
    assert c.closest == ["Qwen2.5-7B", "Qwen2.5-32B", "Qwen2.5-14B", "Llama 3.3 70B", "Llama 2 70B"]
    # look-alike: a family's catalog models are listed under the family, which the reason gives as a family
    assert ex.extract(Document("t.txt", "Our model outperforms Llama 3 70B and Mixtral on MMLU.")) == []
    [c] = ex.candidates
    assert c.reason == (
        "the subject could not be read: 'Our model' names no model; names the catalog does not know: 'Llama 3 70B'; "
        "a family named, not a model: 'Mixtral'"
    )
    assert c.closest_to == [
        ("Llama 3 70B", ["Llama 3.3 70B", "Llama 2 70B", "Llama 3.1 405B"]),
        ("Mixtral", ["Mixtral 8x7B"]),
    ]


def test_a_name_written_twice_is_listed_once(tmp_path):
    # the header row of Microsoft's Phi-4 card names 'Qwen 2.5' twice (14B and 72B), and the candidate's reason listed
    # "'phi-3', 'Qwen 2.5', 'Llama-3.3', 'Qwen 2.5'"
    shutil.copytree(REPO / "examples" / "phi-4" / "catalog", tmp_path / "catalog")
    (tmp_path / "claims").mkdir()
    header = (
        "| **Category** | **Benchmark** | **phi-4** (14B) | **phi-3** (14B) | **Qwen 2.5** (14B instruct) | "
        "**GPT-4o-mini** | **Llama-3.3** (70B instruct) | **Qwen 2.5** (72B instruct) | **GPT-4o** |\n"
    )
    (tmp_path / "card.md").write_text(header, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(tmp_path / "card.md"), *SAID, "--project", str(tmp_path), "--json"])
    assert r.exit_code == 0, r.output
    [c] = json.loads(r.stdout)["candidates"]
    assert (c["reason"], c["closest"]) == (
        "names the catalog does not know: 'phi-3', 'Qwen 2.5', 'Llama-3.3'",
        ["Phi-3 14B", "Phi-4", "Qwen2.5-72B-Instruct", "Qwen2.5-14B-Instruct", "Llama 3.3 70B Instruct"],
    )
