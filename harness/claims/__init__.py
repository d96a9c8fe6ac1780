"""Claims: what is said. Reads claim files (typed specs) and the catalog of models, benchmarks and
organisations; scaffolds new claims. Hands validated `Claim`s and a `Catalog` to every later stage.
"""
