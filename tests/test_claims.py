import pytest

BASE = """
id: c1
statement: "x"
source: {publisher: P, url: "https://p.example", date: 2025-02-01}
subject: Alpha-1
"""


def _problems(proj, text: str) -> list[str]:
    """The problems, as printed, of one claim file claims/c.yaml (the fixture's own claim removed)."""
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(text)
    return [str(p) for p in proj.verify().problems]


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    quantifer: all\n",
            "claims/c.yaml:9: assertions[0].quantifer: unknown field; did you mean 'quantifier'?",
        ),
        (  # a field the assertion has already is no suggestion; one of the other kinds' fields is none either
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    competitor: [Beta-2]\n",
            "claims/c.yaml:9: assertions[0].competitor: unknown field",
        ),
        (
            "evidence: {setting: {tols: true}}\nassertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n",
            "claims/c.yaml:6: evidence.setting.tols: unknown field; did you mean 'tools'?",
        ),
        (  # a benchmark named where a model belongs: "did you mean 'Beta-2'?" pointed at another model
            "assertions:\n  - kind: outperforms\n    competitors: [BigBench]\n",
            "claims/c.yaml:8: assertions[0].competitors[0]: unknown model 'BigBench': that is a benchmark's name "
            "(BigBench)",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [Alpha Lab]\n",
            "claims/c.yaml:9: assertions[0].benchmarks[0]: unknown benchmark 'Alpha Lab': that is an organisation's "
            "name (Alpha Lab)",
        ),
        (  # a choice spelt almost right: "must be both or at_least" alone left the spelling to find
            "assertions:\n  - kind: matches\n    competitors: [Beta-2]\n    direction: atleast\n    tolerance: 1\n",
            "claims/c.yaml:9: assertions[0].direction: must be both or at_least; did you mean 'at_least'?",
        ),
        (
            "assertions:\n  - kind: outperfroms\n    competitors: [Beta-2]\n",
            "claims/c.yaml:7: assertions[0]: unknown kind 'outperfroms'; did you mean 'outperforms'? "
            "use outperforms, matches, ranks or score",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-3]\n",
            "claims/c.yaml:8: assertions[0].competitors[0]: unknown model 'Beta-3'; did you mean 'Beta-2'?",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Alpha 1]\n",
            "claims/c.yaml:8: assertions[0].competitors[0]: 'Alpha 1' is the subject itself",
        ),
        (
            "assertions:\n  - kind: beats\n    competitors: [Beta-2]\n",
            "claims/c.yaml:7: assertions[0]: unknown kind 'beats'; use outperforms, matches, ranks or score",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n"
            "    quantifier: {at_least: 2}\n",
            "claims/c.yaml:7: assertions[0]: at_least 2 is more than the 1 benchmark listed",
        ),
        (
            "assertions:\n  - kind: matches\n    competitors: [Beta-2]\n    tolerance: -1\n",
            "claims/c.yaml:9: assertions[0].tolerance: must be 0 or more",
        ),
        (
            "assertions:\n  - kind: score\n    benchmark: Smal Bench\n    value: 3\n",
            "claims/c.yaml:8: assertions[0].benchmark: unknown benchmark 'Smal Bench'; did you mean 'SmallBench'?",
        ),
        ("assertions: []\n", "claims/c.yaml:6: assertions: must not be empty"),
        (
            "assertions:\n  - kind: ranks\n    cohort: {open_weights: true, max_parameters_b: true}\n",
            "claims/c.yaml:8: assertions[0].cohort.max_parameters_b: must be a number of billions of parameters, "
            "got True",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    quantifier: sometimes\n",
            "claims/c.yaml:9: assertions[0].quantifier: must be all, most, any, a number (at least that many), "
            "or {at_least: k}",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    quantifier: {at_least: 0}\n",
            "claims/c.yaml:9: assertions[0].quantifier.at_least: must be a whole number from 1 to 10,000",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    quantifier: {at_least: 10001}\n",
            "claims/c.yaml:9: assertions[0].quantifier.at_least: must be a whole number from 1 to 10,000",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    competitors_quantifier: [all]\n",
            "claims/c.yaml:9: assertions[0].competitors_quantifier: must be all, most, any, a number (at least that "
            "many), or {at_least: k}",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: BigBench\n",
            "claims/c.yaml:9: assertions[0].benchmarks: must be a list of benchmarks ([A, B]), shared (every "
            "benchmark both sides have), or {tags: [...]} (optionally with include: [...] and exclude: [...])",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n"
            "    quantifier: 2\n",
            "claims/c.yaml:7: assertions[0]: at_least 2 is more than the 1 benchmark listed",  # 2 is read as at_least
        ),
        (  # a tag no benchmark has selects nothing: a typo, never "no evidence"
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: [reasonning]}\n",
            "claims/c.yaml:9: assertions[0].benchmarks.tags[0]: no benchmark in the catalog has the tag "
            "'reasonning'; did you mean 'reasoning'?",
        ),
        (
            "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: [vision]}\n",
            "claims/c.yaml:9: assertions[0].benchmarks.tags[0]: no benchmark in the catalog has the tag "
            "'vision'; the catalog's tags: coding, reasoning",
        ),
    ],
)
def test_bad_claim_files_give_exact_errors(proj, body, expected):
    assert _problems(proj, BASE + body) == [expected]


def test_a_publisher_with_a_control_character_is_refused_at_its_line(proj):
    # named in every report of the claim: an escape sequence there was written into the pages raw
    text = (
        BASE.replace("publisher: P,", 'publisher: "P\\e[2J",')
        + "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n"
    )
    assert _problems(proj, text) == [
        "claims/c.yaml:4: source.publisher: holds the control character '\\x1b' (character 2): write printable text"
    ]


_OUT = "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n"


@pytest.mark.parametrize(
    "body,expected",
    [
        # pydantic's lax mode converted each of these: '85' to 85, 'yes' and 1 to true, true to 1
        ("assertions:\n  - kind: score\n    benchmark: BigBench\n    value: '85'\n",
         "claims/c.yaml:9: assertions[0].value: must be a number (without quotes), got '85'"),
        ("assertions:\n  - kind: score\n    benchmark: BigBench\n    value: true\n",
         "claims/c.yaml:9: assertions[0].value: must be a number, got True"),
        # YAML 1.1 reads yes/no/on/off, unquoted, as true/false: refused as read, flag or text (never a number)
        (_OUT + "    margin: yes\n",
         "claims/c.yaml:9: assertions[0].margin: 'yes' is YAML 1.1's word for true: write true where a flag is "
         "meant, or quote it ('yes') for text"),
        (_OUT + "    strict: 'yes'\n",
         "claims/c.yaml:9: assertions[0].strict: must be true or false, got 'yes'"),
        (_OUT + "    evidence: {independent: 1}\n",
         "claims/c.yaml:9: assertions[0].evidence.independent: must be true or false, got 1"),
        (_OUT + "    evidence: {setting: {shots: '5'}}\n",
         "claims/c.yaml:9: assertions[0].evidence.setting.shots: must be a whole number (without quotes), got '5'"),
        (_OUT + "    evidence: {setting: {thinking: 'false'}}\n",
         "claims/c.yaml:9: assertions[0].evidence.setting.thinking: must be true or false (without quotes), "
         "got 'false'"),
        ("assertions:\n  - kind: ranks\n    cohort: {open_weights: 'no'}\n",
         "claims/c.yaml:8: assertions[0].cohort.open_weights: must be true or false, got 'no'"),
        ("assertions:\n  - kind: ranks\n    cohort: {all_models: true}\n    top: '2'\n",
         "claims/c.yaml:9: assertions[0].top: must be a whole number (without quotes), got '2'"),
        # a variant's thinking given as text matched no catalog entry: the cohort was silently empty
        ("assertions:\n  - kind: ranks\n    cohort: {all_models: true, variant: {thinking: 'true'}}\n",
         "claims/c.yaml:8: assertions[0].cohort.variant: variant thinking must be true or false (without quotes), "
         "got 'true'"),
        # YAML 1.1 reads an exponent without a decimal point or a sign as text, unquoted: say so, not "without quotes"
        (_OUT + "    margin: 1e-3\n",
         "claims/c.yaml:9: assertions[0].margin: must be a number, got '1e-3': YAML reads it as text; write 1.0e-3"),
        (_OUT + "    margin: 1.5e2\n",
         "claims/c.yaml:9: assertions[0].margin: must be a number, got '1.5e2': YAML reads it as text; write 1.5e+2"),
        (_OUT + "    margin: '1.5e+2'\n",
         "claims/c.yaml:9: assertions[0].margin: must be a number (without quotes), got '1.5e+2'"),
        ("assertions:\n  - kind: ranks\n    cohort: {all_models: true, variant: {effort: high}}\n",
         "claims/c.yaml:8: assertions[0].cohort.variant: variant has no field 'effort'; use thinking, "
         "reasoning_effort or label"),
    ],
)  # fmt: skip
def test_a_quoted_flag_or_number_in_a_claim_is_refused(proj, body, expected):
    assert _problems(proj, BASE + body) == [expected]


def test_a_time_is_no_day_even_at_midnight(proj):
    """YAML reads an unquoted 2025-01-01T00:00:00+05:00 as a time, and pydantic took a midnight in any zone for its
    local day (10:00 was refused): that one is 2024-12-31 in UTC. A day is written YYYY-MM-DD, as a published row's
    as_of_date and --as-of are, so a time is refused, midnight too, quoted or not."""
    text = BASE.replace("date: 2025-02-01", "date: 2025-02-01T00:00:00+05:00") + (
        "assertions:\n  - kind: score\n    benchmark: BigBench\n    value: 80\n"
        "    evidence: {as_of: '2025-01-01 00:00:00Z'}\n"
    )
    assert _problems(proj, text) == [
        "claims/c.yaml:4: source.date: must be a date, YYYY-MM-DD, got a time, 2025-02-01T00:00:00+05:00 (2025-01-31 "
        "in UTC): write the day it means",
        "claims/c.yaml:10: assertions[0].evidence.as_of: must be a date, YYYY-MM-DD, got a time, 2025-01-01 00:00:00Z: "
        "write the day it means",
    ]
    from harness.claims.catalog import load_catalog
    from harness.errors import InputError

    (proj.root / "catalog" / "more.yaml").write_text(
        "models:\n  - {id: g, name: G, developer: alpha-lab, open_weights: true, release_date: 2025-01-01T00:00:00-05:00}\n"
    )
    with pytest.raises(InputError) as exc:
        load_catalog(proj.root / "catalog", proj.root)
    assert str(exc.value) == (
        # (its day in UTC is the same: said only where it differs)
        "catalog/more.yaml:2: models[0].release_date: must be a date, YYYY-MM-DD, got a time, 2025-01-01T00:00:00-05:00: "
        "write the day it means"
    )


def test_yaml_s_own_flags_and_numbers_still_read(proj):
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        BASE + "strict: True\n" + _OUT + "    margin: 1\n    evidence: {independent: false, setting: {shots: 0}}\n"
    )
    run = proj.verify()
    assert run.problems == []
    claim = run.results[0].claim
    assert (claim.strict, claim.assertions[0].margin, claim.assertions[0].evidence.independent) == (True, 1.0, False)


def test_yaml_1_1_yes_no_on_off_are_refused_at_their_line_flag_or_text(proj):
    # YAML 1.1 reads these unquoted words, in any of its cases, as true/false: `strict: on` was a flag that
    # a YAML 1.2 reader takes for text, and a model named `no` in a list became False, refused only as "must
    # be text"; a key `on:` became True. Only true and false are flags; the words are text when quoted
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(BASE + "strict: on\n" + _OUT + "    margin: 1\n", "flag.yaml")
    proj.claim(BASE + "assertions:\n  - kind: outperforms\n    competitors: [Beta-2, NO]\n", "name.yaml")
    proj.claim(BASE + "Off: 1\n" + _OUT, "key.yaml")
    assert sorted(str(p) for p in proj.verify().problems) == [
        "claims/flag.yaml:6: strict: 'on' is YAML 1.1's word for true: write true where a flag is meant, or quote "
        "it ('on') for text",
        "claims/key.yaml:6: the key 'Off' is YAML 1.1's word for false, not text: quote it ('Off')",
        "claims/name.yaml:8: assertions[0].competitors[1]: 'NO' is YAML 1.1's word for false: write false where a "
        "flag is meant, or quote it ('NO') for text",
    ]


def test_the_spelling_an_exponent_message_suggests_reads_as_the_number(proj):
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(BASE + _OUT + "    margin: 1.0e-3\n")
    run = proj.verify()
    assert run.problems == [] and run.results[0].claim.assertions[0].margin == 0.001


@pytest.mark.parametrize(
    "text,expected",
    [
        ("", "claims/c.yaml: file is empty"),
        ("id: x\nid: [unclosed\n", "claims/c.yaml:2: invalid YAML: the [ that opens this list is never closed"),
        (
            "id: x\nexclude: [A, B\nsubject: Alpha-1\n",
            "claims/c.yaml:2: invalid YAML: the [ that opens this list is not closed before line 3 "
            "(expected ',' or ']', but got ':')",
        ),
        (
            "id: x\nassertions:\n  - {kind: outperforms, competitors: [Beta]\n  - {kind: matches}\n",
            "claims/c.yaml:3: invalid YAML: the { that opens this mapping is not closed before line 4 "
            "(expected ',' or '}', but got '-')",
        ),
        (
            "id: x\nsource: {url: [a, b}\n",
            "claims/c.yaml:2: invalid YAML: expected ',' or ']', but got '}' (the [ at column 15 is not closed)",
        ),
        (
            'id: x\nstatement: "unclosed\nsubject: Alpha-1\n',
            'claims/c.yaml:2: invalid YAML: the quote (") that opens this value is never closed; '
            'a " inside the text is written \\"',
        ),
        (
            'id: x\nstatement: "unclosed\nsource: {url: "https://p.example"}\n',
            'claims/c.yaml:2: invalid YAML: the quote (") that opens this value is not closed on its line, so the '
            "value runs on to line 3 (expected <block end>, but found '<scalar>'); a \" inside the text is written \\\"",
        ),
        (
            "id: x\nstatement: 'it''s\nsubject: Alpha-1\n",
            "claims/c.yaml:2: invalid YAML: the quote (') that opens this value is never closed; "
            "a ' inside the text is written ''",
        ),
        ("- a\n- b\n", "claims/c.yaml:1: a claim file must be a mapping (id, statement, source, subject, assertions)"),
        ("id: a\nid: b\n", "claims/c.yaml:2: id: duplicate key"),
        # an editor's tab was "found character '\t' that cannot start any token", PyYAML's words
        (
            "id: x\nassertions:\n\t- kind: outperforms\n",
            "claims/c.yaml:3: invalid YAML: a tab on this line; YAML indents with spaces only",
        ),
        # a key past YAML's 1,024 characters was "could not find expected ':'" on a line that holds one
        (
            "id: x\n" + "k" * 2000 + ": 1\n",
            "claims/c.yaml:2: invalid YAML: a key of 2,000 characters; YAML reads a key of at most 1,024",
        ),
        ("id: x\njust text\nb: 1\n", "claims/c.yaml:3: invalid YAML: could not find expected ':'"),
    ],
)
def test_malformed_yaml(proj, text, expected):
    proj.claim(text)
    assert [str(p) for p in proj.verify().problems] == [expected]


def test_binary_file(proj):
    (proj.root / "claims" / "c.yaml").write_bytes(b"\x00\x01\x02")
    assert [str(p) for p in proj.verify().problems] == ["claims/c.yaml: file is binary, not text"]
    (proj.root / "claims" / "c.yaml").write_bytes("id: a\n".encode("utf-32"))
    assert [str(p) for p in proj.verify().problems] == [
        "claims/c.yaml: file is UTF-32 (it starts with a UTF-32 byte-order mark), not UTF-8: save it as UTF-8"
    ]
    (proj.root / "claims" / "c.yaml").write_bytes("id: a\nstatement: x\n".encode("utf-16-be"))
    assert [str(p) for p in proj.verify().problems] == [
        "claims/c.yaml: file is UTF-16 BE without a byte-order mark, not UTF-8: save it as UTF-8"
    ]


def test_duplicate_claim_ids_across_files(proj):
    # at the line of the second file's id (it had none: "claims/z.yaml: id: ...")
    proj.claim("# a copy\n" + (proj.root / "claims" / "alpha-beats-beta.yaml").read_text(), name="z.yaml")
    run = proj.verify()
    line = "claims/z.yaml:2: id: claim id 'alpha-beats-beta' is also used by claims/alpha-beats-beta.yaml"
    assert [str(p) for p in run.problems] == [line]
    assert [r.claim.id for r in run.results] == ["alpha-beats-beta"]
    from harness.verify import Project, validate

    assert [str(p) for p in validate(Project(proj.root), [proj.root / "claims"]).problems] == [line]


def test_one_file_named_twice_is_verified_once(proj):
    """`verify claims claims/alpha-beats-beta.yaml`: its id 'is also used by' itself, one verdict and exit 2."""
    claims = proj.root / "claims"
    run = proj.verify(claims, claims / "alpha-beats-beta.yaml", claims / "." / "alpha-beats-beta.yaml")
    assert (run.problems, [r.claim.id for r in run.results]) == ([], ["alpha-beats-beta"])


def test_valid_claims_still_verified_next_to_bad_ones(proj):
    proj.claim("id: [", name="bad.yaml")
    run = proj.verify()
    assert len(run.problems) == 1
    assert [r.claim.id for r in run.results] == ["alpha-beats-beta"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "id: c1\nstatement: x\nsource: {publisher: P, date: 2025-02-01}\nsubject: Alpha-1\n"
            "assertions: [{kind: score, benchmark: BigBench, value: 1}]\n",
            "claims/c.yaml:3: source.url: missing (this field is required)",
        ),
        (
            BASE + "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: 5}\n",
            "claims/c.yaml:9: assertions[0].benchmarks.tags: must be a list, such as [a, b]",
        ),
        (
            BASE + "assertions:\n  - kind: ranks\n    cohort: {models: [Beta-2]}\n    top: zero\n",
            "claims/c.yaml:9: assertions[0].top: must be a whole number, got 'zero'",
        ),
    ],
)
def test_error_locations_name_only_fields_the_user_wrote(proj, text, expected):
    proj.claim(text)
    assert [str(p) for p in proj.verify().problems] == [expected]


def test_every_problem_of_a_file_in_one_pass_with_suggestions(proj):
    proj.claim(
        BASE + "assertions:\n"
        "  - kind: outperforms\n"
        "    competitors: [Beta-3, Gama-3]\n"
        "    benchmarks: [Big, SmallBench]\n"
        "  - kind: score\n"
        "    benchmark: Mid\n"
        "    value: 1\n"
    )
    assert [str(p) for p in proj.verify().problems] == [
        "claims/c.yaml:8: assertions[0].competitors[0]: unknown model 'Beta-3'; did you mean 'Beta-2'?",
        "claims/c.yaml:8: assertions[0].competitors[1]: unknown model 'Gama-3'; did you mean 'Gamma-3'?",
        "claims/c.yaml:9: assertions[0].benchmarks[0]: unknown benchmark 'Big'; did you mean 'BigBench'?",
        "claims/c.yaml:11: assertions[1].benchmark: unknown benchmark 'Mid'; did you mean 'MidBench'?",
    ]


def test_every_schema_problem_of_a_file_in_one_pass(proj):
    proj.claim(BASE + "colour: red\nassertions:\n  - kind: outperforms\n    competitors: []\n    margin: -1\n")
    assert [str(p) for p in proj.verify().problems] == [
        "claims/c.yaml:6: colour: unknown field",
        "claims/c.yaml:9: assertions[0].competitors: must not be empty",
        "claims/c.yaml:10: assertions[0].margin: must be 0 or more",
    ]


_WHOLE = BASE.replace("subject: Alpha-1\n", "")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quoted number is text, never converted; the general list of forms did not say why it was refused
        (BASE + _OUT + "    quantifier: \"2\"\n",
         "claims/c.yaml:9: assertions[0].quantifier: must be all, most, any or a number without quotes, got '2': "
         "write 2 (at least 2) or {at_least: 2}"),
        (BASE + _OUT + "    competitors_quantifier: '3'\n",
         "claims/c.yaml:9: assertions[0].competitors_quantifier: must be all, most, any or a number without quotes, "
         "got '3': write 3 (at least 3) or {at_least: 3}"),
        (BASE + _OUT + "    quantifier: 0\n",
         "claims/c.yaml:9: assertions[0].quantifier: must be all, most, any or a number from 1 to 10,000 (at least "
         "that many), got 0"),
        (BASE + _OUT + "    quantifier: 99999999999999999999\n",
         "claims/c.yaml:9: assertions[0].quantifier: must be all, most, any or a number from 1 to 10,000 (at least "
         "that many), got 99999999999999999999"),
        # YAML reads `subject:` with nothing after it as null: "must be text (quote it ...)" pointed elsewhere
        (_WHOLE + "subject:\n" + _OUT,
         "claims/c.yaml:5: subject: is empty (nothing after the colon, or null): write the model the claim is "
         "about, by its catalog name or an alias"),
        (_WHOLE + "subject: null\n" + _OUT,
         "claims/c.yaml:5: subject: is empty (nothing after the colon, or null): write the model the claim is "
         "about, by its catalog name or an alias"),
        # a number longer than Python reads: its own words named a setting the user cannot reach
        (BASE + _OUT + "    margin: " + "9" * 5000 + "\n",
         "claims/c.yaml:9: invalid value '" + "9" * 80 + "' (a whole number of more than 4,300 digits; no score "
         "or count is that long)"),
        # 400 digits are a number, only too large for a float: it was "must be a number, got 999..."
        (BASE + _OUT + "    margin: " + "9" * 400 + "\n",
         "claims/c.yaml:9: assertions[0].margin: must be a finite number, got " + "9" * 57 + "...: no number is "
         "that large"),
        # 1e999 is text to YAML; its number spelling would be infinity, so "write 1.0e+999" misled
        (BASE + _OUT + "    margin: 1e999\n",
         "claims/c.yaml:9: assertions[0].margin: must be a finite number, got '1e999': no number is that large"),
        # pydantic's own "Input should be a finite number"
        (BASE + "assertions:\n  - kind: score\n    benchmark: BigBench\n    value: .inf\n",
         "claims/c.yaml:9: assertions[0].value: must be a finite number, got inf"),
        (BASE + "assertions:\n  - kind: score\n    benchmark: BigBench\n    value: 1.0e+999\n",
         "claims/c.yaml:9: assertions[0].value: must be a finite number, got inf"),
        # NaN fails every bound of a bounded field: "must be 1000000 or less" blamed its size
        (BASE + _OUT + "    margin: .nan\n",
         "claims/c.yaml:9: assertions[0].margin: must be a finite number, got nan"),
        # pydantic's "Unable to extract tag using discriminator 'kind'" and "List should have at most ..."
        (BASE + "assertions:\n  - {}\n",
         "claims/c.yaml:7: assertions[0]: has no kind; write kind: outperforms, matches, ranks or score"),
        (BASE + "assertions:\n  - {kind: null, benchmark: BigBench, value: 1.0}\n",
         "claims/c.yaml:7: assertions[0]: has no kind; write kind: outperforms, matches, ranks or score"),
        (_WHOLE + "subject: '  '\n" + _OUT,
         "claims/c.yaml:5: subject: is empty (nothing after the colon, or null): write the model the claim is "
         "about, by its catalog name or an alias"),
        (BASE + "assertions:\n" + _OUT[len("assertions:\n"):] * 101,
         "claims/c.yaml:7: assertions: has 101 items, at most 100 allowed"),
    ],
)  # fmt: skip
def test_quoted_quantifiers_null_subjects_and_huge_numbers_say_what_to_write(proj, text, expected):
    assert _problems(proj, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # one model named twice was two competitors: "wins 1 of 1 vs Beta-2; wins 1 of 1 vs Beta-2"
        (BASE + "assertions:\n  - kind: outperforms\n    competitors: [Beta-2, Beta 2]\n    competitors_quantifier: 2\n",
         "claims/c.yaml:8: assertions[0].competitors[1]: 'Beta 2' is 'Beta-2' again (as assertions[0].competitors[0]): "
         "name each once, or it counts twice"),
        # one benchmark named twice was two units: "wins 2 of 2", so `at_least: 2` held on one benchmark
        (BASE + _OUT + "    benchmarks: [SmallBench, Small Bench]\n    quantifier: 2\n",
         "claims/c.yaml:9: assertions[0].benchmarks[1]: 'Small Bench' is 'SmallBench' again (as "
         "assertions[0].benchmarks[0]): name each once, or it counts twice"),
        # an empty text is a substring of every source: a limit that limited nothing
        ("\n".join(BASE.splitlines()) + "\nevidence: {sources: ['']}\n" + _OUT,
         "claims/c.yaml:6: evidence.sources: '' is empty: it would match every row; give the text to match, or leave "
         "it out"),
        ("\n".join(BASE.splitlines()) + "\nevidence: {locators: ['  ']}\n" + _OUT,
         "claims/c.yaml:6: evidence.locators: '  ' is empty: it would match every row; give the text to match, or "
         "leave it out"),
    ],
)  # fmt: skip
def test_a_name_given_twice_or_an_empty_limit_is_refused(proj, text, expected):
    assert _problems(proj, text) == [expected]


@pytest.mark.parametrize(
    "value,expected",
    [
        ("150", "claims/c.yaml:9: assertions[0].value: 150 is over 100, a percent's maximum for BigBench"),
        ("-5", "claims/c.yaml:9: assertions[0].value: -5 is under 0, the lowest score BigBench allows"),
    ],
)
def test_a_quoted_score_no_row_could_hold_is_refused(proj, value, expected):
    """It was refuted ("quoted 150, evidence 80"), as if the model had scored otherwise."""
    assert _problems(proj, BASE + f"assertions:\n  - kind: score\n    benchmark: BigBench\n    value: {value}\n") == [
        expected
    ]


@pytest.mark.parametrize(
    "assertion,expected",
    [
        # insufficient_evidence whatever the scores: "needs at least 3 of the 1"
        ("  - kind: outperforms\n    competitors: [Beta-2]\n    competitors_quantifier: 3\n",
         "claims/c.yaml:7: assertions[0]: competitors_quantifier at_least 3 is more than the 1 competitors listed"),
        # supported whatever the scores: top 2 of the subject and one other
        ("  - kind: ranks\n    cohort: {models: [Beta-2, Alpha-1]}\n    top: 2\n",
         "claims/c.yaml:9: assertions[0].top: top 2 with 1 other model in the cohort: the subject is in the top 2 "
         "whatever the scores"),
        # insufficient_evidence whatever the scores, blaming the evidence ("no benchmark with evidence for both"):
        # a selection that keeps no catalog benchmark, or fewer than at_least
        ("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: shared\n    quantifier: 6\n",
         "claims/c.yaml:10: assertions[0].quantifier: at_least 6 is more than the 5 benchmarks in the catalog"),
        ("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: [coding]}\n    quantifier: 3\n",
         "claims/c.yaml:10: assertions[0].quantifier: at_least 3 is more than the 2 benchmarks of the catalog it "
         "selects"),
        ("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: [coding], exclude: [MidBench, "
         "RatingBench]}\n",
         "claims/c.yaml:9: assertions[0].benchmarks: selects no benchmark: none in the catalog passes its tags, include "
         "and exclude"),
        # a quantifier beside a mean was read and never used: one mean has no benchmarks to count
        ("  - kind: outperforms\n    competitors: [Beta-2]\n    quantifier: most\n    aggregate: mean\n",
         "claims/c.yaml:7: assertions[0]: quantifier most counts benchmarks one by one, and aggregate: mean judges "
         "one mean over them: leave the quantifier out"),
        ("  - kind: ranks\n    cohort: {open_weights: true}\n    quantifier: 2\n    aggregate: mean\n",
         "claims/c.yaml:7: assertions[0]: quantifier at_least 2 counts benchmarks one by one, and aggregate: mean "
         "judges one mean over them: leave the quantifier out"),
        ("  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: {tags: [reasoning], include: [MidBench]}\n",
         "claims/c.yaml:9: assertions[0].benchmarks: selects no benchmark: none in the catalog passes its tags, include "
         "and exclude"),
    ],
)  # fmt: skip
def test_a_claim_no_score_could_decide_is_refused(proj, assertion, expected):
    assert _problems(proj, BASE + "assertions:\n" + assertion) == [expected]


@pytest.mark.parametrize(
    "assertion,expected",
    [
        # refuted whatever the scores ("short of margin"): no two percents differ by more than 100
        ("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n    margin: 150\n",
         "claims/c.yaml:10: assertions[0].margin: 150 is more than BigBench's whole range, 0 to 100: no score wins by "
         "that much"),
        # supported whatever the scores
        ("  - kind: matches\n    competitors: [Beta-2]\n    benchmarks: [BigBench, SmallBench]\n    tolerance: 100\n",
         "claims/c.yaml:10: assertions[0].tolerance: 100 covers BigBench's whole range, 0 to 100, the widest of the "
         "benchmarks listed: any two scores are within it"),
        ("  - kind: score\n    benchmark: BigBench\n    value: 50\n    tolerance: 1000\n",
         "claims/c.yaml:10: assertions[0].tolerance: 1000 covers BigBench's whole range, 0 to 100: any score is "
         "within it"),
    ],
)  # fmt: skip
def test_a_margin_or_tolerance_as_wide_as_the_benchmarks_range_is_refused(proj, assertion, expected):
    assert _problems(proj, BASE + "assertions:\n" + assertion) == [expected]


@pytest.mark.parametrize(
    "assertion",
    [
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n    margin: 100\n",
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [RatingBench]\n    margin: 150\n",
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, RatingBench]\n    margin: 150\n",
        "  - kind: matches\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n    tolerance: 100\n"
        "    tolerance_unit: percent\n",
        "  - kind: score\n    benchmark: BigBench\n    value: 50\n    op: at_least\n    tolerance: 1000\n",
    ],
)
def test_a_margin_or_tolerance_a_score_could_still_decide_is_kept(proj, assertion):
    # look-alikes: 100 vs 0 wins by 100; a rating has no top; a relative tolerance; at_least takes no tolerance
    assert _problems(proj, BASE + "assertions:\n" + assertion) == []


def test_an_evidence_as_of_after_today_is_refused_at_its_line(proj):
    # read as "every row", it let rows published after the claim was made judge it: 2052 for 2025 went unseen
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    today = latest_today()
    tomorrow = today + timedelta(days=1)
    body = "assertions:\n  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench]}\n"
    assert _problems(proj, BASE + f"evidence: {{as_of: {tomorrow}}}\n" + body) == [
        f"claims/c.yaml:6: evidence.as_of: {tomorrow} is in the future (the latest date anywhere now is {today}): the "
        "day the evidence is taken up to"
    ]
    # look-alike: today, where it is latest, is no day in the future
    (proj.root / "claims" / "c.yaml").write_text(BASE + f"evidence: {{as_of: {today}}}\n" + body)
    assert [str(p) for p in proj.verify().problems] == []


def test_claim_files_with_the_same_selector_ask_the_catalog_once(proj, monkeypatch):
    """Every claim file with a selector asked each of the catalog's benchmarks whether it passes (and
    gathered the catalog's tags), the same answers for each file; now once per catalog and selector, and
    afresh for a catalog with a benchmark more. The counts are the same (at_least 3 of the 2 it selects)."""
    from harness.claims.catalog import load_catalog
    from harness.claims.claimfile import load_claim
    from harness.claims.spec import BenchmarkSelector
    from harness.errors import InputError

    asked = []
    accepts = BenchmarkSelector.accepts
    monkeypatch.setattr(BenchmarkSelector, "accepts", lambda self, b, c: asked.append(b) or accepts(self, b, c))
    text = BASE + "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: [coding]}\n"
    catalog = load_catalog(proj.root / "catalog", proj.root)
    for i in range(3):
        load_claim(proj.claim(text.replace("c1", f"c{i}"), f"c{i}.yaml"), f"c{i}.yaml", catalog, proj.root)
    assert len(asked) == len(catalog.all_benchmarks())  # the first file alone
    wide = text + "    quantifier: 3\n"
    with pytest.raises(InputError, match="at_least 3 is more than the 2 benchmark"):
        load_claim(proj.claim(wide, "w.yaml"), "w.yaml", catalog, proj.root)
    assert len(asked) == len(catalog.all_benchmarks())
    bench = catalog.all_benchmarks()[0]
    catalog.benchmarks.add(bench.model_copy(update={"id": "newbench", "name": "NewBench", "aliases": []}))
    with pytest.raises(InputError, match="at_least 3 is more than the 2 benchmark"):
        load_claim(proj.claim(wide, "w.yaml"), "w.yaml", catalog, proj.root)
    assert len(asked) == 2 * len(catalog.all_benchmarks()) - 1  # asked afresh, the new one included


def test_a_claim_dated_after_today_is_refused(proj):
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    today = latest_today()  # the day is in the future only once it is nowhere yet
    tomorrow = today + timedelta(days=1)
    assert _problems(proj, BASE.replace("2025-02-01", tomorrow.isoformat()) + _OUT) == [
        f"claims/c.yaml:4: source.date: {tomorrow} is in the future (the latest date anywhere now is {today}): the day the claim was made"
    ]
    proj.claim(BASE.replace("2025-02-01", today.isoformat()) + _OUT)  # today is allowed
    assert proj.verify().problems == []


def test_a_day_already_begun_somewhere_is_not_in_the_future_whatever_the_machine_s_zone(proj):
    """A claim dated the day it had begun for its publisher (UTC+8) was refused on a machine in UTC for eight hours
    of each day, and valid on another: the same project passed or failed by the clock's zone."""
    import os
    import time
    from datetime import datetime, timedelta, timezone

    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    latest = (datetime.now(timezone.utc) + timedelta(hours=14)).date()  # Kiribati's date: UTC+14
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT+12"  # a machine twelve hours behind UTC: its own date is a day or two earlier
    time.tzset()
    try:
        proj.claim(BASE.replace("2025-02-01", latest.isoformat()) + _OUT)
        assert proj.verify().problems == []
        later = latest + timedelta(days=1)
        proj.claim(BASE.replace("2025-02-01", later.isoformat()) + _OUT)
        assert [str(p) for p in proj.verify().problems] == [
            f"claims/c.yaml:4: source.date: {later} is in the future (the latest date anywhere now is {latest}): the "
            "day the claim was made"
        ]
    finally:
        if before is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.mark.parametrize(
    "evidence,expected",
    [
        # no row states an empty setting: insufficient_evidence whatever the rows, "missing ... (under harness=)"
        ("{setting: {harness: ''}}",
         "claims/c.yaml:6: evidence.setting.harness: '' is empty: no row states it; give the setting, or leave it out"),
        ("{subject_setting: {effort: '  '}}",
         "claims/c.yaml:6: evidence.subject_setting.effort: '  ' is empty: no row states it; give the setting, or "
         "leave it out"),
        # the side's value replaced setting's for that side, while the reason said "(under shots=5)" for both
        ("{setting: {shots: 5}, subject_setting: {shots: 0}}",
         "claims/c.yaml:6: evidence: subject_setting.shots is 0 and setting.shots 5: a side's setting adds to "
         "setting; give shots in one of them"),
        ("{setting: {tools: false}, competitor_setting: {tools: true}}",
         "claims/c.yaml:6: evidence: competitor_setting.tools is true and setting.tools false: a side's setting adds "
         "to setting; give tools in one of them"),
    ],
)  # fmt: skip
def test_a_setting_no_row_could_meet_is_refused(proj, evidence, expected):
    assert _problems(proj, BASE + f"evidence: {evidence}\n" + _OUT) == [expected]


def test_claim_and_catalog_files_named_yaml_in_any_case_are_read(proj):
    """`second.YAML` in claims/ was never verified and `more.yml` in catalog/ never read: a claim left out of the run
    with exit 0, and a model named there 'unknown', with no word of either file."""
    (proj.root / "catalog" / "more.yml").write_text(
        "models:\n  - {id: zeta-9, name: Zeta-9, developer: alpha-lab, open_weights: true}\n"
    )
    text = (proj.root / "claims" / "alpha-beats-beta.yaml").read_text()
    proj.claim(text.replace("id: alpha-beats-beta", "id: second"), "second.YAML")
    run = proj.verify()
    assert [str(p) for p in run.problems] == []
    assert sorted(r.claim.id for r in run.results) == ["alpha-beats-beta", "second"]
    assert run.catalog.model("Zeta-9").id == "zeta-9"
