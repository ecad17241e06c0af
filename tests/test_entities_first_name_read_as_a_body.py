"""A first name and a surname the model took for an organisation or a place is a person
(capability table of invented sentences).

"goals from Tomas Reyes" gave a place, "A header by Lukas Brandt" an organisation: the
small model reads many a name it has not seen as a body or a building. Two capitalised
words, the first a first name (``known_places.first_names``), neither a common word, a
company's word or a title, and neither the pair nor either word a known place or
organisation, are a person whatever the model's label, as they are when it gives none
(``briefx.entities.firstnames``). A known firm ("Morgan Stanley"), a longer name and a
first name that is also a known place ("Chelsea Harbour") stay as they were.
"""

from __future__ import annotations

import pytest

import briefx

# (sentence, the person's name)
PEOPLE = [
    ("Harbour City won after goals from Tomas Reyes and Kwame Asante.", "Tomas Reyes"),
    ("A header by Lukas Brandt gave Ridgeway the lead.", "Lukas Brandt"),
    ("The second goal came from Sergio Vidal just before half-time.", "Sergio Vidal"),
    ("Shares were bought by Nadia Karim, the firm's founder.", "Nadia Karim"),
    ("Police named the driver as Marek Kowal, 34.", "Marek Kowal"),
    ("A late try from Liam Doherty sealed the win for Leinster.", "Liam Doherty"),
    ("The equaliser came from Mateo Ferrer in the 80th minute.", "Mateo Ferrer"),
    ("The award went to Ingrid Solheim for her work on the vaccine.", "Ingrid Solheim"),
    ("The report was written by Priya Raman and Felix Ortmann.", "Priya Raman"),
    ("The race was won by Pablo Serrano ahead of Jan Novak.", "Pablo Serrano"),
    ("A penalty from Bruno Mattos levelled the tie.", "Bruno Mattos"),
    ("The winner was scored by Dmitri Volkov late on.", "Dmitri Volkov"),
    ("The bid was led by Fatima Osei and her brother.", "Fatima Osei"),
    ("The photo was taken by Henrik Dahl on Friday.", "Henrik Dahl"),
    ("The strike was called off after talks with Rosa Delgado.", "Rosa Delgado"),
    ("Two goals from Yusuf Demir put the visitors ahead.", "Yusuf Demir"),
]

# (sentence, a name that is no person)
NOT_PEOPLE = [
    ("Morgan Stanley advised the buyer on the deal.", "Morgan Stanley"),
    ("The flats overlook Chelsea Harbour in London.", "Chelsea Harbour"),
]


def _types(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2025-11-18")
    return {m.text: e.type for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_first_name_and_a_surname_is_a_person(text: str, name: str) -> None:
    assert _types(text).get(name) == "PERSON"


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_a_known_body_or_place_is_no_person(text: str, name: str) -> None:
    assert _types(text).get(name) not in {None, "PERSON"}
