"""Evidence: what was measured. Adapters read published tables, imports and local runs into typed
score records (with snapshots of the raw files); the store indexes them by model, benchmark, metric
and setting. Takes the catalog; hands an `EvidenceStore` to judging.
"""
