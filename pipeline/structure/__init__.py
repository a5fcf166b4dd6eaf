"""The structure step: a parsed Document becomes order metadata and plans of raw measures."""

from pipeline.structure.build import build_structure

__all__ = ["build_structure"]
