"""Text from data is never markup: hostile titles, names and URLs are shown as text and never run.

The operation is the sample with payloads in every text a reader sees; the page must show them
literally, run none of them, make no javascript: link, and break no rule of the
Content-Security-Policy.
"""

import csv

import pytest

from battlemap.models import Source
from battlemap.services import operation_load
from geodata.loader import read_operation

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.csp]

IMG = '<img src=x onerror="window.__pwned = \'img\'">'
SCRIPT = "<script>window.__pwned = 'script'</script>"
RECORD_VIOLATIONS = """
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _rewrite_csv(path, change):
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    change(rows)
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def hostile_operation(sample_copy, edit_features):
    def poison_events(collection):
        for feature in collection["features"]:
            feature["properties"]["title"] = f"{IMG} {feature['properties']['title']}"
            feature["properties"]["text"] = f"{SCRIPT} {feature['properties']['text']}"

    edit_features(sample_copy, "events", poison_events)
    _rewrite_csv(sample_copy / "formations.csv", lambda rows: rows[0].update(name=f"{IMG} 1st Army"))
    _rewrite_csv(sample_copy / "sources.csv", lambda rows: rows[0].update(title=f"{IMG} Notes"))
    operation = operation_load(data=read_operation(sample_copy))
    # A link that slipped past every check: the page itself must still refuse it.
    Source.objects.filter(operation=operation, key="sample-notes").update(url="javascript:window.__pwned='link'")
    return operation


def test_hostile_text_is_shown_as_text_and_never_runs(hostile_operation, page, live_server):
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{live_server.url}/operations/sample/?date=1942-05-13&unit=e-1a")
    page.wait_for_selector("html[data-battlemap-ready='true']", state="attached")

    marker = page.locator(".bm-event-marker").first
    marker.hover()
    tooltip = page.locator(".leaflet-tooltip").first
    tooltip.wait_for()
    assert IMG in tooltip.inner_text()
    marker.click()

    story = page.locator("[data-role=story-events]")
    assert SCRIPT in story.inner_text()
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("img[src='x']").count() == 0
    card = page.locator("[data-role=unit-card]")
    if card.count():
        assert "1st Army" in card.inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__cspViolations") == []


@pytest.mark.parametrize("path", ["/", "/operations/sample/", "/admin/login/"])
def test_pages_break_no_rule_of_the_policy(sample_operation, page, live_server, path):
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{live_server.url}{path}")
    page.wait_for_load_state("networkidle")
    if path.startswith("/operations/"):
        page.wait_for_selector("html[data-battlemap-ready='true']", state="attached")
    assert page.evaluate("window.__cspViolations") == []
