"""briefx: grounded, machine-readable facts from news articles."""

from __future__ import annotations

__version__ = "0.1.0"
