"""Evaluation: score Warta's output against gold files and print figures."""
