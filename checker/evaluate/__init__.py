"""Offline evaluation: the labelled dataset, the run over it, metrics, rubric comparison, reports."""
