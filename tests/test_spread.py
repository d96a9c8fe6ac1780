"""A score written with its spread: the score read, an SE only where the text says the spread is one."""

import pytest

from harness.evidence.adapters.spread import Spread, read_spread


@pytest.mark.parametrize(
    "text,expected",
    [
        # the kind of the spread unstated: the score, and the spread in the notes only
        ("0.14 [0.14, 0.15]", Spread(0.14, False, None, "written '0.14 [0.14, 0.15]': the bracket's kind is not "
                                     "stated (a confidence interval? a range?), not read as an SE")),
        ("71.2 ± 0.3", Spread(71.2, False, None, "written '71.2 ± 0.3': ± 0.3 of unstated kind (an SE, an SD?), not "
                              "read as an SE")),
        ("45.1 (44.0-46.2)", Spread(45.1, False, None, "written '45.1 (44.0-46.2)': the bracket's kind is not stated "
                                    "(a confidence interval? a range?), not read as an SE")),
        ("-31.67 +/- 22.54", Spread(-31.67, False, None, "written '-31.67 +/- 22.54': ± 22.54 of unstated kind (an "
                                    "SE, an SD?), not read as an SE")),
        ("71.2% ± 0.3%", Spread(71.2, True, None, "written '71.2% ± 0.3%': ± 0.3 of unstated kind (an SE, an SD?), "
                                "not read as an SE")),
        # stated: an SE is the SE; an SD is not; a CI of a stated level gives the SE a normal interval implies
        ("71.2 ± 0.3 (SE)", Spread(71.2, False, 0.3, "written '71.2 ± 0.3 (SE)': ± 0.3 read as its SE, as stated")),
        ("71.2 ± 0.3 SD", Spread(71.2, False, None, "written '71.2 ± 0.3 SD': ± 0.3 is a standard deviation, as "
                                 "stated (no SE)")),
        ("45.1 (95% CI 44.0-46.2)", Spread(45.1, False, (46.2 - 44.0) / (2 * 1.959963984540054), "written '45.1 (95% CI "
                                           "44.0-46.2)': its stated 95% CI read as an SE of 0.561")),
        ("45.1 (CI 44.0 to 46.2)", Spread(45.1, False, None, "written '45.1 (CI 44.0 to 46.2)': an interval of "
                                          "unstated level, not read as an SE")),
        # which number is the score, the layout does not say: refused with the reason, never guessed
        ("45.1 (46.0-47.2)", "value '45.1 (46.0-47.2)' is a number and a bracket that does not hold it (46 to 47.2): "
                             "which is the score cannot be told"),
        ("71.2 (0.3)", "value '71.2 (0.3)' has one number in brackets beside the score, which may be its SE, an SD or "
                       "a count: no score read (the source does not say which)"),
        # no score with a spread: the caller's own "not a number"
        ("71.2 / 70.1", None),
        ("xx.xx", None),
        (71.2, None),
    ],
)  # fmt: skip
def test_a_score_written_with_its_spread(text, expected):
    assert read_spread(text) == expected
