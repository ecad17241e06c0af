"""A flight number is the name of a thing: no organisation, place or date (issue 25,
names that hold numbers).

"The Nordair jet, flight NA 417 from Halden, came to rest in a field" (an invented
report) gave an organisation "NA"; "Flight TK 1951 crashed" a year 1951. After a word
of ``flight_words`` (models/entities/products.json), an airline's two-character code and
a number of one to four digits ("NA 417", or one token: "LH400") are one name of a thing
(PRODUCT: no entity in the output, its number no date and no count), as "Airbus A380"
is. Capability table of invented sentences, published 2025-11-18.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the flight's code as written)
FLIGHTS = [
    ("The Nordair jet, flight NA 417 from Halden, came to rest in a field.", "NA 417"),
    ("Flight BA 2490 was diverted to Orvik on Monday.", "BA 2490"),
    ("Passengers on flight LH400 were delayed for six hours.", "LH400"),
    ("The Airbus, operating flight AF 447, vanished over the sea.", "AF 447"),
    ("Flight QX 88 landed safely in Brask.", "QX 88"),
    ("The crew of flight NZ 5 reported smoke in the cabin.", "NZ 5"),
    ("Flight SK 1460 returned to Orvik after a bird hit an engine.", "SK 1460"),
    ("Nordair flight NA 12 was cancelled.", "NA 12"),
    ("Flight TK 1951 crashed near the airport in 2009.", "TK 1951"),
    ("Investigators said flight KL 605 had lost power.", "KL 605"),
    ("The pilot of flight DY 1103 declared an emergency.", "DY 1103"),
    ("Flight FR 4978 was forced to land in Vell.", "FR 4978"),
    ("A woman on flight IB 3166 fell ill.", "IB 3166"),
    ("Flight U2 812 to Halden was delayed by fog.", "U2 812"),
    ("Flights 9W 221 and 9W 223 were grounded.", "9W 221"),
    ("The airline said flight EK521 would leave at noon.", "EK521"),
]


@pytest.mark.parametrize(("text", "code"), FLIGHTS)
def test_a_flight_number_is_no_name_date_or_count(text: str, code: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    start, end = text.index(code), text.index(code) + len(code)
    inside = [e.name for e in doc.entities for m in e.mentions if m.start < end and start < m.end]
    inside += [d.text for d in doc.dates if d.start < end and start < d.end]
    inside += [q.text for q in doc.quantities if q.start < end and start < q.end]
    assert inside == [], inside


def test_a_year_after_flight_words_without_a_code_stays_a_year() -> None:
    doc = briefx.extract("Flights resumed in 2024 after the strike.", published="2025-11-18")
    assert [d.value for d in doc.dates] == ["2024"]
