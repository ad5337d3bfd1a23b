"""The organisation's audit log page: who read or changed which records, when and why."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tipnet.web.accounts.selectors import usernames_by_id
from tipnet.web.accounts.viewing import viewer_from_request
from tipnet.web.audit.selectors import audit_events_for_organisation


@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    """The latest audit rows of the viewer's organisation."""
    viewer = viewer_from_request(request)
    events = audit_events_for_organisation(viewer=viewer)
    names = usernames_by_id(user_ids={event.actor_id for event in events if event.actor_id})
    rows = [
        {
            "event": event,
            "actor": names.get(event.actor_id or 0, ""),
            "record_count": len(event.object_ids),
        }
        for event in events
    ]
    return render(request, "audit/log.html", {"rows": rows})
