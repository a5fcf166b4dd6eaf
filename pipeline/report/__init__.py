"""`roadmaps report`: the comparison of municipalities as one self-contained HTML page."""

from pipeline.report.build import build_report

__all__ = ["build_report"]
