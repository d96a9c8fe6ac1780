"""`extract --llm` against replayed exchanges with an OpenAI-compatible endpoint (tests/fixtures/extract/llm/):
a usable answer goes through the same checks as the lexicon's drafts; refusals, cut-off JSON, prose and
invented names are each rejected with a reason, and nothing is drafted from them."""

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.cli.main import cli

REPO = Path(__file__).parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "extract" / "llm"
ARTICLE = REPO / "examples" / "articles" / "gmw-2025-12-13.txt"
URL = "https://en.neamco.com/2025-12/13/content_38487740.htm"


class _Replay(BaseHTTPRequestHandler):
    body: dict = {}
    requests: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        _Replay.requests.append((self.path, json.loads(self.rfile.read(int(self.headers["Content-Length"])))))
        data = json.dumps(self.body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def seed(tmp_path) -> Path:
    root = tmp_path / "seed"
    for name in ("catalog", "results", "claims"):
        shutil.copytree(REPO / name, root / name)
    return root


def replay(seed: Path, fixture: str) -> dict:
    _Replay.body = json.loads((FIXTURES / f"{fixture}.json").read_text(encoding="utf-8"))["response"]
    _Replay.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        args = [
            "extract",
            str(ARTICLE),
            "--url",
            URL,
            "--project",
            str(seed),
            "--llm",
            url,
            "--llm-model",
            "m1",
            "--json",
        ]
        r = CliRunner().invoke(cli, args)
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_the_request_is_a_chat_completion_with_the_catalog_and_the_document(seed):
    replay(seed, "fenced")
    [(path, body)] = _Replay.requests
    assert path == "/v1/chat/completions"
    assert (body["model"], body["temperature"], [m["role"] for m in body["messages"]]) == ("m1", 0, ["system", "user"])
    assert (
        "DeepSeek-V3.2-Speciale" in body["messages"][0]["content"] and "GPQA Diamond" in body["messages"][0]["content"]
    )
    assert body["messages"][1]["content"] == ARTICLE.read_text(encoding="utf-8")


def test_a_fenced_answer_is_drafted_through_the_same_checks(seed):
    out = replay(seed, "fenced")
    [claim] = out["claims"]
    assert (claim["subject"], claim["competitors"], claim["benchmarks"], claim["quantifier"]) == (
        "deepseek-v3.2-speciale", ["gpt-5-high"], "shared", "all")  # fmt: skip
    assert claim["review"][0] == "proposed by a language model: check every field"
    assert Path(claim["draft"]).is_file() and "rejected" not in out


def test_invented_names_benchmarks_and_kinds_are_rejected_one_by_one(seed):
    out = replay(seed, "valid-and-invented")
    assert [c["competitors"] for c in out["claims"]] == [["gpt-5-high"]]
    assert [r.split(":")[0] for r in out["rejected"]] == [
        "proposal 2 rejected",
        "proposal 3 rejected",
        "proposal 4 rejected",
    ]
    assert out["rejected"][0].startswith("proposal 2 rejected: unknown model 'Gemini 3 Ultra'")
    assert out["rejected"][1].startswith("proposal 3 rejected: unknown benchmark 'Speciale Reasoning Suite'")
    assert out["rejected"][2].startswith("proposal 4 rejected: kind: Input should be")


def test_a_mean_a_margin_and_a_tolerance_are_drafted_and_a_negative_margin_rejected(seed):
    out = replay(seed, "gaps")
    win, match = out["claims"]
    assert (win["aggregate"], win["margin"], win["quantifier"]) == ("mean", 2.0, "all")
    assert "quantifier most dropped: the claim is about the mean over the benchmarks" in win["review"]
    assert (match["kind"], match["tolerance"], match["quantifier"]) == ("matches", 1.5, {"at_least": 2})
    [rejected] = out["rejected"]
    assert rejected.startswith("proposal 3 rejected: margin: Input should be greater than or equal to 0")
    drafted = yaml.safe_load(Path(win["draft"]).read_text())["assertions"][0]
    assert (drafted["aggregate"], drafted["margin"]) == ("mean", 2.0)


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("refusal", "the model refused: I can't help with extracting claims from this document."),
        (
            "truncated",
            "the model's answer was cut off by the token limit (finish_reason length); it is incomplete",
        ),
        (
            "not-json",
            "the model's answer is not the JSON asked for (JSONDecodeError: Expecting value: line 1 column 1 (char 0))",
        ),
    ],
)
def test_refusals_cut_off_json_and_prose_give_no_draft_and_say_why(seed, fixture, reason):
    out = replay(seed, fixture)
    assert out["claims"] == [] and out["rejected"] == [f"{ARTICLE}: {reason}"]
    assert not (seed / "drafts").exists()


# Recorded answers of a real OpenAI endpoint (tests/fixtures/extract/llm/recorded/, from Mirascope's test cassettes,
# MIT): they answer other prompts than this extractor's, so they test how an answer is read, not what is extracted.
@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("refusal", "the model refused: I'm very sorry, but I can't assist with that request."),
        (
            "length-cut-prose",
            "the model's answer was cut off by the token limit (finish_reason length); it is incomplete",
        ),
        (
            "length-empty",
            "the model's answer was cut off by the token limit (finish_reason length) before any text",
        ),
        (
            "prose",
            "the model's answer is not the JSON asked for (JSONDecodeError: Expecting value: line 1 column 1 (char 0))",
        ),
        ("other-json", "the model's answer has no list of claims (its JSON has the keys author, rating, title)"),
    ],
)
def test_recorded_answers_of_a_real_endpoint_are_each_rejected_with_the_reason(seed, fixture, reason):
    recorded = json.loads((FIXTURES / "recorded" / f"{fixture}.json").read_text(encoding="utf-8"))
    assert recorded["recorded"]["endpoint"] == "https://api.openai.com/v1/chat/completions"
    assert recorded["response"]["object"] == "chat.completion"
    out = replay(seed, f"recorded/{fixture}")
    assert out["claims"] == [] and out["rejected"] == [f"{ARTICLE}: {reason}"]
    assert not (seed / "drafts").exists()
