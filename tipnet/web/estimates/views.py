"""Estimate pages: run an estimate on a list table, watch progress, read and keep the result."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tipnet.core.errors import NotFoundError, ValidationError
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.viewing import viewer_from_request
from tipnet.web.estimates import forms, selectors, services
from tipnet.web.estimates.charts import interval_chart_svg
from tipnet.web.estimates.models import EstimateRun
from tipnet.web.estimates.uploads import histories_from_upload


@require_http_methods(["GET", "POST"])
def estimate_list(request: HttpRequest) -> HttpResponse:
    """All runs, and (for coordinators) the form that starts a new one."""
    viewer = viewer_from_request(request)
    runs = list(selectors.estimate_run_list(viewer=viewer)[:100])
    can_run = viewer.can(Action.RUN_ESTIMATES)
    form = forms.EstimateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and can_run and form.is_valid():
        try:
            histories = histories_from_upload(form.cleaned_data["table"])
            run = services.estimate_run_create(
                viewer=viewer,
                title=form.cleaned_data["title"],
                source=form.cleaned_data["table"].name or "upload",
                histories=histories,
                settings=services.EstimateSettings(
                    method=form.cleaned_data["method"],
                    model=form.cleaned_data["model"],
                    max_order=form.cleaned_data["max_order"],
                    resamples=form.cleaned_data["resamples"],
                    seed=form.cleaned_data["seed"],
                ),
            )
        except ValidationError as error:
            for problem in error.problems:
                form.add_error("table", str(problem))
        else:
            return HttpResponseRedirect(reverse("estimates:detail", args=[run.pk]))
    return render(request, "estimates/list.html", {"runs": runs, "form": form, "can_run": can_run})


@require_GET
def estimate_detail(request: HttpRequest, run_id: int) -> HttpResponse:
    """Progress while the run works; then the estimate, competing models and the chart."""
    viewer = viewer_from_request(request)
    try:
        run = selectors.estimate_run_get(viewer=viewer, run_id=run_id)
    except NotFoundError as error:
        raise Http404 from error
    is_working = run.status in (EstimateRun.Status.QUEUED, EstimateRun.Status.RUNNING)
    chart = (
        interval_chart_svg(run.result, observed_label=_("observed"))
        if run.status == EstimateRun.Status.DONE and run.result
        else ""
    )
    percent = round(100 * run.progress_done / run.progress_total) if run.progress_total else 0
    return render(
        request,
        "estimates/detail.html",
        {
            "run": run,
            "result": run.result or {},
            "is_working": is_working,
            "percent": percent,
            "chart": chart,
            "can_run": viewer.can(Action.RUN_ESTIMATES),
        },
    )


@require_POST
def estimate_keep(request: HttpRequest, run_id: int) -> HttpResponse:
    """Keep (or stop keeping) a result for the network report."""
    viewer = viewer_from_request(request)
    try:
        services.estimate_run_keep(
            viewer=viewer, run_id=run_id, is_kept=request.POST.get("keep") == "1"
        )
    except NotFoundError as error:
        raise Http404 from error
    messages.success(request, _("Saved."))
    return HttpResponseRedirect(reverse("estimates:detail", args=[run_id]))
