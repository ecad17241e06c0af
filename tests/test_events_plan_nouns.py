"""What a plan, a bid or an offer is to do is to come: in "The government unveiled plans on
Friday to build 300,000 homes" the building is planned and in the future (modality;
issue 25, ``when``).

An infinitive that completes a noun of intention ("plans to build", "a bid to buy", "an
offer to end") took no cue from the noun: it was told as done ("actual", past). The noun
now lends its modality as the verb it names would: through its verb ("proposal":
propose, "decision": decide, "threat": threaten; ``control`` in
``models/events/words.json``, the nouns' verbs from ``nominals.json``), or by itself
(``noun_control``: "bid", "deal", "scheme", "attempt"; "refusal" makes it negative). A
noun a verb of fulfilment carried out ("kept their promise to free the hostages",
``fulfilment_verbs``) and "in order to" lend nothing.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change all 16 were actual and told as past; the 5 controls passed
(actual and past) and the refusal was positive.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the infinitive's verb, its modality)
TO_DO = [
    ("The government unveiled plans on Friday to build 300,000 homes by 2030.", "build", "planned"),
    ("The firm announced a plan to cut 500 jobs.", "cut", "planned"),
    ("The council approved a proposal to close two libraries.", "close", "possible"),
    ("The club made an offer to sign the striker.", "sign", "possible"),
    ("The city unveiled a scheme to plant 10,000 trees.", "plant", "planned"),
    ("Ministers reached a deal to cut tariffs.", "cut", "planned"),
    ("The board backed a decision to sell the unit.", "sell", "planned"),
    ("The rebels made a threat to blow up the bridge.", "blow", "possible"),
    ("Union leaders signed an agreement to end the dispute.", "end", "planned"),
    ("The party launched a campaign to ban the tax.", "ban", "possible"),
    ("The mayor made a pledge to build a new hospital.", "build", "planned"),
    ("The regulator blocked an attempt to buy the insurer.", "buy", "possible"),
    ("Lawmakers passed a bill to raise the minimum wage.", "raise", "planned"),
    ("The airline announced a programme to replace its fleet.", "replace", "planned"),
    ("The police issued an order to evacuate the valley.", "evacuate", "planned"),
    ("Investors backed a move to oust the chairman.", "oust", "planned"),
]

# (sentence, the infinitive's verb): a noun of no intention lends nothing.
OTHER_NOUNS = [
    ("She became the first woman to win the race.", "win"),
    ("It was the last ship to leave the port.", "leave"),
    ("The firm cut prices in order to win back customers.", "win"),
    # what a verb of fulfilment says was carried out (``fulfilment_verbs``)
    ("The kidnappers kept their promise to free the hostages.", "free"),
    ("The council met its target to plant 5,000 trees.", "plant"),
]


@pytest.mark.parametrize(("text", "verb", "modality"), TO_DO)
def test_what_a_plan_is_to_do_is_to_come(text: str, verb: str, modality: str) -> None:
    frame = frames_of(text, PUBLISHED)[verb]
    assert (frame.modality, frame.when) == (modality, "future")


@pytest.mark.parametrize(("text", "verb"), OTHER_NOUNS)
def test_a_noun_of_no_intention_lends_nothing(text: str, verb: str) -> None:
    frame = frames_of(text, PUBLISHED)[verb]
    assert (frame.modality, frame.when) == ("actual", "past")


def test_what_a_refusal_is_to_do_is_negative() -> None:
    frame = frames_of("The union announced its refusal to sign the deal.", PUBLISHED)["sign"]
    assert frame.polarity == "negative"
