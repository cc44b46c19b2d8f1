"""The outlets a seed's text credits: only the forms of outlets.yml, never a quoted interviewer."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.importer.outlet import Outlet, infer_credit

OUTLETS = (
    Outlet("AFP", ("Agence France-Presse",)),
    Outlet("AP", ("Associated Press",)),
    Outlet("Reuters"),
    Outlet("CNN"),
    Outlet("VOA", ("Voice of America",)),
    Outlet("Xinhua"),
    Outlet("JIJI"),
)


@pytest.mark.parametrize(
    ("texts", "credits", "dateline_credit", "outlets"),
    [
        ([], (), "XINHUA", ("Xinhua",)),
        ([], (), "Kyodo", ("Kyodo",)),  # a dateline credit we do not list is still a credit
        (["The strike hit the port."], ("(Input from agencies)",), None, ("Agencies",)),
        ([], ("(With inputs from AFP and Reuters)",), None, ("AFP", "Reuters")),
        (["Flood waters rose overnight.", "REUTERS"], (), None, ("Reuters",)),
        (["Flood waters rose overnight.", "With AFP"], (), None, ("AFP",)),
        (["The dam held [With Reuters inputs]"], (), None, ("Reuters",)),
        (["Troops advanced on the town, Reuters reports."], (), None, ("Reuters",)),
        (["VOA’s Jane Arnold reports from Kyiv."], (), None, ("VOA",)),
        (["CNN’s Ana Ruiz, reporting from Lima, said the vote was close."], (), None, ("CNN",)),
        (["Story.", "CNN's Ana Ruiz and Tom Hale contributed reporting."], (), None, ("CNN",)),
        (["Markets fell in Tokyo — AFP-JIJI"], (), None, ("AFP", "JIJI")),
        ([], (), "AP", ("AP",)),
    ],
)
def test_credit_forms(texts, credits, dateline_credit, outlets):
    found = infer_credit(texts, credits, dateline_credit, OUTLETS)
    assert found is not None
    assert found.outlets == outlets


@pytest.mark.parametrize(
    "text",
    [
        "The minister told CNN the talks had failed.",
        "AFP reported the strike, and Reuters reported a second one.",
        "According to Reuters, 12 people died.",
        "AFP photos showed crowds at the border, an AFP tally says.",
        "The Associated Press (AP) said it had withdrawn the photo.",
        "VOA's correspondent was not allowed in.",
    ],
)
def test_sources_inside_the_story_are_not_credits(text):
    assert infer_credit([text], (), None, OUTLETS) is None


def test_evidence_names_where_the_credit_was_read():
    found = infer_credit(["Story.", "With AFP"], ("(With reporting by Reuters)",), "AP", OUTLETS)
    assert found.outlets == ("AP", "Reuters", "AFP")
    assert found.evidence == (
        "dateline credit '(AP)'; sign-off '(With reporting by Reuters)'; text 'With AFP'"
    )
