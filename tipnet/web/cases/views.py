"""Case pages: parse the request, call one service or selector, render."""

from __future__ import annotations

from collections.abc import Callable

from django import forms as django_forms
from django.contrib import messages
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tipnet.core.errors import (
    ImportRowsError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from tipnet.core.standard.vocabulary import CaseStatus
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer, colleagues_of
from tipnet.web.accounts.viewing import viewer_from_request
from tipnet.web.cases import exports, forms, imports, selectors, services


def _place_problems(form: forms.CaseForm, error: ValidationError) -> None:
    for problem in error.problems:
        field = forms.CORE_FIELD_TO_FORM_FIELD.get(problem.field, problem.field)
        form.add_error(field if field in form.fields else None, problem.message)


@require_GET
def case_list(request: HttpRequest) -> HttpResponse:
    """The organisation's cases with search and a status filter."""
    viewer = viewer_from_request(request)
    search = forms.SearchForm(request.GET)
    search.is_valid()
    data = search.cleaned_data if search.is_valid() else {}
    status = data.get("status") or ""
    page = selectors.case_list(
        viewer=viewer,
        query=data.get("q") or "",
        status=CaseStatus(status) if status else None,
        page=data.get("page") or 1,
    )
    return render(
        request,
        "cases/list.html",
        {
            "page": page,
            "search": search,
            "can_create": viewer.can(Action.CREATE_CASES),
            "can_import": viewer.can(Action.IMPORT_CASES),
            "can_export": viewer.can(Action.EXPORT_CASES),
            "query": data.get("q") or "",
            "status": status,
        },
    )


@require_http_methods(["GET", "POST"])
def case_create(request: HttpRequest) -> HttpResponse:
    """Register a new case."""
    viewer = viewer_from_request(request)
    viewer.require(Action.CREATE_CASES)
    form = forms.CaseForm(request.POST or None, initial={"status": CaseStatus.ACTIVE.value})
    duplicates: list[selectors.DuplicateWarning] = []
    if request.method == "POST" and form.is_valid():
        bundle = form.to_bundle()
        if not form.cleaned_data["is_different_person"]:
            duplicates = selectors.possible_duplicates(viewer=viewer, person=bundle.person)
        if not duplicates:
            try:
                case = services.case_create(viewer=viewer, bundle=bundle)
            except ValidationError as error:
                _place_problems(form, error)
            else:
                messages.success(request, _("Case saved."))
                return HttpResponseRedirect(reverse("cases:detail", args=[case.pk]))
    return render(
        request, "cases/form.html", {"form": form, "is_new": True, "duplicates": duplicates}
    )


@require_http_methods(["GET", "POST"])
def case_edit(request: HttpRequest, case_id: int) -> HttpResponse:
    """Edit a case's person, victim context, consent and status."""
    viewer = viewer_from_request(request)
    viewer.require(Action.EDIT_CASES)
    if request.method == "POST":
        form = forms.CaseForm(request.POST)
        if form.is_valid():
            try:
                services.case_update(viewer=viewer, case_id=case_id, bundle=form.to_bundle())
            except NotFoundError as error:
                raise Http404 from error
            except ValidationError as error:
                _place_problems(form, error)
            else:
                messages.success(request, _("Case saved."))
                return HttpResponseRedirect(reverse("cases:detail", args=[case_id]))
    else:
        detail = _detail_or_404(viewer, case_id, reason="case_edit")
        form = forms.CaseForm(initial=forms.CaseForm.initial_from(detail.bundle))
    return render(request, "cases/form.html", {"form": form, "is_new": False, "case_id": case_id})


def _detail_or_404(
    viewer: Viewer, case_id: int, *, reason: str = "case_view"
) -> selectors.CaseDetail:
    try:
        return selectors.case_get(viewer=viewer, case_id=case_id, reason=reason)
    except NotFoundError as error:
        raise Http404 from error


@require_GET
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    """Everything about one case."""
    viewer = viewer_from_request(request)
    detail = _detail_or_404(viewer, case_id)
    return render(
        request,
        "cases/detail.html",
        {
            "detail": detail,
            "case": detail.bundle,
            "comment_form": forms.CommentForm(),
            "event_form": forms.EventForm(),
            "close_form": forms.CloseForm(),
            "plan_form": forms.SupportPlanForm(),
            "perpetrator_form": forms.PerpetratorForm(),
            "referral_form": forms.ReferralForm(),
            "withdrawal_form": forms.ConsentWithdrawalForm(),
            "protection_form": _protection_form(viewer, detail),
            "can_edit": viewer.can(Action.EDIT_CASES),
            "can_close": viewer.can(Action.CLOSE_CASES),
        },
    )


def _protection_form(viewer: Viewer, detail: selectors.CaseDetail) -> forms.ProtectionForm | None:
    if not viewer.can(Action.MANAGE_PROTECTION):
        return None
    return forms.ProtectionForm(
        members=colleagues_of(viewer=viewer),
        initial={
            "is_protected": detail.is_protected,
            "named_user_ids": list(detail.named_user_ids),
        },
    )


@require_POST
def case_comment(request: HttpRequest, case_id: int) -> HttpResponse:
    """Add a comment."""
    viewer = viewer_from_request(request)
    form = forms.CommentForm(request.POST)
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.case_comment_add(
            viewer=viewer, case_id=case_id, body=form.cleaned_data["body"]
        ),
        _("Comment added."),
    )


@require_POST
def case_event(request: HttpRequest, case_id: int) -> HttpResponse:
    """Add a step of the route."""
    viewer = viewer_from_request(request)
    form = forms.EventForm(request.POST)
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.trafficking_event_add(
            viewer=viewer, case_id=case_id, event=form.to_record()
        ),
        _("Route event added."),
    )


@require_POST
def case_close(request: HttpRequest, case_id: int) -> HttpResponse:
    """Close a case with a reason."""
    viewer = viewer_from_request(request)
    form = forms.CloseForm(request.POST)
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.case_close(
            viewer=viewer,
            case_id=case_id,
            status=CaseStatus(form.cleaned_data["status"]),
            closure_reason=form.cleaned_data["closure_reason"],
        ),
        _("Case closed."),
    )


@require_http_methods(["GET", "POST"])
def case_import(request: HttpRequest) -> HttpResponse:
    """Upload an HTCDS file; all rows are imported or none, and every error is listed."""
    viewer = viewer_from_request(request)
    viewer.require(Action.IMPORT_CASES)
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    problems: list[object] = []
    if request.method == "POST" and form.is_valid():
        try:
            count = imports.import_uploaded_files(
                viewer=viewer,
                cases_file=form.cleaned_data["cases_file"],
                events_file=form.cleaned_data["events_file"],
            )
        except ImportRowsError as error:
            problems = list(error.problems)
        else:
            messages.success(
                request,
                ngettext("%(count)d case imported.", "%(count)d cases imported.", count)
                % {"count": count},
            )
            return HttpResponseRedirect(reverse("cases:list"))
    return render(request, "cases/import.html", {"form": form, "problems": problems})


@require_GET
def case_export(request: HttpRequest, export_format: str) -> HttpResponseBase:
    """Download the organisation's cases as HTCDS CSV or CTDC-style CSV (audited)."""
    viewer = viewer_from_request(request)
    try:
        lines = exports.export_lines(viewer=viewer, export_format=export_format)
    except PermissionDeniedError:
        raise
    except KeyError as error:
        raise Http404 from error
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="tipnet-{export_format}.csv"'
    return response


def _post_form_then_return(
    request: HttpRequest,
    case_id: int,
    form: django_forms.Form,
    write: Callable[[], object],
    done: str,
) -> HttpResponse:
    """Run one write for a valid form; report the outcome; return to the case page."""
    if not form.is_valid():
        errors = "; ".join(str(error) for errors in form.errors.values() for error in errors)
        messages.error(request, _("Please check the form: %(errors)s") % {"errors": errors})
    else:
        try:
            write()
        except NotFoundError as error:
            raise Http404 from error
        except ValidationError as error:
            messages.error(request, "; ".join(problem.message for problem in error.problems))
        else:
            messages.success(request, done)
    return HttpResponseRedirect(reverse("cases:detail", args=[case_id]))


@require_POST
def case_support_plan(request: HttpRequest, case_id: int) -> HttpResponse:
    """Add a support plan."""
    viewer = viewer_from_request(request)
    form = forms.SupportPlanForm(request.POST)
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.support_plan_add(viewer=viewer, case_id=case_id, plan=form.to_record()),
        _("Support plan added."),
    )


@require_POST
def case_referral(request: HttpRequest, case_id: int) -> HttpResponse:
    """Record a referral."""
    viewer = viewer_from_request(request)
    form = forms.ReferralForm(request.POST)
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.referral_add(
            viewer=viewer,
            case_id=case_id,
            referral=form.to_record(),
            has_victim_consent=form.cleaned_data["has_victim_consent"],
        ),
        _("Referral recorded."),
    )


@require_POST
def case_consent_withdrawal(request: HttpRequest, case_id: int) -> HttpResponse:
    """Record that consent was withdrawn."""
    viewer = viewer_from_request(request)
    form = forms.ConsentWithdrawalForm(request.POST)
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.consent_withdraw(
            viewer=viewer, case_id=case_id, withdrawn_on=form.cleaned_data["withdrawn_on"]
        ),
        _("Withdrawal of consent recorded."),
    )


@require_POST
def case_protection(request: HttpRequest, case_id: int) -> HttpResponse:
    """Protect a case so that only named users see it (supervisors)."""
    viewer = viewer_from_request(request)
    form = forms.ProtectionForm(request.POST, members=colleagues_of(viewer=viewer))
    return _post_form_then_return(
        request,
        case_id,
        form,
        lambda: services.case_protection_set(
            viewer=viewer,
            case_id=case_id,
            is_protected=form.cleaned_data["is_protected"],
            named_user_ids=form.cleaned_data["named_user_ids"],
        ),
        _("Protection updated."),
    )


@require_POST
def case_perpetrator(request: HttpRequest, case_id: int) -> HttpResponse:
    """Record a perpetrator linked to the case."""
    viewer = viewer_from_request(request)
    form = forms.PerpetratorForm(request.POST)

    def write() -> object:
        person, context = form.to_records()
        return services.perpetrator_add(
            viewer=viewer, case_id=case_id, person=person, context=context
        )

    return _post_form_then_return(request, case_id, form, write, _("Perpetrator recorded."))
