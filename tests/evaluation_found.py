"""What a pipeline might state about the evaluation fixture, written by hand for the scorer tests.

Each value is chosen so that one rule of the scorer has one thing to get right or wrong: an
invented date, a false credit, a wrong speaker, a missed figure, a false attribution...
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from markdown_it.common.utils import escapeHtml

from pelican.plugins.briefing.evaluation.found import Found
from pelican.plugins.briefing.evaluation.key import load_key
from pelican.plugins.briefing.evaluation.score import Context
from pelican.plugins.briefing.evaluation.words import Names
from pelican.plugins.briefing.model import Article, Entity, Figure, Paragraph, Quote

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "evaluation"
KEY, KEY_PROBLEMS = load_key(FIXTURE / "key.json")
OKAFOR = Entity("maria-okafor", "Maria Okafor", "person", aliases=("Okafor",))
CONTEXT = Context(Names([("United Nations", "UN", "U.N."), ("Xinhua", "Xinhua News Agency")]),
                  {OKAFOR.id: OKAFOR})  # fmt: skip


def article(name: str, title: str, day: date | None, source: str | None, dateline=None) -> Article:
    """An article of the fixture, its paragraphs read from the seed file as the importer would."""
    lines = (FIXTURE / "articles" / name).read_text(encoding="utf-8").splitlines()
    paragraphs = tuple(
        Paragraph(f"p{n}", line, escapeHtml(line)) for n, line in enumerate(lines, 1)
    )
    return Article(name[:2], title, day, source, paragraphs, dateline=dateline, seed=name)


def quote(text: str, name: str | None = None, entity: str | None = None) -> Quote:
    """One of our quotes."""
    return Quote(text, entity, name, "a", "p1")


def figure(text: str, counted: str, source: str | None, as_of: date | None) -> Figure:
    """One of our figures (the value is not scored)."""
    return Figure(text, 0.0, None, counted, "", source, as_of, "a", "p1")


WIRE = article(
    "01_wire.txt",
    "Floods kill 12 in northern Lebanon",  # an editor's headline, not from the text
    date(2025, 3, 3),
    "Xinhua",
    dateline="BEIRUT, March 3,  2025 (Xinhua)",  # the double space is not a difference
)
RADIO = article(
    "02_radio.txt",
    "The city council of Lakeside voted 9 to 4 on Tuesday to build a new tram line between th…",
    date(2030, 1, 1),  # invented: the seed file's date, years after the story
    "CNN",  # false credit: the mayor "told CNN"
)
SPEECH = article("03_speech.txt", "Thank you, Madam Chair", None, None)  # outlet unknown

FOUND = {
    "01_wire.txt": Found(
        "01_wire.txt",
        WIRE,
        topics=frozenset({"humanitarian", "regional-escalation"}),
        quotes=(
            quote("We have never seen water rise this fast in the valley,", "Interior Minister Nadia Haddad"),
            quote("Every municipality must open its shelters tonight,", "the army"),  # wrong speaker
        ),
        figures=(
            figure("at least 12", "killed", "the health ministry", date(2025, 3, 3)),
            figure("More than 300", "count", "Xinhua", date(2025, 3, 3)),  # the outlet: no source
            figure("40", "count", "Sunday", date(2025, 3, 3)),  # a wrong source
            figure("1.5 million", "count", "The United Nations", None),  # UN by another name
            figure("two", "duration", "Xinhua", date(2025, 3, 3)),  # not a figure to file
        ),
    ),
    "02_radio.txt": Found(
        "02_radio.txt",
        RADIO,
        topics=frozenset({"ceasefire-talks"}),  # a negative that got a topic
        quotes=(
            quote("This is the most important decision this council has taken in a generation,", "Mayor Tom Reilly"),
            quote("after the vote", "CNN"),  # a phrase: too short to count
        ),  # Lena Ortiz's quote is missed
        figures=(
            figure("9", "votes-for", "the city council", date(2030, 1, 1)),  # source where none is
            figure("4", "votes-against", "CNN", date(2030, 1, 1)),
            figure("$240 million", "money", "council treasurer Ana Petrov", date(2030, 1, 1)),
            figure("about 800", "count", "Construction", None),  # source where none is
        ),
    ),
    "03_speech.txt": Found(
        "03_speech.txt",
        SPEECH,
        topics=frozenset({"humanitarian"}),
        quotes=(quote("The next two weeks will decide whether this becomes a famine.", entity=OKAFOR.id),),
        figures=(
            figure("35", "killed", None, None),
            figure("20,000", "displaced", None, None),
            figure("$5 million", "aid-pledged", None, None),
            figure("two", "duration", None, None),  # not a figure to file; 600 is missed
        ),
    ),
}  # fmt: skip
