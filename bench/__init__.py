"""Benchmarks (not tests): ``python -m bench [--quick] [--json] [--only NAME,...]``."""
