"""Benchmark sections for scripts/bench.py."""
