"""A rank claim's cohort: the models to rank the subject among, as a claim file names them."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import no_flag_billions

# a size as a model card writes it: 30B, 500M, 1.5T (a unit after the number, in any case)
_SIZE = re.compile(r"\s*([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))\s*([A-Za-z]+)\s*")
_UNITS = {"b": 1.0, "m": 1e-3, "t": 1e3}
_PLAIN = re.compile(r"\s*[-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?\s*")  # a number in quotes: the strict float's message says so


def size_in_billions(v):
    """A cohort's size limit in billions of parameters: a number, or a size with its unit ('30B', '500M', '1.5T').

    A number that is not more than 0 is refused with what the field holds (`gt` alone said "must be more than 0"
    of a count the user may have meant in millions); a plain number in quotes is left to the strict float's
    message ("without quotes")."""
    if isinstance(v, (int, float)) and not isinstance(v, bool) and v <= 0:
        raise ValueError(f"must be a number of billions of parameters more than 0, got {v:g}")
    if not isinstance(v, str) or _PLAIN.fullmatch(v):
        return v
    if not (m := _SIZE.fullmatch(v)):
        raise ValueError(
            f"must be a number of billions of parameters (30) or a size with its unit (30B, 500M, 1.5T), got {v!r}"
        )
    number, unit = float(m[1]), m[2]
    if unit.lower() not in _UNITS:
        raise ValueError(
            f"unit {unit!r} in {v.strip()!r} is not understood: write billions as a number (30) or a size with B, M "
            "or T (30B, 500M, 1.5T)"
        )
    if number <= 0:
        raise ValueError(f"must be a size more than 0, got {v.strip()!r}")
    return number * _UNITS[unit.lower()]


# in the claim schema: a number of billions, or a size with its unit
Billions = Annotated[
    StrictFloat,
    WithJsonSchema(
        {
            "anyOf": [
                {"exclusiveMinimum": 0, "maximum": 100_000, "type": "number"},
                {"pattern": r"^\s*\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)\s*[BbMmTt]\s*$", "type": "string"},
            ]
        }
    ),
]


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
    # a class by size ("the best model under 10B", "every open model above 30B", "7B to 14B"): only models whose
    # catalog `parameters_b` is at least / at most these billions; a model with no recorded size is in no class, and
    # the verdict says which were left out so (`judge.size_class`)
    min_parameters_b: Billions | None = Field(
        default=None,
        gt=0,
        le=100_000,
        allow_inf_nan=False,
        description="Only models the catalog records as at least this size: billions (30) or a size (30B, 500M, 1.5T)",
    )
    max_parameters_b: Billions | None = Field(
        default=None,
        gt=0,
        le=100_000,
        allow_inf_nan=False,
        description="Only models the catalog records as at most this size: billions (10) or a size (10B, 500M)",
    )

    @field_validator("min_parameters_b", "max_parameters_b", mode="before")
    @classmethod
    def _billions(cls, v):
        return size_in_billions(no_flag_billions(v))

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
        low, high = self.min_parameters_b, self.max_parameters_b
        if low is not None and high is not None and low > high:
            # a reversed range holds no model: every rank in it would be "no other member scored", never a mistake
            raise ValueError(
                f"min_parameters_b {low:g} is more than max_parameters_b {high:g}: no model is in that class; "
                "give the smaller size as min_parameters_b"
            )
        return self

    def sized(self) -> bool:
        return self.min_parameters_b is not None or self.max_parameters_b is not None

    def size_words(self) -> str:
        """The size class as a noun's complement: 'of at least 30B parameters', 'of 7B to 14B parameters'."""
        low, high = self.min_parameters_b, self.max_parameters_b
        if low is not None and high is not None:
            return f" of {low:g}B parameters" if low == high else f" of {low:g}B to {high:g}B parameters"
        if low is not None:
            return f" of at least {low:g}B parameters"
        return f" of at most {high:g}B parameters" if high is not None else ""

    def in_class(self, size: float | None) -> bool | None:
        """Whether a model of this recorded size is in the size class; None when no size is recorded."""
        if size is None:
            return None
        low, high = self.min_parameters_b, self.max_parameters_b
        return (low is None or size >= low) and (high is None or size <= high)

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
        if self.sized():  # a model whose size the catalog does not record is left out (and named: `size_split`)
            ids = [m for m in ids if self.in_class(catalog.model(m).parameters_b)]
        return [m for m in dict.fromkeys(ids) if m not in excluded]

    def size_split(self, catalog: Catalog, in_source=None) -> tuple[list[str], list[str], list[str]]:
        """The models the other fields select, by the size class: (in it, outside it by their recorded size, with
        no recorded size), each in order, without the excluded ones."""
        everyone = self.model_copy(update={"min_parameters_b": None, "max_parameters_b": None})
        split: tuple[list[str], list[str], list[str]] = ([], [], [])
        for m in everyone.members(catalog, in_source):
            held = self.in_class(catalog.model(m).parameters_b)
            split[0 if held else 2 if held is None else 1].append(m)
        return split


def _has_variant(entry, wanted: dict) -> bool:
    variant = entry.variant.model_dump() if entry.variant else {}
    return all(variant.get(k) == v for k, v in wanted.items())
