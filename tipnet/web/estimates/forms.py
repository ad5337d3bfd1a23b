"""Input shape of a new estimate run."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

METHOD_CHOICES = [
    ("auto", _("Automatic (BIC for up to 5 lists, stepwise for more)")),
    ("stepwise", _("Stepwise (Chan, Silverman & Vincent 2021)")),
    ("bic", _("All models, best BIC")),
    ("aic", _("All models, best AIC")),
    ("homeoffice", _("Home Office 2014 rule (AIC stepwise, p 0.05)")),
    ("fixed", _("A model I specify")),
    ("bayesthresh", _("Bayesian thresholding (Silverman 2020)")),
    ("madigan-york", _("Madigan–York model averaging")),
    ("lcmcr", _("Latent classes (Manrique-Vallier 2016, like LCMCR)")),
    ("downhill", _("Greedy downhill search over models (many lists)")),
]


class EstimateForm(forms.Form):
    """A capture-history table and the estimation settings."""

    title = forms.CharField(label=_("Title"), max_length=200)
    table = forms.FileField(
        label=_("Capture-history table (CSV)"),
        help_text=_("One 0/1 column per list, then a count column; one row per combination."),
    )
    method = forms.ChoiceField(label=_("Method"), choices=METHOD_CHOICES, initial="auto")
    model = forms.CharField(
        label=_("Model (for a model you specify)"),
        required=False,
        max_length=200,
        help_text=_('Maximal interaction terms, e.g. "[12,23]".'),
    )
    max_order = forms.IntegerField(
        label=_("Highest interaction order"), required=False, min_value=1, max_value=8
    )
    resamples = forms.IntegerField(
        label=_("Bootstrap resamples"), initial=1000, min_value=0, max_value=10000
    )
    seed = forms.IntegerField(
        label=_("Random seed (for reproducible intervals)"), required=False, min_value=0
    )

    def clean(self) -> dict[str, object]:
        """A fixed model needs its terms."""
        data = super().clean() or {}
        if data.get("method") == "fixed" and not data.get("model"):
            self.add_error("model", _("Write the model, e.g. [12,23]."))
        return data
