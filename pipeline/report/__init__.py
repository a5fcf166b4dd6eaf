"""`roadmaps report`: the comparison of municipalities as one self-contained HTML page."""

from pipeline.report.site import build_report

__all__ = ["build_report"]
