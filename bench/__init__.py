"""Benchmarks for kzbrief: numbers to compare, never pass/fail timing tests.

``make bench`` runs :mod:`bench.run`, which writes ``bench/results.json`` and prints a table.
"""
