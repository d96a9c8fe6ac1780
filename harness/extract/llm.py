"""The optional extractor that asks a language model, through any OpenAI-compatible endpoint.

Its answer is parsed into the same `Found` records as the lexicon extractor's and checked the same
way: a proposal whose names the catalog does not know, or whose fields do not validate, is
rejected with its reason, never written.
"""

from __future__ import annotations

import json
import os
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.claims.catalog import Catalog
from harness.errors import BenchclaimsError, UsageError
from harness.evidence.fetching import http_read
from harness.extract.documents import Document
from harness.extract.found import Found
from harness.yamlfile import format_loc

ANSWER_MAX_BYTES = 5_000_000  # a chat completion listing the claims of one document
ANSWER_DEADLINE_S = 600.0  # a slow local model may take minutes; never forever

PROMPT = """You extract checkable claims about AI benchmark results from a document.
Return JSON only: {"claims": [{"quote": sentence copied verbatim, "subject": model name,
"kind": "outperforms"|"matches"|"ranks"|"score", "competitors": [model names],
"benchmarks": [benchmark names] or [] for every shared one, "quantifier": "all"|"most"|"any"|integer,
"value": number for a score claim, "direction": "both"|"at_least", "open_weights": true|false|null,
"top": integer, "aggregate": "each"|"mean" ("mean" where the claim is about the average over the benchmarks),
"margin": points a win is claimed by or null, "tolerance": points a match allows or null}]}. Use only these model names: {models}. Use only these benchmark names: {benchmarks}.
Sentences that compare nothing measured by a benchmark are not claims."""


class _Proposal(BaseModel):
    model_config = ConfigDict(extra="ignore")

    quote: str = Field(min_length=1)
    subject: str
    kind: Literal["outperforms", "matches", "ranks", "score"]
    competitors: list[str] = []
    benchmarks: list[str] = []
    quantifier: Union[Literal["all", "most", "any"], int] = "all"
    value: float | None = None
    direction: Literal["both", "at_least"] = "both"
    open_weights: bool | None = None
    top: int = Field(default=1, ge=1)
    aggregate: Literal["each", "mean"] = "each"
    margin: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    tolerance: float | None = Field(default=None, ge=0, allow_inf_nan=False)


class LlmExtractor:
    name = "llm"

    def __init__(self, catalog: Catalog, url: str, model: str = ""):
        self.catalog, self.url, self.model = catalog, url.rstrip("/"), model
        self.rejected: list[str] = []
        key = os.environ.get("OPENAI_API_KEY", "")
        # sent as an HTTP header: a character outside printable ASCII ('é', a byte the shell could not decode) was a
        # UnicodeEncodeError traceback, and a newline would split the header; the key itself is never printed
        if key and not (key.isascii() and key.isprintable() and " " not in key):
            raise UsageError(
                "$OPENAI_API_KEY holds a character a key cannot have (a space, a newline or a letter outside ASCII): "
                "copy the key again"
            )
        self.headers = {"Authorization": f"Bearer {key}"} if key else {}

    def extract(self, doc: Document) -> list[Found]:
        prompt = PROMPT.replace("{models}", ", ".join(m.name for m in self.catalog.all_models())).replace(
            "{benchmarks}", ", ".join(b.name for b in self.catalog.all_benchmarks())
        )
        body = {
            "model": self.model or "default",
            "temperature": 0,
            "messages": [{"role": "system", "content": prompt}, {"role": "user", "content": doc.text}],
        }
        # capped in bytes and in time: a huge or endless answer is one error line, never memory or a hang
        raw, _ = http_read(
            "POST",
            f"{self.url}/chat/completions",
            max_bytes=ANSWER_MAX_BYTES,
            timeout=120.0,
            deadline_s=ANSWER_DEADLINE_S,
            json=body,
            headers=self.headers,
        )
        problem, proposals = _answer(raw)
        if problem:
            # nothing from this document is drafted; the run goes on and says why
            self.rejected.append(f"{doc.name}: {problem}")
            return []
        out = []
        for i, proposal in enumerate(proposals):
            try:
                p = _Proposal.model_validate(proposal)
                out.append(self._found(p, doc))
            except ValidationError as exc:
                err = exc.errors()[0]
                where = format_loc(err.get("loc", ())) or "proposal"
                self.rejected.append(f"proposal {i + 1} rejected: {where}: {err.get('msg', '')[:160]}")
            except BenchclaimsError as exc:
                self.rejected.append(f"proposal {i + 1} rejected: {str(exc).splitlines()[0][:200]}")
        return out

    def _found(self, p: _Proposal, doc: Document) -> Found:
        cat = self.catalog
        where = doc.text.find(p.quote)
        location = (
            f"{doc.name}, characters {where}-{where + len(p.quote)}"
            if where >= 0
            else f"{doc.name} (quote not found verbatim)"
        )
        review = ["proposed by a language model: check every field"]
        if where < 0:
            review.append("the quote is not in the document word for word")
        found = Found(
            quote=p.quote,
            location=location,
            statement=p.quote,
            subject=cat.model(p.subject, ids=False).id,
            kind=p.kind,
            competitors=[cat.model(c, ids=False).id for c in p.competitors],
            benchmarks=[cat.benchmark(b, ids=False).id for b in p.benchmarks] or "shared",
            quantifier={"at_least": p.quantifier} if isinstance(p.quantifier, int) else p.quantifier,
            value=p.value,
            top=p.top,
            direction=p.direction,
            review=review,
        )
        if p.kind in ("outperforms", "matches", "ranks") and p.aggregate == "mean":
            found.aggregate = "mean"
            if found.quantifier != "all":  # one mean has no benchmarks to count: the draft would be refused
                review.append(f"quantifier {p.quantifier} dropped: the claim is about the mean over the benchmarks")
                found.quantifier = "all"
        if p.kind == "outperforms" and p.margin:
            found.margin = p.margin
        if p.kind == "matches" and p.tolerance is not None:
            found.tolerance = p.tolerance
        if p.kind == "ranks":
            found.cohort = {"open_weights": p.open_weights} if p.open_weights is not None else {"all_models": True}
        if p.kind == "score" and (p.value is None or not isinstance(found.benchmarks, list)):
            raise BenchclaimsError("a score claim needs a value and one benchmark")
        return found


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore")

    content: str | None = None
    refusal: str | None = None


class _Choice(BaseModel):
    model_config = ConfigDict(extra="ignore")

    message: _Message
    finish_reason: str | None = None


class _Completion(BaseModel):
    """An OpenAI-compatible chat completion, as far as it is used; checked before anything is read from it."""

    model_config = ConfigDict(extra="ignore")

    choices: list[_Choice] = Field(min_length=1)


class _Claims(BaseModel):
    model_config = ConfigDict(extra="ignore")

    claims: list[Any] = Field(max_length=1000)


def _answer(raw: bytes) -> tuple[str, list]:
    """(why the answer cannot be used, or "", the proposals): refusals, cut-off answers and prose are named."""
    try:
        choice = _Completion.model_validate(json.loads(raw)).choices[0]
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = format_loc(err["loc"])
        return f"the endpoint's answer is not a chat completion (ValidationError: {where}: {err['msg'][:80]})", []
    except (ValueError, RecursionError) as exc:
        return f"the endpoint's answer is not a chat completion ({type(exc).__name__}: {str(exc)[:80]})", []
    message = choice.message
    if message.refusal:
        return f"the model refused: {message.refusal[:200]}", []
    content = message.content
    empty = content is None or not content.strip()
    if choice.finish_reason == "length":
        if empty:  # a reasoning model can spend the whole limit before it writes a word
            return "the model's answer was cut off by the token limit (finish_reason length) before any text", []
        return "the model's answer was cut off by the token limit (finish_reason length); it is incomplete", []
    if empty:
        return "the model's answer is empty", []
    try:
        data = json.loads(_json_part(content))
    except (ValueError, RecursionError) as exc:
        return f"the model's answer is not the JSON asked for ({type(exc).__name__}: {str(exc)[:80]})", []
    try:
        return "", _Claims.model_validate(data).claims
    except ValidationError:
        other = isinstance(data, dict) and data and "claims" not in data  # JSON of another shape altogether
        keys = f" (its JSON has the keys {', '.join(sorted(map(str, data))[:8])})" if other else ""
        return f"the model's answer has no list of claims{keys}", []


def _json_part(text: str) -> str:
    """The JSON object in an answer (models sometimes wrap it in a code fence)."""
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if start >= 0 and end > start else text
