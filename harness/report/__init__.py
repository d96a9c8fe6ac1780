"""Reports: JSON for machines, markdown, HTML and charts for people, drift against a baseline.
Takes `ClaimResult`s; reads verdicts, never recomputes them.
"""
