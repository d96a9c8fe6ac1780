"""A tiny OpenAI-compatible /v1/completions server over a local HF model, for lm-eval's
`local-completions` backend (loglikelihood requests only: echo + logprobs)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler

from tests.local_server import QuietHTTPServer


def serve(model_dir: str) -> tuple[QuietHTTPServer, str]:
    """Start the server on a free 127.0.0.1 port; return it and its completions URL."""
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model.eval()
    lock = threading.Lock()

    def logprobs(ids: list[int]) -> list:
        with lock, torch.no_grad():
            out = model(torch.tensor([ids])).logits[0].log_softmax(-1)
        lps = [None] + [float(out[i - 1, ids[i]]) for i in range(1, len(ids))]
        tops = [None] + [{"t": float(out[i - 1].max())} for i in range(1, len(ids))]
        gen = float(out[-1].max())
        return [lps + [gen], tops + [{"t": gen}]]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(404)
            self.end_headers()

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompts = body["prompt"]
            if prompts and isinstance(prompts[0], int):
                prompts = [prompts]
            choices = []
            for i, ids in enumerate(prompts):
                lps, tops = logprobs(ids)
                choices.append({"index": i, "text": "", "logprobs": {"token_logprobs": lps, "top_logprobs": tops}})
            data = json.dumps({"choices": choices}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = QuietHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/v1/completions"
