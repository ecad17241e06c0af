"""Shared fixtures: one briefx pipeline per test session, the seed articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PUBLISHED = "2025-11-18"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from briefx import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def model_name(nlp: Language) -> str:
    """The package name of the spaCy model briefx loaded (to load a plain copy of it)."""
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}


@pytest.fixture(scope="session")
def seed_docs(nlp: Language, seed_texts: dict[str, str]) -> dict:
    from briefx import extract

    return {
        stem: extract(text, published=PUBLISHED, doc_id=stem, source=f"seeds/{stem}.txt")
        for stem, text in seed_texts.items()
    }


def load_golden(name: str) -> dict:
    return json.loads((ROOT / "tests" / "golden" / name).read_text(encoding="utf-8"))
