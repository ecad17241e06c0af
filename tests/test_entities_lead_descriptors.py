"""A business noun opening a wire lead names the company after it (issue 25, kinds of
names).

"SAN JOSE, Calif., Dec. 2 (Wirenews) - Chipmaker Veltrix on Tuesday unveiled its chip"
gave no entity for Veltrix at all, and "DETROIT ... - Carmaker Valdheim said" made
"Carmaker Valdheim" a person: after a dateline's dash the model misses or misreads the
company, and the rule for a business noun before a name ("carmaker Valdheim") read only
a noun in lower case, the one for "Chipmaker Nexora" opening a sentence only a sentence
start. The lead after a dateline's dash opens like a sentence
(briefx.entities.orgs._opens_a_lead): a capitalised noun of a doer of business there
names the business after it, and is cut off the name the model read.

Capability table of invented leads; before the rule all 14 datelined leads had no
company or the wrong one (once the noun inside the name: "Chipmaker Hanjin Micro"); the
2 leads with no dateline passed. "Airline" and "Brewer" are left: a noun a name can
start with ("Airline"), or none WordNet gives a business (see models/entities/README.md).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-02"

# (lead, the company)
LEADS = [
    (
        "SAN JOSE, Calif., Dec. 2 (Wirenews) - Chipmaker Veltrix on Tuesday unveiled its "
        "Orion X2 processor.",
        "Veltrix",
    ),
    (
        "DETROIT, Dec. 2 (Wirenews) - Carmaker Valdheim said on Tuesday it would cut 3,000 jobs.",
        "Valdheim",
    ),
    (
        "LONDON, Dec. 2 (Wirenews) - Lender Harbury Finance reported a loss on Tuesday.",
        "Harbury Finance",
    ),
    ("OSLO, Dec. 2 (Wirenews) - Shipbuilder Kvarnes won a $2 billion order on Tuesday.", "Kvarnes"),
    ("MUMBAI, Dec. 2 (Wirenews) - Drugmaker Selvara recalled 40,000 bottles of syrup.", "Selvara"),
    (
        "PARIS, Dec. 2 (Wirenews) - Retailer Maison Dorel will close 30 stores next year.",
        "Maison Dorel",
    ),
    (
        "SYDNEY, Dec. 2 (Wirenews) - Miner Tallow Ridge cut its output forecast on Tuesday.",
        "Tallow Ridge",
    ),
    ("TOKYO, Dec. 2 (Wirenews) - Automaker Kaneda recalled 200,000 cars on Tuesday.", "Kaneda"),
    ("BERLIN, Dec. 2 (Wirenews) - Insurer Vellmark raised its dividend on Tuesday.", "Vellmark"),
    (
        "SEOUL, Dec. 2 (Wirenews) - Chipmaker Hanjin Micro posted record profit on Tuesday.",
        "Hanjin Micro",
    ),
    ("ZURICH, Dec. 2 (Wirenews) - Drugmaker Alvenza won approval for a new drug.", "Alvenza"),
    ("DUBLIN, Dec. 2 (Wirenews) - Broadcaster Telvana named a new chief on Tuesday.", "Telvana"),
    ("LIMA (Wirenews) - Chipmaker Qorvane opened a plant on Monday.", "Qorvane"),
    ("KESSA, Zambara (Wirenews) - Miner Dunrock Metals halted output on Monday.", "Dunrock Metals"),
    # No dateline: the sentence start opens the lead.
    ("Carmaker Valdheim cut 300 jobs on Monday.", "Valdheim"),
    ("Retailer Brisko closed 12 stores.", "Brisko"),
]


@pytest.mark.parametrize(("lead", "company"), LEADS)
def test_a_descriptor_opening_the_lead_names_the_company(lead, company):
    doc = briefx.extract(lead, published=PUBLISHED)
    firms = [e for e in doc.entities if e.type == "ORG" and e.name != "Wirenews"]
    assert [e.name for e in firms] == [company]
    (mention,) = firms[0].mentions
    assert lead[mention.start : mention.end] == company
