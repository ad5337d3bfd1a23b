"""Input shapes of the linkage pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class RoundForm(forms.Form):
    """A new linkage round."""

    title = forms.CharField(label=_("Title"), max_length=200)
    threshold = forms.FloatField(
        label=_("Match probability needed to link two records"),
        initial=0.5,
        min_value=0.01,
        max_value=1.0,
    )


class SubmissionForm(forms.Form):
    """The network linkage secret, used once to encode and then forgotten."""

    secret_file = forms.FileField(
        label=_("Network linkage secret file"),
        help_text=_(
            "The file your network agreed on. It is used to encode your records now "
            "and is not stored."
        ),
    )
