"""A rank claim's cohort: the models to rank the subject among, as a claim file names them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, field_validator, model_validator

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import no_flag_billions


class Cohort(BaseModel):
    """The models to rank among: an explicit list, or a filter over the catalog."""

    model_config = ConfigDict(extra="forbid")

    models: list[str] = []
    open_weights: StrictBool | None = None
    exclude: list[str] = []
    # every model with a row from this source (URL substring) and, optionally, this table (locator substring)
    source: str | None = None
    locator: str | None = None
    # only catalog entries of this variant (thinking / reasoning_effort / label)
    variant: dict[str, str | bool] = {}
    all_models: StrictBool = False  # every model in the catalog ("the top-performing model on AIME")
    # a class by size ("the best model under 10B"): only models whose catalog `parameters_b` is at most this
    max_parameters_b: StrictFloat | None = Field(default=None, gt=0, le=100_000, allow_inf_nan=False)

    @field_validator("max_parameters_b", mode="before")
    @classmethod
    def _no_flag(cls, v):
        return no_flag_billions(v)

    @field_validator("variant")
    @classmethod
    def _variant_fields(cls, v: dict) -> dict:
        # a key or a flag the catalog's variants never carry would select no model, without a word
        from harness.validation_errors import wrong_type

        for key, value in v.items():
            if key not in ("thinking", "reasoning_effort", "label"):
                raise ValueError(f"variant has no field {key!r}; use thinking, reasoning_effort or label")
            if key == "thinking" and not isinstance(value, bool):
                raise ValueError(f"variant thinking {wrong_type('bool_type', value)}")
            if key != "thinking" and not isinstance(value, str):
                raise ValueError(f"variant {key} must be text, got {value!r}")
        return v

    @model_validator(mode="after")
    def _something(self):
        if not self.models and self.open_weights is None and self.source is None and not self.all_models:
            raise ValueError("cohort needs models, open_weights, source or all_models")
        return self

    def members(self, catalog: Catalog, in_source=None) -> list[str]:
        """Model ids in the cohort, in order, without the excluded ones.

        `in_source(url_part, locator_part)` gives the models with rows from a source (for `source`).
        """
        excluded = {catalog.model(m).id for m in self.exclude}
        if self.models:
            ids = [catalog.model(m).id for m in self.models]
        else:
            ids = [m.id for m in catalog.all_models()]
            if self.open_weights is not None:
                ids = [m for m in ids if catalog.model(m).open_weights == self.open_weights]
            if self.source is not None and in_source is not None:
                listed = in_source(self.source, self.locator or "")
                ids = [m for m in ids if m in listed]
        if self.variant:
            ids = [m for m in ids if _has_variant(catalog.model(m), self.variant)]
        if self.max_parameters_b is not None:  # a model whose size the catalog does not record is left out
            limit = self.max_parameters_b
            ids = [m for m in ids if (catalog.model(m).parameters_b or float("inf")) <= limit]
        return [m for m in dict.fromkeys(ids) if m not in excluded]


def _has_variant(entry, wanted: dict) -> bool:
    variant = entry.variant.model_dump() if entry.variant else {}
    return all(variant.get(k) == v for k, v in wanted.items())
