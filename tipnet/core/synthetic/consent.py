"""Consent fields of a case row: consent, its explained sub-questions, withdrawal."""

from __future__ import annotations

import datetime as dt

import numpy as np

from tipnet.core.synthetic.draws import chance, pick
from tipnet.core.synthetic.people import DATA_WINDOW_END_ON

CONSENT_WITHDRAWAL_RATE = 0.04
"""Share of consenting people who later withdraw consent."""
_EXPLAINED_QUESTIONS = (
    "ext_ConsentPurposeExplained",
    "ext_ConsentDataUseExplained",
    "ext_ConsentResearchUseExplained",
    "ext_ConsentAccessRightExplained",
    "ext_ConsentRetentionExplained",
    "ext_ConsentWithdrawalExplained",
)


def consent_fields(rng: np.random.Generator, identified_on: dt.date) -> dict[str, str]:
    """Consent as recorded a few days after identification; some later withdraw it."""
    draw = rng.random()
    if draw < 0.07:
        return {}
    if draw < 0.12:
        return {"con_Consent": "false"}
    given_on = min(identified_on + dt.timedelta(days=int(rng.integers(0, 4))), DATA_WINDOW_END_ON)
    fields = {
        "con_Consent": "true",
        "ext_ConsentGivenOn": given_on.isoformat(),
        "ext_RetentionPeriodMonths": pick(rng, ("60", "84", "120")) if chance(rng, 0.8) else "",
    }
    for question in _EXPLAINED_QUESTIONS:
        fields[question] = "true" if chance(rng, 0.9) else pick(rng, ("false", ""))
    if chance(rng, CONSENT_WITHDRAWAL_RATE):
        withdrawn_on = given_on + dt.timedelta(days=int(rng.integers(30, 500)))
        fields["ext_ConsentWithdrawnOn"] = min(withdrawn_on, DATA_WINDOW_END_ON).isoformat()
        fields["con_Consent"] = "false"  # the current state after withdrawal
    return fields
