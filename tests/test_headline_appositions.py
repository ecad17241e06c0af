"""A sentence cut for a headline keeps its verb past a name or an age set between commas.

The brief headed two reports of a resignation "Norland's prime minister, Edda Marsk":
the sentence "Norland's prime minister, Edda Marsk, resigned on Thursday, two days
after ..." was cut at its first comma, which opens the name set beside the subject, not
the end of a clause. A comma followed by a short name or number and another comma (",
Edda Marsk,", ", 58,") opens an aside: the cut goes on to the next clause end.
Capability table of invented sentences, through ``sentence_headline``; 11 of the 15
failed before (an aside after an object is still cut: ``test_headline_cuts.py``).
"""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import sentence_headline

# (sentence, words the line holds)
APPOSED = [
    (
        "Norland's prime minister, Edda Marsk, resigned on Thursday, two days after the"
        " Greens pulled out of her three-party coalition over a plan for a second runway.",
        "Edda Marsk, resigned on Thursday",
    ),
    (
        "The club's new coach, Anna Lind, was sacked on Monday, a day after a sixth straight"
        " defeat left the team bottom of the league.",
        "was sacked on Monday",
    ),
    (
        "Marsk, 58, told parliament she would stay on as caretaker, until a new government"
        " is formed some time next month.",
        "Marsk, 58, told parliament",
    ),
    (
        "The mine's owner, Corvane Mining, shut the pit on Friday, after inspectors found"
        " cracks in two of its main shafts and a flooded gallery.",
        "shut the pit on Friday",
    ),
    (
        "Her deputy, Tomas Varga, will lead the party into the election, which is due no"
        " later than the end of next September, officials in Vell said.",
        "will lead the party into the election",
    ),
    (
        "The town's mayor, Ida Solvik, ordered the evacuation of 300 homes, as the river"
        " rose above its banks for the second time in a week.",
        "ordered the evacuation of 300 homes",
    ),
    (
        "The ferry's captain, Lars Eide, 61, steered the ship back to port, after a fire"
        " started in the engine room shortly before midnight.",
        "steered the ship back to port",
    ),
    (
        "The bank's chairman, Karl Brenn, stepped down on Tuesday, days after regulators"
        " fined the lender for failing to check the source of deposits.",
        "stepped down on Tuesday",
    ),
    (
        "The singer, 34, cancelled her tour on Monday, citing exhaustion after a year of"
        " back-to-back shows across Europe and Asia.",
        "cancelled her tour on Monday",
    ),
    (
        "Vell's top scorer, Mira Castell, signed a new contract on Friday, ending weeks of"
        " talk that she would leave for a bigger club in the summer.",
        "signed a new contract on Friday",
    ),
    (
        "The airline's founder, Osric Dele, sold his stake on Wednesday, a month after the"
        " carrier reported its first annual loss in a decade.",
        "sold his stake on Wednesday",
    ),
    (
        "The country's central bank, the Norland Reserve, raised rates on Thursday, for the"
        " third time this year, to cool prices that rose faster than expected.",
        "raised rates on Thursday",
    ),
    (
        "Police chief Anja Holt, 49, resigned on Sunday, after a report found her officers"
        " had ignored dozens of warnings about the gang.",
        "resigned on Sunday",
    ),
    (
        "The union's leader, Petra Kolar, called off the strike on Monday, after the"
        " company raised its pay offer for the third time in a month.",
        "called off the strike on Monday",
    ),
    (
        "The winner, Greta Lund, 27, crossed the line in two hours and eight minutes, a"
        " course record, on a cold morning in the city.",
        "crossed the line",
    ),
    # A comma after the subject that opens no name still ends a clause.
    (
        "The storm knocked out power to 80,000 homes, closed the port and flooded the main"
        " road into the town for the second time this month.",
        "The storm knocked out power to 80,000 homes",
    ),
]


@pytest.mark.parametrize(("sentence", "words"), APPOSED)
def test_an_aside_after_the_subject_is_no_clause_end(sentence: str, words: str) -> None:
    assert words in sentence_headline([sentence])
