"""LMArena's boards: what a row's licence cell says of the weights (a real excerpt, SOURCES.md)."""

from pathlib import Path

import pytest
import yaml

from harness.evidence.adapters.base import ImportOptions
from harness.evidence.adapters.lmarena import LmArena
from harness.evidence.fetching import fetch
from tests.conftest import imported

VISION = Path(__file__).parent / "fixtures" / "importers" / "lmarena" / "fboulnois_lmarena_vision_excerpt.csv"


def test_a_misspelt_proprietary_is_closed_and_a_dash_states_no_licence():
    # the vision board, August 2025: Claude 3.5 Haiku's licence is 'Propretary' and NVILA-15B's '-': both were
    # read as open weights (anything but 'proprietary' was); a dash names no licence, so the weights are not stated
    rows = LmArena().read(fetch(str(VISION)), ImportOptions())
    assert [(r.model, r.value, r.open_weights, r.license) for r in rows] == [
        ("Gemini-2.0-Flash-Lite", 1146.0, False, "Proprietary"),
        ("Claude 3.5 Haiku (20241022)", 1143.0, False, "Propretary"),
        ("Pixtral-Large-2411", 1137.0, True, "MRL"),
        ("InternVL2-4b", 990.0, True, "MIT"),
        ("NVILA-15B", 989.0, None, ""),
        ("LLaVA-v1.6-34B", 987.0, True, "Apache 2.0"),
    ]


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_model_whose_licence_is_a_dash_is_added_with_its_weights_not_stated(project):
    imported(project, "lmarena", VISION)
    models = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["models"]
    [nvila] = [m for m in models if m["name"] == "NVILA-15B"]
    # it was open_weights: true with "licence per the source: -"
    assert (nvila["open_weights"], nvila["notes"]) == (
        False,
        "open weights not stated by the source; set to false until reviewed",
    )
