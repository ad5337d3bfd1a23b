"""Import upload and list search forms."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tipnet.core.standard.vocabulary import (
    CaseStatus,
)
from tipnet.web.vocabulary import translated_choices


class ImportForm(forms.Form):
    """An HTCDS cases file (CSV or XLSX) and an optional route-events CSV."""

    cases_file = forms.FileField(label=_("Cases file (CSV or XLSX)"))
    events_file = forms.FileField(label=_("Route events file (CSV, optional)"), required=False)


class SearchForm(forms.Form):
    """Case list search and filter."""

    q = forms.CharField(label=_("Name or case reference"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any")), *translated_choices(CaseStatus)],
        required=False,
    )
    page = forms.IntegerField(required=False, min_value=1)
