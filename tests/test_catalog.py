from pathlib import Path

import pytest

from harness.claims.catalog import load_catalog
from harness.claims.names import normalise
from harness.errors import InputError, UnknownNameError, each_problem

REPO = Path(__file__).parent.parent


@pytest.fixture
def catalog():
    return load_catalog(REPO / "catalog", REPO)


@pytest.mark.parametrize(
    "name,expected",
    [
        ("GPT-5 High", "gpt-5-high"),
        ("GPT-5 (High)", "gpt-5-high"),
        ("gpt-5   high", "gpt-5-high"),
        ("GPT-5", "gpt-5-high"),
        ("Gemini-3.0 Pro", "gemini-3-pro"),
        ("Gemini 3 Pro", "gemini-3-pro"),
        ("Claude-4.5-Sonnet", "claude-sonnet-4.5"),
        ("GPT-5.1", "gpt-5.1"),
    ],
)
def test_model_aliases_resolve(catalog, name, expected):
    assert catalog.model(name).id == expected


@pytest.mark.parametrize(
    "name,expected",
    [("HMMT 2025", "hmmt-feb-2025"), ("Terminal-Bench 2.0", "terminal-bench-2"), ("HLE (text-only)", "hle-text")],
)
def test_benchmark_aliases_resolve(catalog, name, expected):
    assert catalog.benchmark(name).id == expected


def test_unknown_model_suggests_closest_alias(catalog):
    with pytest.raises(UnknownNameError) as exc:
        catalog.model("Gemini 3 Prro")
    assert str(exc.value) == "unknown model 'Gemini 3 Prro'; did you mean 'Gemini 3 Pro'?"


def test_unknown_name_without_close_match(catalog):
    with pytest.raises(UnknownNameError) as exc:
        catalog.benchmark("zzzzzz")
    assert str(exc.value) == "unknown benchmark 'zzzzzz'"


def test_normalise_folds_case_and_space():
    assert normalise("  GPT-5\t(High) ") == "gpt-5 (high)"


def test_a_spelling_is_normalised_once_and_an_id_added_later_still_wins(monkeypatch):
    """`resolve` keeps each spelling it found: asked again, it normalises nothing; an entry added after
    that, whose id is the spelling, is what the spelling then means (ids come before names)."""
    from types import SimpleNamespace

    from harness.claims import names

    index = names.NameIndex("model")
    index.add(SimpleNamespace(id="alpha-1", name="Alpha 1", aliases=["A1"]))
    calls = []
    monkeypatch.setattr(names, "normalise", lambda name: calls.append(name) or normalise(name))
    assert [index.resolve(x).id for x in ("alpha 1", "ALPHA 1", "alpha 1", "alpha-1", "alpha 1")] == ["alpha-1"] * 5
    assert calls == ["alpha 1", "ALPHA 1"]
    # (a catalog with this clash does not load: the problem is reported, but the entry is indexed by its id)
    clash = index.add(SimpleNamespace(id="alpha 1", name="Alpha One", aliases=[]))
    assert clash == [(0, "model name 'alpha 1' is used by both 'alpha-1' and 'alpha 1'")]
    assert index.resolve("alpha 1").id == "alpha 1"
    assert index.resolve("ALPHA 1").id == "alpha-1"


def _catalog_dir(tmp_path, text):
    d = tmp_path / "catalog"
    d.mkdir(parents=True)
    (d / "c.yaml").write_text(text)
    return d


def test_alias_used_twice_is_an_error(tmp_path):
    d = _catalog_dir(
        tmp_path,
        "organisations: [{id: o, name: O}]\n"
        "models:\n"
        "  - {id: a, name: A, aliases: [Same], developer: o, open_weights: true}\n"
        "  - {id: b, name: B, aliases: [same], developer: o, open_weights: true}\n",
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == "catalog/c.yaml:4: models[1].aliases[0]: model name 'same' is used by both 'a' and 'b'"


def test_every_name_used_twice_is_reported_at_its_field_in_one_pass(tmp_path):
    """The first clash alone stopped the catalog, named as `aliases` whichever spelling clashed: five clashes
    took five runs to find."""
    d = _catalog_dir(
        tmp_path,
        "organisations: [{id: o, name: O}, {id: o, name: O2}]\n"
        "models:\n"
        "  - {id: a, name: A, aliases: [Same], developer: o, open_weights: true}\n"
        "  - {id: a, name: A2, developer: o, open_weights: true}\n"
        "  - {id: b, name: same, developer: o, open_weights: true}\n"
        "  - {id: c, name: C, aliases: [x, SAME, ' '], developer: o, open_weights: true}\n"
        "benchmarks: [{id: k, name: K}, {id: l, name: L, aliases: [k]}]\n",
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert [str(p) for p in exc.value.problems] == [
        # where the first is, too: two catalog files giving one id said only "duplicate model id 'a'"
        "catalog/c.yaml:1: organisations[1].id: duplicate organisation id 'o' (first at catalog/c.yaml:1)",
        "catalog/c.yaml:4: models[1].id: duplicate model id 'a' (first at catalog/c.yaml:3)",
        "catalog/c.yaml:5: models[2].name: model name 'same' is used by both 'a' and 'b'",
        "catalog/c.yaml:6: models[3].aliases[1]: model name 'SAME' is used by both 'a' and 'c'",
        "catalog/c.yaml:6: models[3].aliases[2]: model 'c' has an empty name or alias",
        "catalog/c.yaml:7: benchmarks[1].aliases[0]: benchmark name 'k' is used by both 'k' and 'l'",
    ]


def test_unknown_catalog_field_names_line(tmp_path):
    d = _catalog_dir(tmp_path, "benchmarks:\n  - id: x\n    name: X\n    itemz: 3\n")
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == "catalog/c.yaml:4: benchmarks[0].itemz: unknown field; did you mean 'items'?"


def test_derived_count_needs_items(tmp_path):
    d = _catalog_dir(tmp_path, "benchmarks:\n  - {id: x, name: X, items_status: derived}\n")
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert "items_status is 'derived' but items is not given" in str(exc.value)


def test_developer_must_be_known(tmp_path):
    d = _catalog_dir(tmp_path, "models:\n  - {id: a, name: A, developer: nobody, open_weights: true}\n")
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == "catalog/c.yaml:2: models[0].developer: unknown organisation 'nobody'"


@pytest.mark.parametrize(
    "run,expected",
    [
        ("{backend: local-completions}", "backend local-completions needs base_url"),
        ("{backend: hf}", "backend hf needs pretrained (a repo id or a path)"),
    ],
)
def test_model_run_says_what_each_backend_needs(tmp_path, run, expected):
    d = _catalog_dir(
        tmp_path,
        f"organisations: [{{id: o, name: O}}]\nmodels:\n  - {{id: a, name: A, developer: o, open_weights: true, run: {run}}}\n",
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == f"catalog/c.yaml:3: models[0].run: {expected}"


def test_problems_in_several_catalog_files_come_in_one_run(tmp_path):
    from click.testing import CliRunner

    from harness.cli.main import cli

    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "a.yaml").write_text("models:\n  - {id: m1, name: M1, developer: o, open_weights: maybe}\n")
    (tmp_path / "catalog" / "b.yaml").write_text("benchmarks:\n  - {id: B, name: Bad Id}\n")
    r = CliRunner().invoke(cli, ["validate", "--project", str(tmp_path)])
    assert r.exit_code == 2
    errors = [line for line in r.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 2 and "catalog/b.yaml:2: benchmarks[0].id:" in errors[1]
    assert errors[0].startswith("Error: catalog/a.yaml:2: models[0].open_weights: must be true or false")


_IMPORTED = "imported_from: https://example.org/board.json"


@pytest.mark.parametrize(
    "review,expected",
    [
        (
            f"{{{_IMPORTED}, reviewed: true}}",
            "models[0].review: reviewed: true needs reviewed_by, reviewed_on, source "
            "(who checked it, when, against which source)",
        ),
        (
            f"{{{_IMPORTED}, source: model card}}",
            "models[0].review.source: source 'model card' is not an http(s) URL",
        ),
        (
            f"{{{_IMPORTED}, reviewed: true, reviewed_by: R, reviewed_on: 2026-12-05, "
            "source: https://example.org/card, checked: [developer]}",
            "models[0]: reviewed: true but review.checked does not list open_weights, release_date: "
            "confirm each stated fact against the source, or leave reviewed: false",
        ),
        (
            f"{{{_IMPORTED}, checked: [weights]}}",
            "models[0].review.checked[0]: must be name, developer, open_weights, licence or release_date; "
            "did you mean 'open_weights'?",
        ),
        (  # a choice spelt almost right is told the one it is spelt like, not the list alone
            f"{{{_IMPORTED}, checked: [licnce]}}",
            "models[0].review.checked[0]: must be name, developer, open_weights, licence or release_date; "
            "did you mean 'licence'?",
        ),
        (
            f"{{{_IMPORTED}, checked: [size]}}",
            "models[0].review.checked[0]: must be name, developer, open_weights, licence or release_date",
        ),
    ],
)
def test_a_review_says_who_when_and_against_which_source(tmp_path, review, expected):
    d = _catalog_dir(
        tmp_path,
        "organisations: [{id: o, name: O}]\nmodels:\n"
        f"  - {{id: a, name: A, developer: o, open_weights: true, release_date: 2025-09-30, review: {review}}}\n",
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == f"catalog/c.yaml:3: {expected}"


def test_a_complete_review_loads_with_one_source_or_several(tmp_path):
    d = _catalog_dir(
        tmp_path,
        "organisations: [{id: o, name: O}]\nmodels:\n"
        "  - {id: a, name: A, developer: o, open_weights: true, release_date: 2025-09-30, review: "
        f"{{{_IMPORTED}, reviewed: true, reviewed_by: R, reviewed_on: 2026-12-05, source: https://example.org/card, "
        "checked: [developer, open_weights, release_date]}}\n"
        "  - {id: b, name: B, developer: o, open_weights: false, review: "
        f"{{{_IMPORTED}, reviewed: true, reviewed_by: R, reviewed_on: 2026-12-05, "
        "source: [https://example.org/card, https://example.org/post], checked: [developer, open_weights]}}\n",
    )
    catalog = load_catalog(d, tmp_path)
    assert catalog.model("A").review.source == ["https://example.org/card"]
    assert catalog.model("B").review.source == ["https://example.org/card", "https://example.org/post"]


def test_seed_imported_entries_reviewed_only_with_their_sources():
    catalog = load_catalog(REPO / "catalog", REPO)
    imported = [m for m in catalog.models.entries.values() if m.review is not None]
    reviewed = sorted(m.id for m in imported if m.review.reviewed)
    assert reviewed == ["glm-4.5", "longcat-flash-chat", "mistral-large-3", "qwen3-235b-a22b-instruct-2507"]
    for m in imported:
        if m.review.reviewed:
            assert m.review.source and all(u.startswith("https://github.com/") for u in m.review.source)
    # the vendor's README dates the release 2025-07-21 (2025-07-25 is the Thinking-2507 release)
    assert str(catalog.model("Qwen3-235B-A22B-Instruct-2507").release_date) == "2025-07-21"
    # what claim 1 turns on is confirmed even where the entry as a whole is not
    assert {"developer", "open_weights"} <= set(catalog.model("GLM-4.6").review.checked)


@pytest.mark.parametrize(
    "fields,expected",
    [
        # a NaN bound compares false with every score: any negative (or huge) score would pass unseen
        ("min_score: .nan", "benchmarks[0]: min_score must be a number or -.inf, got nan"),
        # a negative share of items broke the granularity check with a traceback
        (
            "items: 100, items_status: exact, min_score: -10",
            "benchmarks[0]: min_score -10 on a percent benchmark: a percent is a share of items, 0-100 (its interval, "
            "granularity and power assume one); a score that can be negative is metric_kind: points",
        ),
        ("min_score: .inf", "benchmarks[0]: min_score must be a number or -.inf, got inf"),
        ("max_score: .nan", "benchmarks[0]: max_score must be a number or .inf, got nan"),
        ("max_score: -.inf", "benchmarks[0]: max_score must be a number or .inf, got -inf"),
        (
            "min_score: 1, max_score: 1",
            "benchmarks[0]: min_score 1 is not below max_score 1: no score fits between them",
        ),
        (
            "min_score: 200",
            "benchmarks[0]: min_score 200 is not below 100, a percent's maximum: no score fits between them",
        ),
        # a percent over 100 was accepted, so a row of 150 % was read as a score (the kind's default is percent)
        (
            "max_score: 200",
            "benchmarks[0].max_score: max_score 200 on a percent benchmark: a percent is a share of items and "
            "cannot exceed 100; a score on another scale is metric_kind: points (or rating, elo, count); an error "
            "rate that can pass 100 (a word error rate) is lower-is-better: higher_is_better: false",
        ),
        (
            "metric_kind: percent, max_score: .inf",
            "benchmarks[0].max_score: max_score inf on a percent benchmark: a percent is a share of items and "
            "cannot exceed 100; a score on another scale is metric_kind: points (or rating, elo, count); an error "
            "rate that can pass 100 (a word error rate) is lower-is-better: higher_is_better: false",
        ),
        # a count that is no whole number was also told items_status had no items
        ("items: 500.0, items_status: exact", "benchmarks[0].items: must be a whole number, got 500.0"),
        # with no min_score the floor is 0: every row was refused at a CSV row instead, not here
        (
            "metric_kind: points, max_score: -5",
            "benchmarks[0]: max_score -5 is not above 0, the lowest score without a min_score: no score fits "
            "between them (a scale that goes below 0 gives its min_score)",
        ),
        (
            "max_score: 0",
            "benchmarks[0]: max_score 0 is not above 0, the lowest score without a min_score: no score fits "
            "between them (a scale that goes below 0 gives its min_score)",
        ),
    ],
)
def test_a_benchmarks_score_range_is_a_range(tmp_path, fields, expected):
    d = _catalog_dir(tmp_path, f"benchmarks:\n  - {{id: x, name: X, {fields}}}\n")
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == f"catalog/c.yaml:2: {expected}"


def test_a_suite_averages_parts_are_other_benchmarks_on_its_scale(tmp_path):
    """An unknown part stopped the run at the first claim that reached it with no file or line ("unknown
    benchmark 'nope'"); itself as a part, or parts on another scale, were accepted without a word."""
    d = _catalog_dir(
        tmp_path,
        "benchmarks:\n  - {id: e, name: E, metric_kind: elo}\n  - {id: p, name: P}\n"
        "  - id: suite\n    name: Suite\n    average_of:\n      - p\n      - nope\n      - Suite\n      - e\n",
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert [str(p) for p in each_problem(exc.value)] == [
        "catalog/c.yaml:8: benchmarks[2].average_of[1]: unknown benchmark 'nope'",
        "catalog/c.yaml:9: benchmarks[2].average_of[2]: 'Suite' is this benchmark: an average is of other benchmarks",
        "catalog/c.yaml:10: benchmarks[2].average_of[3]: 'e' is metric_kind elo and the average percent: a mean over "
        "two scales is no score on either",
    ]


def test_open_ended_score_ranges_still_load(tmp_path):
    d = _catalog_dir(
        tmp_path,
        "benchmarks:\n  - {id: x, name: X, metric_kind: points, min_score: -.inf}\n"
        "  - {id: y, name: Y, metric_kind: points, min_score: -1, max_score: 1}\n"
        "  - {id: z, name: Z, metric_kind: rating, max_score: .inf}\n",
    )
    catalog = load_catalog(d, tmp_path)
    assert [(b.min_score, b.max_score) for b in catalog.benchmarks.entries.values()] == [
        (float("-inf"), None),
        (-1.0, 1.0),
        (None, float("inf")),
    ]


@pytest.mark.parametrize(
    "fields,expected",
    [
        ("parameters_b: 7, parameters_source: model card",
         "models[0]: parameters_source 'model card' is not an http(s) URL (the model card)"),
        ("parameters_b: true, parameters_source: https://lab.example/card",
         "models[0].parameters_b: must be a number of billions of parameters, got True"),
        # a size with its unit, as a card and a claim's size class write it: 'must be a number, got '7B'' before
        ("parameters_b: 7B, parameters_source: https://lab.example/card",
         "models[0].parameters_b: must be a number of billions of parameters, got '7B': write 7"),
        ("parameters_b: 500M, parameters_source: https://lab.example/card",
         "models[0].parameters_b: must be a number of billions of parameters, got '500M': write 0.5"),
        ("review: {imported_from: x, reviewed_by: ' '}",
         "models[0].review.reviewed_by: is blank: the name of who checked the entry"),
    ],
)  # fmt: skip
def test_a_size_cites_a_url_and_a_review_names_someone(tmp_path, fields, expected):
    d = _catalog_dir(
        tmp_path,
        f"organisations: [{{id: o, name: O}}]\nmodels:\n  - {{id: a, name: A, developer: o, open_weights: true, {fields}}}\n",
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == f"catalog/c.yaml:3: {expected}"


_MODEL = "organisations: [{id: o, name: O}]\nmodels:\n  - {id: a, name: A, developer: o, "
_BENCH = "benchmarks:\n  - {id: x, name: X, "


@pytest.mark.parametrize(
    "text,expected",
    [
        # pydantic's lax mode read these as true: a quoted flag is text, and text is not a fact
        (_MODEL + f"open_weights: true, review: {{{_IMPORTED}, reviewed: 'yes'}}}}\n",
         "catalog/c.yaml:3: models[0].review.reviewed: must be true or false, got 'yes'"),
        (_MODEL + "open_weights: 'on'}\n",
         "catalog/c.yaml:3: models[0].open_weights: must be true or false, got 'on'"),
        (_MODEL + "open_weights: 1}\n", "catalog/c.yaml:3: models[0].open_weights: must be true or false, got 1"),
        (_MODEL + "open_weights: }\n",
         "catalog/c.yaml:3: models[0].open_weights: must be true or false, got nothing (an empty value)"),
        (_MODEL + "open_weights: true, variant: {thinking: 'false'}}\n",
         "catalog/c.yaml:3: models[0].variant.thinking: must be true or false (without quotes), got 'false'"),
        (_MODEL + "open_weights: true, run: {pretrained: m, allow_outside_project: 'true'}}\n",
         "catalog/c.yaml:3: models[0].run.allow_outside_project: must be true or false (without quotes), got 'true'"),
        (_MODEL + "open_weights: true, parameters_b: '7', parameters_source: https://lab.example/card}\n",
         "catalog/c.yaml:3: models[0].parameters_b: must be a number (without quotes), got '7'"),
        (_BENCH + "higher_is_better: 'false'}\n",
         "catalog/c.yaml:2: benchmarks[0].higher_is_better: must be true or false (without quotes), got 'false'"),
        (_BENCH + "max_score: '100'}\n",
         "catalog/c.yaml:2: benchmarks[0].max_score: must be a number (without quotes), got '100'"),
        (_BENCH + "metric_kind: points, min_score: true}\n",
         "catalog/c.yaml:2: benchmarks[0].min_score: must be a number, got True"),
        (_BENCH + "run: {task: t, num_fewshot: '5'}}\n",
         "catalog/c.yaml:2: benchmarks[0].run.num_fewshot: must be a whole number (without quotes), got '5'"),
        (_BENCH + "run: {task: t, num_fewshot: 5.0}}\n",
         "catalog/c.yaml:2: benchmarks[0].run.num_fewshot: must be a whole number, got 5.0"),
    ],
)  # fmt: skip
def test_a_flag_or_number_in_quotes_is_refused_not_converted(tmp_path, text, expected):
    d = _catalog_dir(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == expected


def test_validate_names_a_quoted_flag_in_one_line(tmp_path):
    from click.testing import CliRunner

    from harness.cli.main import cli

    _catalog_dir(tmp_path, _MODEL + "open_weights: 'yes'}\n")
    r = CliRunner().invoke(cli, ["validate", "--project", str(tmp_path)])
    assert r.exit_code == 2
    assert r.stderr == ("Error: catalog/c.yaml:3: models[0].open_weights: must be true or false, got 'yes'\n")


def test_a_review_dated_after_today_is_refused(tmp_path):
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    today = latest_today()  # the day is in the future only once it is nowhere yet

    def catalog(day):
        review = (
            f"{{{_IMPORTED}, reviewed: true, reviewed_by: R, reviewed_on: {day}, source: https://example.org/card, "
            "checked: [developer, open_weights]}"
        )
        return _catalog_dir(tmp_path / str(day), _MODEL + f"open_weights: true, review: {review}}}\n")

    tomorrow = today + timedelta(days=1)
    with pytest.raises(InputError) as exc:
        load_catalog(catalog(tomorrow), tmp_path / str(tomorrow))
    assert str(exc.value) == (
        f"catalog/c.yaml:3: models[0].review.reviewed_on: {tomorrow} is in the future "
        f"(the latest date anywhere now is {today}): the day the entry was checked"
    )
    # today itself is a day a person can have checked the entry
    assert load_catalog(catalog(today), tmp_path / str(today)).model("A").review.reviewed_on == today


def test_a_release_date_after_today_is_refused(tmp_path):
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    today = latest_today()  # the day is in the future only once it is nowhere yet
    tomorrow = today + timedelta(days=1)

    def catalog(day):
        return _catalog_dir(tmp_path / str(day), _MODEL + f"open_weights: true, release_date: {day}}}\n")

    with pytest.raises(InputError) as exc:
        load_catalog(catalog(tomorrow), tmp_path / str(tomorrow))
    assert str(exc.value) == (
        f"catalog/c.yaml:3: models[0].release_date: {tomorrow} is in the future (the latest date anywhere now is {today}): "
        "the day the model was released"
    )
    assert load_catalog(catalog(today), tmp_path / str(today)).model("A").release_date == today


def test_a_name_written_with_accents_is_told_the_name_it_spells_without_them(tmp_path):
    """'Modèl Ä' is no name of the catalog, and the suggestion is the entry it spells without accents: compared with
    them, è and Ä were two letters wrong against 'Model A' and 'Model B' alike, and the tie went to 'Model B'."""
    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "c.yaml").write_text(
        "organisations: [{id: lab, name: Lab}]\n"
        "models:\n"
        "  - {id: model-a, name: Model A, developer: lab, open_weights: true}\n"
        "  - {id: model-b, name: Model B, developer: lab, open_weights: true}\n"
        "benchmarks:\n"
        "  - {id: bench-one, name: Bench One, items: 500, items_status: exact, metric_kind: percent}\n"
    )
    catalog = load_catalog(tmp_path / "catalog", tmp_path)
    with pytest.raises(UnknownNameError) as exc:
        catalog.model("Modèl Ä")
    assert str(exc.value) == "unknown model 'Modèl Ä'; did you mean 'Model A'?"
    with pytest.raises(UnknownNameError) as exc:
        catalog.benchmark("Bénch Öne")
    assert str(exc.value) == "unknown benchmark 'Bénch Öne'; did you mean 'Bench One'?"


def test_an_id_given_again_in_another_catalog_file_names_where_the_first_is(tmp_path):
    # a copied catalog file said "duplicate model id 'a'" at the copy, and where the first one was, nowhere
    d = _catalog_dir(
        tmp_path, "organisations: [{id: o, name: O}]\nmodels:\n  - {id: a, name: A, developer: o, open_weights: true}\n"
    )
    (d / "d.yaml").write_text(
        "models:\n  - {id: b, name: B, developer: o, open_weights: true}\n  - {id: a, name: A2, developer: o, open_weights: true}\n"
    )
    with pytest.raises(InputError) as exc:
        load_catalog(d, tmp_path)
    assert str(exc.value) == "catalog/d.yaml:3: models[1].id: duplicate model id 'a' (first at catalog/c.yaml:3)"
