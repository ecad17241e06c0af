"""An amount is no party to an event, and a period no thing acted on (event frames): "sees
fourth-quarter revenue between $2.1 billion and $2.3 billion" (an invented chipmaker
report) gave the revenue the doer "$2.1 billion and $2.3 billion", as "talks between the
union and the owners" gives its parties (``joint_preps``), and the patient
"fourth-quarter", as "a bank merger" gives what merged. The object of "between" that is a
sum, a share, a count or a date names no party; a modifier that is a date or a period
("third-quarter", "full-year") names none either. Capability table of invented
sentences."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, the event noun)
TABLE = [
    (
        "The company now sees fourth-quarter revenue between $2.1 billion and $2.3 billion.",
        "revenue",
    ),
    ("The firm forecast third-quarter sales between $900 million and $950 million.", "sales"),
    ("Analysts expect first-half growth between 2% and 3%.", "growth"),
    ("The lender sees second-quarter profit between $1.2 billion and $1.4 billion.", "profit"),
    ("The airline expects third-quarter losses between $100 million and $150 million.", "losses"),
    ("The miner sees fourth-quarter production between 80,000 and 90,000 ounces.", "production"),
    ("The chain plans full-year investment between $600 million and $700 million.", "investment"),
    (
        "The carmaker forecast second-half deliveries between 400,000 and 450,000 vehicles.",
        "deliveries",
    ),
    ("The utility sees full-year earnings between $3 and $3.20 a share.", "earnings"),
    (
        "The chipmaker expects fourth-quarter shipments between 10 million and 12 million units.",
        "shipments",
    ),
    (
        "The exporter sees third-quarter shipments between 1 million and 1.2 million tons.",
        "shipments",
    ),
    ("The developer sees full-year sales between 3,000 and 3,500 homes.", "sales"),
    ("The operator expects second-half revenue between $700 million and $750 million.", "revenue"),
    ("The hotel group expects third-quarter bookings between 60% and 65% of rooms.", "bookings"),
    ("The studio expects full-year releases between 12 and 15 films.", "releases"),
]


@pytest.mark.parametrize(("text", "noun"), TABLE)
def test_an_amount_is_no_party_and_a_period_nothing_acted_on(text: str, noun: str) -> None:
    frame = frame_of(text, noun)
    assert frame.agent is None
    assert frame.patient is None


# Parties and things acted on stay: "talks between the union and the owners", "the
# runway repairs".
KEPT = [
    (
        "Talks between the union and the owners resumed on Monday.",
        "Talks",
        "the union and the owners",
        None,
    ),
    ("Crews finished the runway repairs on Friday.", "repairs", None, "runway"),
]


@pytest.mark.parametrize(("text", "noun", "agent", "patient"), KEPT)
def test_parties_and_objects_stay(
    text: str, noun: str, agent: str | None, patient: str | None
) -> None:
    frame = frame_of(text, noun)
    assert (frame.agent.text if frame.agent else None) == agent
    assert (frame.patient.text if frame.patient else None) == patient
