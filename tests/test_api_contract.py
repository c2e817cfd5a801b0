"""The OpenAPI schema matches every answer: schemathesis generates requests for each API operation
from the schema (valid and invalid ones) and checks each response against it.

Random slugs and dates only ever reach the 404 and 400 answers, so half the generated cases are
steered to Kharkov 1942 and its real days, to check the 200 answers against the schema too.
"""

import datetime

import pytest
from django.core.wsgi import get_wsgi_application

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings, strategies  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

SLUG = "kharkov-1942"
DAYS = [(datetime.date(1942, 5, 11) + datetime.timedelta(days=n)).isoformat() for n in range(20)]

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """The app is called in-process, inside the test's transaction: it must not close the database
    connection when a request ends, as it does in a server (Django's test client does the same)."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    if not path_parameters or "slug" not in path_parameters:
        return strategies.just(path_parameters)
    return strategies.sampled_from([path_parameters, {**path_parameters, "slug": SLUG}])


@schema.hook
def flatmap_query(context, query):
    query = query or {}
    steered = dict(query)
    if "operation" in query:
        steered["operation"] = SLUG
    return strategies.one_of(
        strategies.just(query),
        strategies.sampled_from(DAYS).map(lambda day: {**steered, "date": day} if "date" in query else steered),
    )


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_answer_matches_the_schema(case, kharkov_operation):
    # The in-process client does not undo gzip, which the API rightly applies when asked.
    # Which dates an operation has is data, not schema: a well-formed date outside the operation
    # is a documented 400, so "schema-valid data must be accepted" does not hold for `date`. Every
    # other check runs, the answers' shapes, status codes and media types included.
    case.call_and_validate(headers={"Accept-Encoding": "identity"}, excluded_checks=[positive_data_acceptance])


def test_the_steering_reaches_real_answers(client, kharkov_operation):
    """The cases steered above do reach 200 answers (else the check above would see only errors)."""
    assert client.get(f"/api/operations/{SLUG}/situation/", {"date": DAYS[10]}).status_code == 200
    assert client.get("/api/places/", {"operation": SLUG}).status_code == 200
