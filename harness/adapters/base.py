"""The one small base class every evidence adapter implements."""

from __future__ import annotations

from pathlib import Path

from harness.catalog import Catalog
from harness.errors import InputError, UnknownNameError
from harness.store import Batch


class Adapter:
    """Turn one file of a foreign format into typed score records."""

    name = "adapter"

    def matches(self, path: Path) -> bool:
        raise NotImplementedError

    def load(self, path: Path, label: str, catalog: Catalog) -> tuple[list[Batch], list[InputError]]:
        """Return the file's rows as columnar batches, and one InputError per bad row."""
        raise NotImplementedError


def first_party(catalog: Catalog, reported_by: str, model_id: str) -> bool | None:
    """True when the reporter is the model's developer; None when the reporter is unknown."""
    try:
        org = catalog.organisation(reported_by)
    except UnknownNameError:
        return None
    return org.id == catalog.model(model_id).developer
