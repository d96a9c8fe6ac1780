"""benchclaims: check claims about AI benchmark results against sourced evidence."""

__version__ = "0.1.0"
