"""Input shapes for sign-in, two-factor and member administration."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tipnet.core.standard.vocabulary import IssueArea, OrganisationType, RouteRole
from tipnet.web.accounts.roles import ROLE_LABELS, Role
from tipnet.web.vocabulary import translated_choices

ROLE_CHOICES = [(role.value, _(ROLE_LABELS[role])) for role in Role]


class SignInForm(forms.Form):
    """Account name and password."""

    username = forms.CharField(label=_("Account name"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)


class TokenForm(forms.Form):
    """A six-digit code from the authenticator app."""

    token = forms.RegexField(
        label=_("Six-digit code"),
        regex=r"^\d{6}$",
        error_messages={"invalid": _("Enter the six digits shown in your authenticator app.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class OrganisationChoiceForm(forms.Form):
    """Which of the user's organisations to act in."""

    organisation_id = forms.IntegerField(widget=forms.HiddenInput)


class MemberCreateForm(forms.Form):
    """A new account in the administrator's organisation."""

    username = forms.SlugField(label=_("Account name"), max_length=150)
    email = forms.EmailField(label=_("Email"), required=False)
    password = forms.CharField(
        label=_("Initial password"), widget=forms.PasswordInput, min_length=12
    )
    role = forms.ChoiceField(label=_("Role"), choices=ROLE_CHOICES)


class OrganisationForm(forms.Form):
    """A new member organisation (deployment administrators)."""

    name = forms.CharField(label=_("Name"), max_length=200)
    slug = forms.SlugField(label=_("Short name"), max_length=60)
    organisation_type = forms.ChoiceField(
        label=_("Type"), choices=lambda: translated_choices(OrganisationType)
    )
    country = forms.CharField(label=_("Country (ISO code)"), min_length=2, max_length=2)
    languages = forms.CharField(
        label=_("Languages served (ISO 639 codes, comma-separated)"), required=False
    )
    route_roles = forms.MultipleChoiceField(
        label=_("Role on routes"),
        choices=lambda: translated_choices(RouteRole),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    issue_areas = forms.MultipleChoiceField(
        label=_("Issue areas"),
        choices=lambda: translated_choices(IssueArea),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean_languages(self) -> list[str]:
        """Comma-separated codes as a list."""
        text: str = self.cleaned_data["languages"]
        return [code.strip().lower() for code in text.split(",") if code.strip()]


class MemberRoleForm(forms.Form):
    """Change a member's role, or remove them from the organisation."""

    user_id = forms.IntegerField(widget=forms.HiddenInput)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[(role.value, _(ROLE_LABELS[role])) for role in Role],
        required=False,
    )
    is_removal = forms.BooleanField(required=False, widget=forms.HiddenInput)
