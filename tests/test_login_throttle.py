"""Admin logins throttled by django-axes (battlemap/login_throttle.py): per client and per user name,
counted before the password is checked, so that neither a burst of guesses nor a spray of names
gets past the limit, and a locked-out user is told so."""

import threading
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connection, connections
from django.db.models import F
from django.test import Client, override_settings

from battlemap.login_throttle import client_address

LIMIT = 5  # BATTLEMAP["LOGIN_ATTEMPTS"]'s default
PASSWORD = "right-password-123"
LOCKED_OUT = "Too many failed logins from this address or for this user name"


@pytest.fixture
def historian(db):
    return get_user_model().objects.create_superuser("historian", "h@example.org", PASSWORD)


@pytest.fixture
def password_checks(monkeypatch):
    """How many times a password was hashed and compared (Django's model backend ran)."""
    checks = []
    lock = threading.Lock()
    authenticate = ModelBackend.authenticate

    def counted(self, request, username=None, password=None, **kwargs):
        with lock:
            checks.append(username)
        return authenticate(self, request, username=username, password=password, **kwargs)

    monkeypatch.setattr(ModelBackend, "authenticate", counted)
    return checks


def log_in(username, password, address="198.51.100.1"):
    client = Client(REMOTE_ADDR=address)
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def logged_in(response):
    return response.status_code == 302 and response.wsgi_request.user.is_authenticated


def test_the_client_is_the_address_caddy_appended_behind_the_proxy(rf):
    request = rf.post("/admin/login/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.7")
    # Without a proxy the header is the client's own to forge.
    assert client_address(request) == "127.0.0.1"
    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
        assert client_address(request) == "203.0.113.7"
        assert client_address(rf.post("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="nonsense")) is None


def test_the_right_password_logs_in_and_costs_no_attempt(historian):
    for _ in range(LIMIT - 1):
        assert log_in("historian", "wrong").status_code == 200
    assert logged_in(log_in("historian", PASSWORD))
    # The success gave its count back: one more failure is still allowed before the lockout.
    assert log_in("historian", "wrong").status_code == 429


def test_a_locked_out_user_is_told_so_even_with_the_right_password(historian, password_checks):
    for attempt in range(1, LIMIT + 1):
        response = log_in("historian", "wrong")
        # The failure that reaches the limit already answers with the lockout.
        assert response.status_code == (429 if attempt == LIMIT else 200), attempt
    response = log_in("historian", PASSWORD)
    assert response.status_code == 429 and not response.wsgi_request.user.is_authenticated
    page = response.content.decode()
    assert LOCKED_OUT in page and "even with the right password" in page
    assert "enter the correct username and password" not in page
    assert 'name="password"' in page, "the admin's login form, not a bare message"
    assert len(password_checks) == LIMIT, "a locked-out attempt hashes no password"
    # Once the cool-off has passed with no attempt, the right password works again.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(seconds=901))
    assert logged_in(log_in("historian", PASSWORD))


def test_a_spray_of_user_names_from_one_client_is_throttled(historian, password_checks):
    for number in range(20):
        log_in(f"someone-{number}", "wrong")
    assert len(password_checks) == LIMIT
    response = log_in("historian", PASSWORD)
    assert response.status_code == 429 and not response.wsgi_request.user.is_authenticated
    # Another client is not locked out by that one.
    assert logged_in(log_in("historian", PASSWORD, address="203.0.113.9"))


def test_one_user_name_guessed_from_many_addresses_is_locked(historian, password_checks):
    for number in range(20):
        log_in("historian", "wrong", address=f"192.0.2.{number + 1}")
    assert len(password_checks) == LIMIT
    response = log_in("historian", PASSWORD, address="203.0.113.9")
    assert response.status_code == 429 and not response.wsgi_request.user.is_authenticated
    # Other user names from a fresh address are not.
    get_user_model().objects.create_superuser("editor", "e@example.org", "editor-password-123")
    assert logged_in(log_in("editor", "editor-password-123", address="203.0.113.10"))


def test_a_guess_is_counted_before_its_password_is_checked(historian, monkeypatch):
    """The race, played out in one thread: while the last allowed guess is being hashed, the right
    password arrives from the same client, and must find that guess already counted."""
    for _ in range(LIMIT - 1):
        log_in("historian", "wrong")
    authenticate = ModelBackend.authenticate
    meanwhile = []

    def slow_hash(self, request, username=None, password=None, **kwargs):
        if password == "wrong" and not meanwhile:
            meanwhile.append(log_in("historian", PASSWORD))
        return authenticate(self, request, username=username, password=password, **kwargs)

    monkeypatch.setattr(ModelBackend, "authenticate", slow_hash)
    assert log_in("historian", "wrong").status_code == 429
    assert meanwhile[0].status_code == 429 and not meanwhile[0].wsgi_request.user.is_authenticated


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("spray", [False, True], ids=["one-name", "sprayed-names"])
def test_parallel_guesses_cannot_pass_the_limit(password_checks, spray):
    """24 guesses at once, as the probe sent them: no more than the limit are checked, and the right
    password afterwards does not log in. Needs concurrent transactions (the PostgreSQL pass)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's in-memory test database runs no concurrent transactions; "
                    "the PostgreSQL pass of `make test` runs this test")
    get_user_model().objects.create_superuser("historian", "h@example.org", PASSWORD)
    guesses = 24
    start = threading.Barrier(guesses)
    statuses = []

    def guess(number):
        try:
            start.wait()
            statuses.append(log_in(f"someone-{number}" if spray else "historian", f"wrong-{number}").status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=guess, args=(number,)) for number in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(statuses) == guesses and set(statuses) <= {200, 429}
    assert len(password_checks) <= LIMIT, f"{len(password_checks)} of {guesses} simultaneous guesses were checked"
    response = log_in("historian", PASSWORD)
    assert response.status_code == 429 and not response.wsgi_request.user.is_authenticated
