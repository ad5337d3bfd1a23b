"""Forms for what is added to a case later: route, plans, referrals, comments, closing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tipnet.core.standard.records import (
    PartialDate,
    PerpetratorContextRecord,
    PersonRecord,
    ReferralRecord,
    SupportPlanRecord,
    TraffickingEventRecord,
)
from tipnet.core.standard.vocabulary import (
    CaseStatus,
    PerpetratorRole,
    ReferralDirection,
    ReferralReason,
    SupportPlanType,
    TraffickingEventType,
)
from tipnet.web.cases.forms.choices import (
    BLANK_CHOICE,
    country_choices,
    optional_enum,
    parse_partial_date,
    split_names,
)
from tipnet.web.vocabulary import translated_choices


class CloseForm(forms.Form):
    """Closing a case requires a status and a reason."""

    status = forms.ChoiceField(
        label=_("Closing status"),
        choices=[
            (s.value, label)
            for s, label in (
                (CaseStatus.CLOSED, _("Closed")),
                (CaseStatus.CLOSED_REFERRED, _("Closed Referred")),
            )
        ],
    )
    closure_reason = forms.CharField(label=_("Reason for closure"), widget=forms.Textarea)


class CommentForm(forms.Form):
    """A case comment."""

    body = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10000
    )


class EventForm(forms.Form):
    """One step of the route."""

    event_type = forms.ChoiceField(
        label=_("Event"), choices=translated_choices(TraffickingEventType)
    )
    occurred = forms.CharField(
        label=_("Date"), required=False, max_length=10, help_text=_("YYYY-MM-DD, YYYY-MM or YYYY.")
    )
    country = forms.ChoiceField(label=_("Country"), choices=country_choices, required=False)
    city = forms.CharField(label=_("Town or city"), required=False, max_length=120)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_occurred(self) -> PartialDate | None:
        """Accept a full, month or year-only date."""
        return parse_partial_date(self.cleaned_data["occurred"])

    def to_record(self) -> TraffickingEventRecord:
        """The validated form as a core event record."""
        data = self.cleaned_data
        return TraffickingEventRecord(
            event_type=TraffickingEventType(data["event_type"]),
            occurred=data["occurred"],
            country=data["country"],
            city=data["city"].strip(),
            description=data["description"].strip(),
        )


class SupportPlanForm(forms.Form):
    """An HTCDS support plan."""

    plan_type = forms.ChoiceField(
        label=_("Type of support"), choices=translated_choices(SupportPlanType)
    )
    objectives = forms.CharField(
        label=_("Objectives"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    action_plan = forms.CharField(
        label=_("Action plan"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    planned_end_on = forms.DateField(
        label=_("Planned end"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def to_record(self) -> SupportPlanRecord:
        """The validated form as a core record."""
        data = self.cleaned_data
        return SupportPlanRecord(
            plan_type=SupportPlanType(data["plan_type"]),
            objectives=data["objectives"].strip(),
            action_plan=data["action_plan"].strip(),
            planned_end_on=data["planned_end_on"],
        )


class ReferralForm(forms.Form):
    """An incoming or outgoing referral."""

    direction = forms.ChoiceField(
        label=_("Direction"), choices=translated_choices(ReferralDirection)
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200)
    referred_on = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.ChoiceField(
        label=_("Reason"),
        choices=[*BLANK_CHOICE, *translated_choices(ReferralReason)],
        required=False,
    )
    details = forms.CharField(
        label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    has_victim_consent = forms.BooleanField(
        label=_("The person agreed to this referral"), required=False
    )

    def to_record(self) -> ReferralRecord:
        """The validated form as a core record."""
        data = self.cleaned_data
        return ReferralRecord(
            direction=ReferralDirection(data["direction"]),
            organisation_name=data["organisation_name"].strip(),
            referred_on=data["referred_on"],
            reason=optional_enum(ReferralReason, data["reason"]),
            details=data["details"].strip(),
        )


class ConsentWithdrawalForm(forms.Form):
    """The date consent was withdrawn."""

    withdrawn_on = forms.DateField(
        label=_("Consent withdrawn on"), widget=forms.DateInput(attrs={"type": "date"})
    )


class ProtectionForm(forms.Form):
    """Restrict a case to named members of the organisation."""

    is_protected = forms.BooleanField(
        label=_("Protected person: only named users may see this case"), required=False
    )
    named_user_ids = forms.TypedMultipleChoiceField(
        label=_("Named users"),
        coerce=int,
        required=False,
        choices=[],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, members: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["named_user_ids"].choices = members  # type: ignore[attr-defined]  # a choice field


class PerpetratorForm(forms.Form):
    """A perpetrator linked to the case."""

    given_names = forms.CharField(label=_("Given names"), max_length=200, required=False)
    family_names = forms.CharField(label=_("Family names"), max_length=200, required=False)
    aliases = forms.CharField(label=_("Other names and spellings"), required=False, max_length=500)
    roles = forms.MultipleChoiceField(
        label=_("Role in the trafficking process"),
        choices=translated_choices(PerpetratorRole),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    role_details = forms.CharField(
        label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def to_records(self) -> tuple[PersonRecord, PerpetratorContextRecord]:
        """The validated form as core records."""
        data = self.cleaned_data
        person = PersonRecord(
            given_names=data["given_names"].strip(),
            family_names=data["family_names"].strip(),
            aliases=split_names(data["aliases"]),
        )
        context = PerpetratorContextRecord(
            roles=tuple(PerpetratorRole(role) for role in data["roles"]),
            role_details=data["role_details"].strip(),
        )
        return person, context
