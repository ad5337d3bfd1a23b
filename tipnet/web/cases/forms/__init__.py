"""Input shapes for case pages: shape only; domain rules live in the core."""

from tipnet.web.cases.forms.case import CORE_FIELD_TO_FORM_FIELD, CaseForm
from tipnet.web.cases.forms.details import (
    CloseForm,
    CommentForm,
    ConsentWithdrawalForm,
    EventForm,
    PerpetratorForm,
    ProtectionForm,
    ReferralForm,
    SupportPlanForm,
)
from tipnet.web.cases.forms.files import ImportForm, SearchForm

__all__ = [
    "CORE_FIELD_TO_FORM_FIELD",
    "CaseForm",
    "CloseForm",
    "CommentForm",
    "ConsentWithdrawalForm",
    "EventForm",
    "ImportForm",
    "PerpetratorForm",
    "ProtectionForm",
    "ReferralForm",
    "SearchForm",
    "SupportPlanForm",
]
