"""Local re-runs: open-weight models evaluated here with lm-evaluation-harness. Runs the claims'
local tasks, keeps results by content (per-item results in Parquet) and checks published numbers
against the re-run intervals.
"""
