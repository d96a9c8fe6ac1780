"""An ellipsis that says the sentence before's claim again of another model: "As does Acme, for its Zorb-7 model."

"OpenAI claims o3 tops the board. As does Mistral, for Devstral." The second sentence has no cue of its own: its verb
("does") stands for the claim just made, so no net that reads cues sees it, and it ended silent. Here a sentence that
opens with such an ellipsis ("as does", "so did", "the same goes for", "ditto for") and names a model-like name, right
after a sentence that gave a draft or a candidate in the same paragraph, gets a candidate saying so: the claim is the
sentence before's, and which of its parts carry over (the benchmark, the rank) is the reader's to say, never a draft.
A sentence with no claim before it ("It ships in May. So does Zorb-7.") stays without a word. The backstop asks it first.
"""

from __future__ import annotations

import re

from harness.evidence import identity
from harness.extract.found import Candidate
from harness.extract.net import _model_like

# the ellipsis at the sentence's head: an auxiliary after "as" or "so" ("As does X", "so did X", "as is X"), or "the
# same goes for", "the same is true of", "ditto for"
_ECHO = re.compile(
    r"\s*(?:(?:and\s+)?(?:as|so)\s+(?:does|do|did|has|have|had|is|are|was|were|can|could)\b"
    r"|(?:and\s+)?(?:the\s+)?same\s+(?:goes|went|holds|held|is\s+true|was\s+true|applies|applied)\s+(?:for|of|to)\b"
    r"|ditto\s+for\b)",
    re.I,
)


def echoed(reader, sentence: str, offset: int) -> Candidate | None:
    """A candidate for a sentence that opens with an ellipsis and names a model-like name, where the sentence before
    gave a draft or a candidate; None otherwise. `reader` is the Extractor (its names, the sentence's benchmarks and
    whether the sentence before, in the same paragraph, gave a draft or a candidate)."""
    head = _ECHO.match(sentence) if getattr(reader, "_claimed", False) else None
    if head is None:
        return None
    names = _model_like(reader, sentence, reader._benches)
    if not names:
        return None
    _, _, name, catalogued = min(names)
    word = " ".join(head.group(0).split())
    reason = f"an ellipsis ('{word}') says the sentence before's claim again of '{name}': not read"
    closest = [] if catalogued else identity.closest(reader.names.model_names, name)[:5]
    return Candidate(sentence.strip(), f"characters {offset}-{offset + len(sentence)}", reason, [(name, closest)])
