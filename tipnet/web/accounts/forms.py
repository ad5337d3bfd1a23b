"""Input shapes for sign-in, two-factor and member administration."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tipnet.web.accounts.roles import ROLE_LABELS, Role


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
    role = forms.ChoiceField(
        label=_("Role"), choices=[(role.value, ROLE_LABELS[role]) for role in Role]
    )
