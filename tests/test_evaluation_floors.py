"""Floors just under the scores measured with ``invoke evaluate``, so that a change that states
worse facts fails CI: on the dev corpus (../shared/corpus/dev, tuned on) and on the holdout
corpus (tests/fixtures/holdout, written by an annotator who did not read our rules).

A floor is (least precision, least recall, counts that must hold exactly); the scores measured
when the floors were set are in docs/evaluation.md. Raise a floor when a change lifts a score
for good; never lower one to make a change pass.
"""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.evaluation import evaluate
from tests.corpus import DEV_CORPUS, ROOT

HOLDOUT = ROOT / "tests" / "fixtures" / "holdout"
FLOORS = {
    DEV_CORPUS: {
        "date": (None, None, {"invented": 0}),
        "credit": (None, None, {"false": 0}),
        "dateline": (1.0, 1.0, {}),
        "headline": (1.0, None, {"bad": 0}),
        "topics": (0.9, 0.95, {"negatives tagged": "0/8"}),
        "quotes": (None, 0.95, {}),
        "speakers": (0.95, 0.95, {}),
        "figures": (0.97, 0.98, {}),
        "attributions": (0.9, 0.9, {}),
        "series": (None, None, {"mixing measures": 0, "mixing places": 0, "mixing kinds": 0}),
    },
    HOLDOUT: {
        "date": (1.0, 0.75, {"invented": 0}),
        "credit": (1.0, 0.8, {"false": 0}),
        "dateline": (0.8, 0.8, {}),
        "headline": (0.9, None, {}),
        "topics": (0.88, 0.95, {"negatives tagged": "0/4"}),
        "quotes": (None, 0.95, {}),
        "speakers": (0.85, 0.8, {}),
        "figures": (0.8, 0.9, {}),
        "attributions": (0.8, 0.6, {}),
    },
}


@pytest.fixture(scope="module", params=[DEV_CORPUS, HOLDOUT], ids=["dev", "holdout"])
def scored(request):
    """The evaluation of one corpus, with its floors."""
    if not request.param.is_dir():
        pytest.skip(f"no corpus at {request.param}")
    return evaluate(request.param, ROOT / "content"), FLOORS[request.param]


def test_every_field_stays_above_its_floor(scored):
    result, floors = scored
    below = []
    for field, (precision, recall, counts) in floors.items():
        score = result.score(field)
        if precision is not None and (score.precision or 0) < precision:
            below.append(f"{field} precision {score.precision} < {precision}")
        if recall is not None and (score.recall or 0) < recall:
            below.append(f"{field} recall {score.recall} < {recall}")
        below += [
            f"{field} {name} {score.count(name)!r}, not {wanted!r}"
            for name, wanted in counts.items()
            if score.count(name) != wanted
        ]
    assert below == []
