"""Linkage pages: open a round, submit an extract, run, read the results."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tipnet.core.errors import NotFoundError, ValidationError
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import organisation_get
from tipnet.web.accounts.viewing import viewer_from_request
from tipnet.web.linkage import forms, selectors, services
from tipnet.web.linkage.models import LinkageRound

MAX_SECRET_BYTES = 4096


@require_http_methods(["GET", "POST"])
def round_list(request: HttpRequest) -> HttpResponse:
    """Rounds, and for coordinators the form to open one."""
    viewer = viewer_from_request(request)
    rounds = list(selectors.linkage_round_list(viewer=viewer)[:100])
    can_open = viewer.can(Action.RUN_LINKAGE)
    form = forms.RoundForm(request.POST or None)
    if request.method == "POST" and can_open and form.is_valid():
        opened = services.linkage_round_open(
            viewer=viewer,
            title=form.cleaned_data["title"],
            threshold=form.cleaned_data["threshold"],
        )
        return HttpResponseRedirect(reverse("linkage:detail", args=[opened.pk]))
    return render(
        request, "linkage/list.html", {"rounds": rounds, "form": form, "can_open": can_open}
    )


def _round_or_404(request: HttpRequest, round_id: int) -> LinkageRound:
    try:
        return selectors.linkage_round_get(viewer=viewer_from_request(request), round_id=round_id)
    except NotFoundError as error:
        raise Http404 from error


@require_GET
def round_detail(request: HttpRequest, round_id: int) -> HttpResponse:
    """Who submitted, progress, and the results."""
    viewer = viewer_from_request(request)
    linkage_round = _round_or_404(request, round_id)
    can_submit = viewer.can(Action.SUBMIT_LINKAGE)
    return render(
        request,
        "linkage/detail.html",
        {
            "round": linkage_round,
            "submitted": selectors.submitted_organisations(round_id=round_id),
            "is_working": linkage_round.status == LinkageRound.Status.RUNNING,
            "can_run": viewer.can(Action.RUN_LINKAGE),
            "can_submit": can_submit and linkage_round.status == LinkageRound.Status.OPEN,
            "submission_form": forms.SubmissionForm(),
            "own": (
                selectors.own_assignments(viewer=viewer, round_id=round_id) if can_submit else []
            ),
            "aggregates": (linkage_round.aggregates or {}).items(),
        },
    )


@require_POST
def round_submit(request: HttpRequest, round_id: int) -> HttpResponse:
    """Encode this organisation's consented records and submit the extract."""
    viewer = viewer_from_request(request)
    form = forms.SubmissionForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose the network linkage secret file."))
        return HttpResponseRedirect(reverse("linkage:detail", args=[round_id]))
    secret = form.cleaned_data["secret_file"].read(MAX_SECRET_BYTES)
    try:
        submission = services.linkage_submission_create(
            viewer=viewer,
            round_id=round_id,
            secret=secret,
            source_label=organisation_get(organisation_id=viewer.organisation_id).slug,
        )
    except NotFoundError as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, "; ".join(problem.message for problem in error.problems))
    else:
        messages.success(
            request,
            _("Extract submitted: %(count)d records encoded.") % {"count": submission.record_count},
        )
    return HttpResponseRedirect(reverse("linkage:detail", args=[round_id]))


@require_POST
def round_run(request: HttpRequest, round_id: int) -> HttpResponse:
    """Close the round and link the extracts in the background."""
    viewer = viewer_from_request(request)
    try:
        services.linkage_round_run(viewer=viewer, round_id=round_id)
    except NotFoundError as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, "; ".join(problem.message for problem in error.problems))
    return HttpResponseRedirect(reverse("linkage:detail", args=[round_id]))


@require_POST
def round_estimate(request: HttpRequest, round_id: int) -> HttpResponse:
    """Estimate the hidden total from this round's capture histories."""
    viewer = viewer_from_request(request)
    try:
        run = services.linkage_round_estimate(viewer=viewer, round_id=round_id)
    except NotFoundError as error:
        raise Http404 from error
    return HttpResponseRedirect(reverse("estimates:detail", args=[run.pk]))
