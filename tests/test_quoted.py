"""A quoted score against the evidence: one table's several settings are read one by one, never as sources
disagreeing; sources that may measure the same setting and disagree leave the quote unknown."""

_SCORE = "  - kind: score\n    benchmark: BigBench\n    value: {value}\n"


def test_one_tables_two_settings_are_read_one_by_one(proj):
    # Kimi K2's table scores GPT-4.1 on SWE-bench Verified "Agentless" 40.8 and "agentic" 54.6; "GPT-4.1 scores
    # 54.6%" was insufficient evidence, its note "sources disagree: 40.8 per Moonshot AI, 54.6 per Moonshot AI"
    proj.scores(
        """
        Alpha-1,BigBench,acc,Agentless; single patch,40.8,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,acc,agentic; single attempt,54.6,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    r = proj.one_claim(_SCORE.format(value=54.6))
    [a] = r.assertions
    [c] = a.comparisons
    assert (r.verdict, c.outcome, c.subject_value) == ("supported", "match", 54.6)
    assert r.reason == (
        'BigBench: quoted 54.6, evidence 40.8 in "Agentless; single patch", 54.6 in "agentic; single attempt"'
    )
    assert a.rule == (
        "Supported if every source's BigBench score for Alpha-1 equals 54.6 (±0.05) in at least one of the "
        "settings the evidence scores it in."
    )
    assert c.notes == [
        'scored in several settings: "Agentless; single patch" (40.8 per Alpha Lab), '
        '"agentic; single attempt" (54.6 per Alpha Lab)'
    ]
    assert a.caveats == [
        'The quote holds in the setting "agentic; single attempt" (54.6 per Alpha Lab), not in '
        '"Agentless; single patch" (40.8 per Alpha Lab): a reader should know which setting it is.'
    ]


def test_a_quote_no_setting_holds_is_refuted(proj):
    proj.scores(
        """
        Alpha-1,BigBench,acc,Agentless; single patch,40.8,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,acc,agentic; single attempt,54.6,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    r = proj.one_claim(_SCORE.format(value=60.0))
    [c] = r.assertions[0].comparisons
    assert (r.verdict, c.outcome) == ("refuted", "differs")
    # each row states its setting and the claim names none: a third setting could give 60
    assert r.assertions[0].caveats == [
        'Refuted against rows that each state a setting the claim does not name: "Agentless; single patch" (40.8 '
        'per Alpha Lab), "agentic; single attempt" (54.6 per Alpha Lab). If the quote is of another setting (tools, '
        "thinking, effort, shots), these rows do not refute it: name its setting in the claim (evidence.setting) or "
        "add a row in that setting."
    ]


def test_two_sources_that_may_measure_the_same_setting_still_disagree(proj):
    # another source's row states no setting: it could be either of the table's, so its 40.8 against the
    # table's 54.6 is two sources disagreeing, and the quote is left unknown
    proj.scores(
        """
        Alpha-1,BigBench,acc,agentic; single attempt,54.6,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,acc,,40.8,Eval Watchdog,https://w.example,T,2025-01-01,
        """
    )
    r = proj.one_claim(_SCORE.format(value=54.6))
    [c] = r.assertions[0].comparisons
    assert (r.verdict, c.outcome) == ("insufficient_evidence", "conflict")
    assert c.notes == ["sources disagree: 54.6 per Alpha Lab, 40.8 per Eval Watchdog"]
    assert r.reason == "BigBench: quoted 54.6, evidence 54.6, 40.8"


def test_a_quote_refuted_only_by_rows_of_a_stated_setting_says_the_quote_may_be_of_another(proj):
    # "GPT-5 ... 41.7%" on HLE (Kimi K2 Thinking's "w/ tools" column) against xAI's 24.8 "no tools" was refuted
    # with no word that the only row states a setting the claim does not
    proj.scores("Alpha-1,BigBench,acc,no tools,24.8,Watchdog,https://w.example,T,2025-01-01,")
    r = proj.one_claim(_SCORE.format(value=41.7))
    assert (r.verdict, r.reason) == ("refuted", 'BigBench: quoted 41.7, evidence 24.8 in "no tools"')
    assert r.assertions[0].caveats == [
        'Refuted against rows that each state a setting the claim does not name: "no tools" (24.8 per Watchdog). If '
        "the quote is of another setting (tools, thinking, effort, shots), these rows do not refute it: name its "
        "setting in the claim (evidence.setting) or add a row in that setting."
    ]
    # look-alikes: a row that states no setting, and a claim that names the setting, refute it without the caveat
    proj.scores("Alpha-1,BigBench,acc,,24.8,Watchdog,https://w.example,T,2025-01-01,")
    r = proj.one_claim(_SCORE.format(value=41.7))
    assert (r.verdict, r.reason, r.assertions[0].caveats) == ("refuted", "BigBench: quoted 41.7, evidence 24.8", [])
    proj.scores("Alpha-1,BigBench,acc,no tools,24.8,Watchdog,https://w.example,T,2025-01-01,")
    named = _SCORE.format(value=41.7) + "    evidence: {setting: {tools: false}}\n"
    r = proj.one_claim(named)
    assert (r.verdict, r.assertions[0].caveats) == ("refuted", [])
