"""The case form: the case, its victim and consent as a caseworker records them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    ConsentRecord,
    PartialDate,
    PersonRecord,
    VictimContextRecord,
)
from tipnet.core.standard.vocabulary import (
    CaseStatus,
    ControlMethod,
    ExploitationType,
    Gender,
    MigrationStatus,
    ProtectionStatus,
    TraffickingStatus,
)
from tipnet.web.cases.forms.choices import (
    BLANK_CHOICE,
    country_choices,
    optional_enum,
    parse_partial_date,
    split_names,
)
from tipnet.web.vocabulary import translated_choices


class CaseForm(forms.Form):
    """The case, its victim and consent, as a caseworker records them."""

    reference = forms.CharField(label=_("Case reference"), max_length=64)
    status = forms.ChoiceField(label=_("Status"), choices=translated_choices(CaseStatus))
    given_names = forms.CharField(label=_("Given names"), max_length=200, required=False)
    family_names = forms.CharField(label=_("Family names"), max_length=200, required=False)
    aliases = forms.CharField(
        label=_("Other names and spellings"),
        required=False,
        max_length=500,
        help_text=_("Separate several names with a semicolon."),
    )
    birth_date = forms.CharField(
        label=_("Date of birth"),
        required=False,
        max_length=10,
        help_text=_("YYYY-MM-DD, or YYYY-MM, or only the year YYYY."),
        widget=forms.TextInput(attrs={"pattern": r"\d{4}(-\d{2}(-\d{2})?)?"}),
    )
    gender = forms.ChoiceField(
        label=_("Gender"), choices=[*BLANK_CHOICE, *translated_choices(Gender)], required=False
    )
    citizenship = forms.ChoiceField(label=_("Citizenship"), choices=country_choices, required=False)
    primary_language = forms.CharField(
        label=_("Primary language (ISO 639 code)"), max_length=8, required=False
    )
    is_interpreter_needed = forms.BooleanField(label=_("Interpreter needed"), required=False)
    trafficking_status = forms.ChoiceField(
        label=_("Trafficking status"), choices=translated_choices(TraffickingStatus)
    )
    exploitation_types = forms.MultipleChoiceField(
        label=_("Type of exploitation"),
        choices=translated_choices(ExploitationType),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    control_methods = forms.MultipleChoiceField(
        label=_("Methods of control"),
        choices=translated_choices(ControlMethod),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    recruitment_country = forms.ChoiceField(
        label=_("Country of recruitment"), choices=country_choices, required=False
    )
    exploitation_country = forms.ChoiceField(
        label=_("Country of exploitation"), choices=country_choices, required=False
    )
    identified_on = forms.DateField(
        label=_("Identified on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    age_at_identification = forms.IntegerField(
        label=_("Age at identification"), min_value=0, max_value=120, required=False
    )
    estimated_age = forms.IntegerField(
        label=_("Estimated age"), min_value=0, max_value=120, required=False
    )
    age_range_low = forms.IntegerField(
        label=_("Age range from"), min_value=0, max_value=120, required=False
    )
    age_range_high = forms.IntegerField(
        label=_("Age range to"), min_value=0, max_value=120, required=False
    )
    is_age_disputed = forms.BooleanField(label=_("Age unsure or disputed"), required=False)
    migration_status = forms.ChoiceField(
        label=_("Migration status"),
        choices=[*BLANK_CHOICE, *translated_choices(MigrationStatus)],
        required=False,
    )
    protection_status = forms.ChoiceField(
        label=_("International protection"),
        choices=[*BLANK_CHOICE, *translated_choices(ProtectionStatus)],
        required=False,
    )
    is_forced_criminality = forms.BooleanField(
        label=_("Forced into crime (e.g. scam compound)"), required=False
    )
    has_consented = forms.BooleanField(label=_("Consents to the record"), required=False)
    purpose_explained = forms.BooleanField(label=_("Purpose explained"), required=False)
    data_use_explained = forms.BooleanField(label=_("Use of the data explained"), required=False)
    research_use_explained = forms.BooleanField(
        label=_("Non-identifying research use explained"), required=False
    )
    access_right_explained = forms.BooleanField(
        label=_("Right of access explained"), required=False
    )
    retention_explained = forms.BooleanField(label=_("Retention period explained"), required=False)
    withdrawal_explained = forms.BooleanField(label=_("How to withdraw explained"), required=False)
    consent_given_on = forms.DateField(
        label=_("Consent given on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    is_different_person = forms.BooleanField(
        label=_("I checked the possible matches: this is a different person"), required=False
    )

    def clean_birth_date(self) -> PartialDate | None:
        """Accept a full, month or year-only date."""
        return parse_partial_date(self.cleaned_data["birth_date"])

    def to_bundle(self) -> CaseBundle:
        """The validated form as a core case bundle."""
        data = self.cleaned_data
        return CaseBundle(
            case=CaseRecord(reference=data["reference"].strip(), status=CaseStatus(data["status"])),
            person=self._person(data),
            victim=self._victim(data),
            consent=self._consent(data),
        )

    @staticmethod
    def _person(data: dict[str, Any]) -> PersonRecord:
        aliases = split_names(data["aliases"])
        return PersonRecord(
            given_names=data["given_names"].strip(),
            family_names=data["family_names"].strip(),
            aliases=aliases,
            birth_date=data["birth_date"],
            gender=optional_enum(Gender, data["gender"]),
            citizenships=(data["citizenship"],) if data["citizenship"] else (),
            primary_language=data["primary_language"].strip().lower(),
            is_interpreter_needed=data["is_interpreter_needed"],
        )

    @staticmethod
    def _victim(data: dict[str, Any]) -> VictimContextRecord:
        return VictimContextRecord(
            trafficking_status=TraffickingStatus(data["trafficking_status"]),
            exploitation_types=tuple(ExploitationType(v) for v in data["exploitation_types"]),
            control_methods=tuple(ControlMethod(v) for v in data["control_methods"]),
            recruitment_country=data["recruitment_country"],
            exploitation_country=data["exploitation_country"],
            identified_on=data["identified_on"],
            age_at_identification=data["age_at_identification"],
            estimated_age=data["estimated_age"],
            age_range_low=data["age_range_low"],
            age_range_high=data["age_range_high"],
            is_age_disputed=data["is_age_disputed"],
            migration_status=optional_enum(MigrationStatus, data["migration_status"]),
            protection_status=optional_enum(ProtectionStatus, data["protection_status"]),
            is_forced_criminality=data["is_forced_criminality"],
        )

    @staticmethod
    def _consent(data: dict[str, Any]) -> ConsentRecord:
        return ConsentRecord(
            has_consented=data["has_consented"],
            purpose_explained=data["purpose_explained"],
            data_use_explained=data["data_use_explained"],
            research_use_explained=data["research_use_explained"],
            access_right_explained=data["access_right_explained"],
            retention_explained=data["retention_explained"],
            withdrawal_explained=data["withdrawal_explained"],
            given_on=data["consent_given_on"],
        )

    @classmethod
    def initial_from(cls, bundle: CaseBundle) -> dict[str, object]:
        """Initial values for editing a stored case."""
        person, victim, consent = bundle.person, bundle.victim, bundle.consent
        return {
            "reference": bundle.case.reference,
            "status": bundle.case.status.value,
            "given_names": person.given_names,
            "family_names": person.family_names,
            "aliases": "; ".join(person.aliases),
            "birth_date": person.birth_date.to_iso() if person.birth_date else "",
            "gender": person.gender.value if person.gender else "",
            "citizenship": person.citizenships[0] if person.citizenships else "",
            "primary_language": person.primary_language,
            "is_interpreter_needed": person.is_interpreter_needed,
            "trafficking_status": victim.trafficking_status.value,
            "exploitation_types": [v.value for v in victim.exploitation_types],
            "control_methods": [v.value for v in victim.control_methods],
            "recruitment_country": victim.recruitment_country,
            "exploitation_country": victim.exploitation_country,
            "identified_on": victim.identified_on,
            "age_at_identification": victim.age_at_identification,
            "estimated_age": victim.estimated_age,
            "age_range_low": victim.age_range_low,
            "age_range_high": victim.age_range_high,
            "is_age_disputed": victim.is_age_disputed,
            "migration_status": victim.migration_status.value if victim.migration_status else "",
            "protection_status": (
                victim.protection_status.value if victim.protection_status else ""
            ),
            "is_forced_criminality": victim.is_forced_criminality,
            "has_consented": consent.has_consented,
            "purpose_explained": consent.purpose_explained,
            "data_use_explained": consent.data_use_explained,
            "research_use_explained": consent.research_use_explained,
            "access_right_explained": consent.access_right_explained,
            "retention_explained": consent.retention_explained,
            "withdrawal_explained": consent.withdrawal_explained,
            "consent_given_on": consent.given_on,
        }


# Core field names that differ from this form's field names, for placing domain errors.
CORE_FIELD_TO_FORM_FIELD = {
    "case_id": "reference",
    "prs_FirstName": "given_names",
    "prs_SecondName": "family_names",
    "prs_Birthdate": "birth_date",
    "prs_PrimaryLanguage": "primary_language",
    "ext_AgeAtIdentification": "age_at_identification",
    "ext_EstimatedAge": "estimated_age",
    "ext_AgeRangeLow": "age_range_low",
    "ext_AgeRangeHigh": "age_range_high",
    "ext_IdentifiedOn": "identified_on",
    "ext_ConsentGivenOn": "consent_given_on",
    "vic_LocationOfRecruitment": "recruitment_country",
    "vic_LocationOfExploitation": "exploitation_country",
}
