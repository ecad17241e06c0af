"""The word lists of ``models/entities/rules.json`` that the context rules read, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefx.entities.gazetteer import titles
from briefx.resources import load_json

# Regular inflections of a sport verb's lemma ("beat" -> "beats", "crush" -> "crushed").
_SUFFIXES = ("", "s", "es", "ed", "d", "ing")


# Letters of a club word that names its club alone, at least ("Rovers" of "Vell Rovers";
# not "FC"): read by the entities' and the names' rules alike.
CLUB_WORD_LETTERS = 4


@dataclass(frozen=True)
class EntityRules:
    """Word lists for the context rules (all lower case)."""

    sport_verbs: frozenset[str]  # every form: lemmas, regular and irregular inflections
    dateline_months: frozenset[str]  # a month after a line's capitals: a dateline
    dateline_weekdays: frozenset[str]  # "SUNDAY, MAY 4": a line of a date, no dateline
    body_heads: frozenset[str]  # "the Green [Alliance]": a political body's last word
    town_preps: frozenset[str]  # before a known place the model read as a person
    travel_verbs: frozenset[str]  # exact forms: "visited Parma", "troops entered Kherson"
    settlement_nouns: frozenset[str]  # "the town of [Ashwood]": the name is a place
    named_again_preps: frozenset[str]  # "residents of [Keswick]", the dateline's place
    compound_heads: tuple[str, ...]  # "maker" of "Chipmaker": a common noun, no name
    feature_nouns: frozenset[str]  # "the [Selka] river": the name is a place
    firm_roles: frozenset[str]  # exact forms: "analysts (at Jefferies)"
    firm_preps: frozenset[str]  # "analysts at / with / from" a firm
    operator_verbs: frozenset[str]  # "operated (by Codelco)", "owned (by Vantor)"
    stock_nouns: frozenset[str]  # "shares (of Qorvix)", "(Qorvix) shares"
    stock_preps: frozenset[str]  # "shares of / in" a company
    not_place_verbs: frozenset[str]  # "invested in (Qorvix)": no place after their "in"
    fixture_verbs: frozenset[str]  # exact plural forms: "Arsenal host Liverpool"
    sport_nouns: frozenset[str]
    sport_preps: frozenset[str]
    place_preps: frozenset[str]  # before a city that is the place, not its team
    fixture_links: frozenset[str]  # "Leeds v Everton"
    team_roles: frozenset[str]
    person_roles: frozenset[str]  # also the titles of ``titles.json`` but their modifiers
    not_names: frozenset[str]
    national_sides: frozenset[str]  # places that field a national side, beyond countries
    scorecard_links: frozenset[str]
    scorecard_tails: tuple[tuple[str, ...], ...]
    org_words: frozenset[str]
    club_words: frozenset[str]  # as written: "United" of "Halden United"
    city_club_words: frozenset[str]  # as written: "City" of "Kessel City", in a sport report
    storm_words: tuple[tuple[str, ...], ...]  # "hurricane", "tropical storm": longest first
    disaster_heads: frozenset[str]  # "fire" of "the Larkspur Fire": a named event
    byline_openers: frozenset[str]  # "By" of "By Anja Holt"
    byline_joiners: frozenset[str]  # "and" of "By Ade Okafor and Tessa Marr"
    byline_ends: frozenset[str]  # "," or "in" after the names: a role, an outlet, a place
    legal_suffixes: frozenset[str]  # from org_names.json, without full stops
    commodity_heads: frozenset[str]  # from org_names.json: "prices" of "Crude Oil prices"
    trade_words: frozenset[str]  # from org_names.json: "Systems" of "Corvane Systems"
    trade_surnames: frozenset[str]  # of those, surnames too: "Power" of "Samantha Power"
    name_particles: frozenset[str]  # "de" of "Pieter de Vries": lower case in a name
    demonyms: frozenset[str]  # from demonyms.json (WordNet): "kenyan", "norwegian"
    place_body_nouns: frozenset[str] = frozenset()  # "Corby police": Corby is a place
    place_body_kinds: frozenset[str] = frozenset()  # "the Harwell city council"
    in_place_nouns: frozenset[str] = frozenset()  # "police in Harwell"
    place_suffix_words: frozenset[str] = frozenset()  # "the Oslava-based company"
    place_possessed_nouns: frozenset[str] = frozenset()  # "Kessa's central bank"
    place_part_words: frozenset[str] = frozenset()  # "in northern Velmar"
    route_words: frozenset[str] = frozenset()  # "travelling from Mora to Venn"
    ensemble_heads: frozenset[str] = frozenset()  # "the Halden [Philharmonic]"
    feature_heads: frozenset[str] = frozenset()  # as written: "River" of "the Varna River"
    feature_openers: frozenset[str] = frozenset()  # as written: "Lake" of "Lake Orvel"
    bearing_phrases: frozenset[str] = frozenset()  # "north of (Dravin)", "near (Tarvik)"
    bearing_phrase_words: int = 0  # the most words of a bearing phrase
    opponent_phrases: frozenset[str] = frozenset()  # "fell 3-2 at home to (Castleford)"
    opponent_phrase_words: int = 0  # the most words of an opponent phrase


@cache
def load_rules() -> EntityRules:
    """Load ``models/entities/rules.json`` (cached).

    Returns:
        The word lists, e.g. ``"crushed" in load_rules().sport_verbs``.
    """
    data = load_json("entities/rules.json")
    verbs = {lemma + suffix for lemma in data["sport_verbs"] for suffix in _SUFFIXES}
    verbs.update(data["sport_verb_forms"])
    return EntityRules(
        sport_verbs=frozenset(verbs),
        dateline_months=frozenset(data["dateline_months"]),
        dateline_weekdays=frozenset(data["dateline_weekdays"]),
        body_heads=frozenset(data["body_heads"]),
        ensemble_heads=frozenset(load_json("entities/ensemble_heads.json")["heads"]),
        town_preps=frozenset(data["town_preps"]),
        travel_verbs=frozenset(data["travel_verbs"]),
        settlement_nouns=frozenset(data["settlement_nouns"]),
        named_again_preps=frozenset(data["named_again_preps"]),
        compound_heads=tuple(data["compound_heads"]),
        feature_nouns=frozenset(data["feature_nouns"]),
        firm_roles=frozenset(data["firm_roles"]),
        firm_preps=frozenset(data["firm_preps"]),
        operator_verbs=frozenset(data["operator_verbs"]),
        stock_nouns=frozenset(data["stock_nouns"]),
        stock_preps=frozenset(data["stock_preps"]),
        not_place_verbs=frozenset(data["not_place_verbs"]),
        fixture_verbs=frozenset(data["fixture_verbs"]),
        sport_nouns=frozenset(data["sport_nouns"]),
        sport_preps=frozenset(data["sport_preps"]),
        place_preps=frozenset(data["place_preps"]),
        fixture_links=frozenset(data["fixture_links"]),
        team_roles=frozenset(data["team_roles"]),
        # Words that only qualify a title ("former", "acting") are no sign of a person.
        person_roles=frozenset(data["person_roles"])
        | (titles() - frozenset(data["title_modifiers"])),
        not_names=frozenset(data["not_names"]),
        national_sides=frozenset(data["national_sides"]),
        scorecard_links=frozenset(data["scorecard_links"]),
        scorecard_tails=tuple(tuple(t.split()) for t in data["scorecard_tails"]),
        org_words=frozenset(data["org_words"]),
        club_words=frozenset(data["club_words"]),
        city_club_words=frozenset(data["city_club_words"]),
        storm_words=tuple(sorted((tuple(w.split()) for w in data["storm_words"]), key=len)[::-1]),
        disaster_heads=frozenset(data["disaster_heads"]),
        byline_openers=frozenset(data["byline_openers"]),
        byline_joiners=frozenset(data["byline_joiners"]),
        byline_ends=frozenset(data["byline_ends"]),
        legal_suffixes=frozenset(load_json("entities/org_names.json")["legal_suffixes"]),
        trade_words=frozenset(load_json("entities/org_names.json")["trade_words"]),
        trade_surnames=frozenset(data["trade_surnames"]),
        commodity_heads=frozenset(load_json("entities/org_names.json")["commodity_heads"]),
        name_particles=frozenset(data["name_particles"]),
        demonyms=frozenset(load_json("entities/demonyms.json")["words"]),
        place_body_nouns=frozenset(data["place_body_nouns"]),
        place_body_kinds=frozenset(data["place_body_kinds"]),
        in_place_nouns=frozenset(data["in_place_nouns"]),
        place_suffix_words=frozenset(data["place_suffix_words"]),
        place_possessed_nouns=frozenset(data["place_possessed_nouns"]),
        place_part_words=frozenset(data["place_part_words"]),
        route_words=frozenset(data["route_words"]),
        feature_heads=_feature_heads(data["feature_nouns"]),
        feature_openers=frozenset(load_json("entities/feature_names.json")["openers"]),
        bearing_phrases=frozenset(data["bearing_phrases"]),
        bearing_phrase_words=max(len(p.split()) for p in data["bearing_phrases"]),
        opponent_phrases=frozenset(data["opponent_phrases"]),
        opponent_phrase_words=max(len(p.split()) for p in data["opponent_phrases"]),
    )


def _feature_heads(feature_nouns: list[str]) -> frozenset[str]:
    """The words that end a feature's name ("River" of "the Varna River"): WordNet's
    (``feature_names.json``) and the lower-case ``feature_nouns`` capitalised ("Delta"),
    but ``not_heads`` ("Channel": a television channel)."""
    data = load_json("entities/feature_names.json")
    heads = {*data["heads"], *(noun.capitalize() for noun in feature_nouns)}
    return frozenset(heads - set(data["not_heads"]))
