"""An automated accessibility audit (axe-core, vendored for the tests only) of every page: the
home page, the map (and in presentation mode), the embed, the handouts and the comparison. None
may have a WCAG 2.1 A or AA violation."""

from pathlib import Path

import pytest

from battlemap.models import Operation

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def audit(page):
    """axe's violations on the page, as readable lines."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -- "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


@pytest.fixture
def both(kharkov_operation, sample_operation):
    Operation.objects.filter(pk=sample_operation.pk).update(listed=True)


PAGES = [
    ("home", "/", None),
    ("map", "/operations/kharkov-1942/?date=1942-05-22", "html[data-battlemap-ready='true']"),
    ("presentation", "/operations/kharkov-1942/?mode=present&date=1942-05-17", "body.bm-presenting"),
    ("embed", "/embed/kharkov-1942/?date=1942-05-24", "html[data-battlemap-ready='true']"),
    ("handout", "/operations/kharkov-1942/print/?date=1942-05-26", None),
    ("sheet", "/operations/kharkov-1942/print/?dates=1942-05-12,1942-05-17,1942-05-22,1942-05-26", None),
    ("compare", "/compare/?left=kharkov-1942&right=sample", None),
    ("article", "/examples/article/", None),
]


@pytest.mark.reduced_motion
@pytest.mark.parametrize("name, path, ready", PAGES, ids=[name for name, _, _ in PAGES])
def test_no_wcag_violation(both, page, live_server, name, path, ready):
    page.goto(f"{live_server.url}{path}")
    if ready:
        page.wait_for_selector(ready)
    page.wait_for_load_state("networkidle")
    violations = audit(page)
    assert violations == [], "\n".join(violations)


@pytest.mark.reduced_motion
def test_the_map_with_its_panels_open_has_no_violation(both, page, live_server):
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-26")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    page.locator(".bm-legend summary").click()
    page.locator("[data-role='units'] summary").click()
    page.locator(".bm-event-group").first.click()
    page.locator("[data-action='open-share']").click()
    violations = audit(page)
    assert violations == [], "\n".join(violations)
