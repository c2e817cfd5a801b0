"""Throttled admin logins: django-axes, with each attempt counted before its password is checked.

django-axes refuses a client address or a user name once it has failed BATTLEMAP["LOGIN_ATTEMPTS"]
times within BATTLEMAP["LOGIN_LOCKOUT_SECONDS"], before any password is hashed. Stock axes counts a
failure only after the hash, so guesses sent together are all checked against the count from
before any of them failed (jazzband/django-axes#592, "won't fix"): 24 at once were all tried. Here
an attempt is counted first, in one locked row update, and then compared with the limit, so the
n-th of any number of simultaneous guesses sees at least n attempts; a right password gives its
count back.
"""

import ipaddress
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.db import router, transaction
from django.db.models import F
from django.http import HttpResponse
from django.template.response import TemplateResponse

from .conf import battlemap_setting

__all__ = ["CountFirstDatabaseHandler", "client_address", "cool_off", "failure_limit", "lockout_message",
           "lockout_response"]


def client_address(request):
    """The client's address (AXES_CLIENT_IP_CALLABLE), or None where there is none to read."""
    address = request.META.get("REMOTE_ADDR", "")
    # Behind the reverse proxy (production settings), REMOTE_ADDR is the proxy's own address and
    # Caddy appends the client's to X-Forwarded-For (nginx passes it on unchanged). Without a
    # proxy the header is the client's to forge, so it is not read.
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        address = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip() or address
    try:
        # axes stores it in an address column (PostgreSQL's inet checks it).
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def failure_limit(request, credentials):
    """Failures allowed per client and per user name (AXES_FAILURE_LIMIT)."""
    return battlemap_setting("LOGIN_ATTEMPTS")


def cool_off(request):
    """How long failures count and a lockout lasts (AXES_COOLOFF_TIME)."""
    return timedelta(seconds=battlemap_setting("LOGIN_LOCKOUT_SECONDS"))


def lockout_message():
    minutes = max(1, round(battlemap_setting("LOGIN_LOCKOUT_SECONDS") / 60))
    return (f"Too many failed logins from this address or for this user name. Logins are refused, even "
            f"with the right password, until {minutes} minute{'s' if minutes != 1 else ''} have passed "
            f"without another attempt.")


def lockout_response(request, original_response=None, credentials=None):
    """The admin's login page again, saying why it refused, with 429 Too Many Requests
    (AXES_LOCKOUT_CALLABLE); a plain sentence for any other login."""
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is None or not form.is_bound:
        return HttpResponse(lockout_message(), status=429, content_type="text/plain; charset=utf-8")
    # The form failed with "enter a correct username and password", which would be a lie for a
    # right password refused: say what happened instead.
    form.errors.clear()
    form.add_error(None, lockout_message())
    response = TemplateResponse(request, original_response.template_name, context, status=429)
    # Middleware runs after Django rendered the view's response: render this one here.
    return response.render()


class CountFirstDatabaseHandler(AxesDatabaseHandler):
    """axes' database handler, counting each attempt as a failure before its password is checked
    and giving the count back when the password was right (AXES_HANDLER)."""

    def is_locked(self, request, credentials=None):
        """Count this attempt, then say whether it is over the limit. axes calls it once per
        authentication, from the backend's is_allowed, before the password is checked; it is the
        only place where the count and its check can be one step."""
        # Attempts older than the cool-off no longer count: drop them before adding to their row.
        self.clean_expired_user_attempts(request, credentials)
        key = {"username": get_client_username(request, credentials), "ip_address": request.axes_ip_address,
               "user_agent": request.axes_user_agent}
        with transaction.atomic(using=router.db_for_write(AccessAttempt)):
            attempt, created = AccessAttempt.objects.select_for_update().get_or_create(
                **key, defaults={"get_data": "", "post_data": "", "http_accept": request.axes_http_accept,
                                 "path_info": request.axes_path_info, "failures_since_start": 1,
                                 "attempt_time": request.axes_attempt_time})
            if not created:
                AccessAttempt.objects.filter(pk=attempt.pk).update(
                    failures_since_start=F("failures_since_start") + 1, attempt_time=request.axes_attempt_time)
        request.battlemap_counted_attempt = key
        # This attempt is among the failures read here: it may go on while it is within the limit.
        return self.get_failures(request, credentials) > get_failure_limit(request, credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        if getattr(request, "battlemap_counted_attempt", None) is None:
            return super().user_login_failed(sender, credentials, request, **kwargs)
        # Counted already (is_locked): only decide whether this failure locks the client out.
        failures = self.get_failures(request, credentials)
        request.axes_failures_since_start = failures
        if failures >= get_failure_limit(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send("axes", request=request, username=get_client_username(request, credentials),
                                 ip_address=request.axes_ip_address)
        return None

    def user_logged_in(self, sender, request, user, **kwargs):
        super().user_logged_in(sender, request, user, **kwargs)
        key = getattr(request, "battlemap_counted_attempt", None)
        if key is not None:
            # A right password is no failure: take back what counting it added.
            AccessAttempt.objects.filter(**key, failures_since_start__gt=0).update(
                failures_since_start=F("failures_since_start") - 1)
            AccessAttempt.objects.filter(**key, failures_since_start=0).delete()
