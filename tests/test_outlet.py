"""The outlet a seed's text credits, from its dateline, sign-offs and mentions."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.importer.outlet import infer_source
from tests.corpus import OUTLETS


@pytest.mark.parametrize(
    ("credits", "dateline_credit", "texts", "source"),
    [
        ((), "XINHUA", [], "Xinhua"),
        ((), "Kyodo", [], "Kyodo"),
        (("(Input from agencies)",), None, ["Reuters reported the strike."], "Agencies"),
        (("(With inputs from AFP)",), None, [], "AFP"),
        ((), None, ["AFP photos showed crowds.", "He told AFP that", "an AFP tally"], "AFP"),
        ((), None, ["Xinhua is a state agency and Reuters is not mentioned as a credit."], None),
    ],
)
def test_source_inference(credits, dateline_credit, texts, source):
    assert infer_source(texts, credits, dateline_credit, OUTLETS) == source
