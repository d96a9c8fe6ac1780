"""A number its publisher changed in a later version of the same document (a model card at a later commit, a
paper's arXiv v2) replaces the earlier one: the claim is judged on the latest version its date admits, and the
note names what was replaced (Meta corrected Llama 2 13B Chat's GSM-8K in the Llama 3 card, 77.4 to 41.2)."""

from harness.judge.versions import document

OUTPERFORMS = "  - kind: outperforms\n    competitors: [Beta-2]\n"
CARD = "https://git.example/beta/card/blob/{}/README.md"


def test_a_document_is_its_address_without_its_version():
    assert document(CARD.format("b5f201e771dc9cb7603c4d068dbe28c0e9af76e4")) == CARD.format("*")
    assert document("https://arxiv.org/abs/2407.21783v3") == "https://arxiv.org/abs/2407.21783"
    # no version in it: the address itself (a page read twice is no two versions)
    assert document("https://b.example/leaderboard") == "https://b.example/leaderboard"
    # digits alone are a date or an id, not a commit: two articles of one publisher are two documents
    assert document("https://b.example/news/20240418/launch") == "https://b.example/news/20240418/launch"
    assert document("https://b.example/posts/1234567") == "https://b.example/posts/1234567"
    assert document(CARD.format("1234567a")) == CARD.format("*")


def test_a_later_version_of_the_same_document_replaces_its_number(proj):
    proj.scores(
        f"""
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Beta Corp,{CARD.format("b5f201e")},T,2025-01-01,
        Beta-2,BigBench,pass@1,,92,Beta Corp,{CARD.format("e14519c")},T,2025-01-20,
        """
    )
    c = proj.one_claim(OUTPERFORMS).assertions[0].comparisons[0]
    assert (c.outcome, c.conflict, c.competitor_value, len(c.competitor_rows)) == ("loss", False, 92.0, 1)
    assert c.notes[-1] == (
        "Beta-2: 85.0 per Beta Corp (2025-01-01) replaced by 92.0 in a later version of the same document "
        "(2025-01-20); the later is used"
    )


def test_two_documents_of_one_publisher_stay_two_sources(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Beta Corp,https://b.example/launch-post,T,2025-01-01,
        Beta-2,BigBench,pass@1,,92,Beta Corp,https://b.example/paper,T,2025-01-20,
        """
    )
    c = proj.one_claim(OUTPERFORMS).assertions[0].comparisons[0]
    assert (c.outcome, c.conflict) == ("conflict", True)


def test_a_quoted_score_is_read_against_the_latest_version(proj):
    proj.scores(
        f"""
        Beta-2,BigBench,pass@1,,85,Beta Corp,{CARD.format("b5f201e")},T,2025-01-01,
        Beta-2,BigBench,pass@1,,92,Beta Corp,{CARD.format("e14519c")},T,2025-01-20,
        """
    )
    result = proj.one_claim("  - kind: score\n    model: Beta-2\n    benchmark: BigBench\n    value: 92\n")
    [c] = result.assertions[0].comparisons
    assert (result.verdict, c.subject_value, len(c.subject_rows)) == ("supported", 92.0, 1)
    assert c.notes[0] == (
        "Beta-2: 85.0 per Beta Corp (2025-01-01) replaced by 92.0 in a later version of the same document "
        "(2025-01-20); the later is used"
    )


def test_a_later_version_after_the_claims_date_is_named_where_it_changed_the_number_used(proj):
    # DeepSeek-V2's README gave its HumanEval as 40.9 at launch and 48.8 the next day: a claim as of the launch day
    # was decided by the 40.9 (a loss) without a word that its publisher had changed it
    def judged(rows: str):
        proj.scores(rows)
        (proj.root / "claims" / "alpha-beats-beta.yaml").unlink(missing_ok=True)
        claim = proj.claim(
            'id: c1\nstatement: "s"\nsource: {publisher: P, url: "https://p.example", date: 2025-01-10}\n'
            "subject: Alpha-1\nevidence: {as_of: 2025-01-10}\nassertions:\n" + OUTPERFORMS,
            "c1.yaml",
        )
        [result] = proj.verify(claim).results
        return result.assertions[0].comparisons[0]

    c = judged(
        f"""
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Beta Corp,{CARD.format("b5f201e")},T,2025-01-01,
        Beta-2,BigBench,pass@1,,92,Beta Corp,{CARD.format("e14519c")},T,2025-01-20,
        """
    )
    assert (c.outcome, c.competitor_value) == ("win", 85.0)
    assert c.notes == [
        "Beta-2: 85.0 per Beta Corp (2025-01-01) was changed to 92.0 in a later version of the same document "
        "(2025-01-20), after the claim's as_of (2025-01-10); judged as of then"
    ]
    # look-alikes: a later version that kept the number, and a later row of another document, say nothing
    c = judged(
        f"""
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Beta Corp,{CARD.format("b5f201e")},T,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Beta Corp,{CARD.format("e14519c")},T,2025-01-20,
        Beta-2,BigBench,pass@1,,95,Beta Corp,https://b.example/paper,T,2025-01-20,
        """
    )
    assert (c.outcome, c.competitor_value, c.notes) == ("win", 85.0, [])


def _same_day(proj, first: float, second: float, board: float):
    """The one comparison of Alpha-1 (90) with Beta-2, whose card's two versions of one day say `first` and `second`
    and a board `board`."""
    proj.scores(
        f"""
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,{first},Beta Corp,{CARD.format("df832ebcc42e64db91ec1a4eadb90c296f3c7346")},T,2025-01-20,
        Beta-2,BigBench,pass@1,,{second},Beta Corp,{CARD.format("c9e411c700153d2d43b93a2b76a4d07dcb8976d1")},T,2025-01-20,
        Beta-2,BigBench,pass@1,,{board},Board,https://board.example,T,2025-01-20,
        """
    )
    return proj.one_claim(OUTPERFORMS).assertions[0].comparisons[0]


def test_two_versions_of_one_day_stay_two_values_and_say_they_are_versions(proj):
    # a README changed twice on its launch day (Hunyuan-A13B's, 2025-06-27): the dates cannot tell which replaced
    # which, so both stay and the outcome is open; the note read "sources disagree (Beta-2: 85.0 per Beta Corp,
    # 92.0 per Beta Corp)", a publisher at odds with itself, where a reader needs to know it is one document twice
    c = _same_day(proj, 85, 92, 88)
    assert (c.outcome, c.conflict) == ("conflict", True)
    assert c.notes[-1] == (
        "sources disagree (Beta-2: 88.0 per Board, 85.0 at df832eb and 92.0 at c9e411c per Beta Corp, versions of one "
        "document both dated 2025-01-20, which their dates cannot order); the choice changes the outcome"
    )
    # an arXiv paper's two versions of one day name their versions
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Beta Corp,https://arxiv.org/abs/2501.12345v1,T,2025-01-20,
        Beta-2,BigBench,pass@1,,92,Beta Corp,https://arxiv.org/abs/2501.12345v2,T,2025-01-20,
        """
    )
    c = proj.one_claim(OUTPERFORMS, "c2").assertions[0].comparisons[0]
    assert c.notes[-1] == (
        "sources disagree (Beta-2: 85.0 at v1 and 92.0 at v2 per Beta Corp, versions of one document both dated "
        "2025-01-20, which their dates cannot order); the choice changes the outcome"
    )


def test_two_versions_of_one_day_that_agree_are_one_value(proj):
    # the two versions print the same number and another source a third: it read "sources disagree (Beta-2: 85.0
    # per Beta Corp, 85.0 per Beta Corp, 92.0 per Board)", as if the publisher had said it twice in two documents
    c = _same_day(proj, 85, 85, 92)
    assert (c.outcome, c.conflict) == ("conflict", True)
    assert c.notes[-1] == (
        "sources disagree (Beta-2: 85.0 per Beta Corp (df832eb and c9e411c, versions of one document that agree), "
        "92.0 per Board); the choice changes the outcome"
    )
