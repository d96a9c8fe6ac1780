"""Judging: claims against evidence. Pairs rows, tests each difference with its uncertainty, ranks
cohorts and combines units into verdicts. Takes claims, the catalog and the evidence store; hands
plain-dataclass `ClaimResult`s to the reports.
"""
