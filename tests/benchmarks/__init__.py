"""Benchmarks of the map pages and the deployment, each run as `python -m tests.benchmarks.<name>` from the repository root."""
