"""Authoring on the map in headless Chromium: the admin's geometry widget and its day view."""

import json

import pytest

from battlemap.models import Area, Operation

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOT = {"width": 1280, "height": 800}


@pytest.fixture
def admin_page(page, live_server, django_user_model, sample_operation):
    """A page signed in to the admin as a superuser, with the sample operation loaded."""
    django_user_model.objects.create_superuser("historian", "historian@example.org", "pw-historian-1")
    page.set_viewport_size(SCREENSHOT)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "historian")
    page.fill("#id_password", "pw-historian-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    page.live_url = live_server.url
    return page


def open_change_page(page, model, pk):
    page.goto(f"{page.live_url}/admin/battlemap/{model}/{pk}/change/")
    page.wait_for_selector(".geometry-widget[data-context-ready=true]")
    return page


def test_an_area_change_page_shows_the_day_around_it(admin_page):
    area = Area.objects.get(date="1942-05-12", side__slug="east", role="held")
    page = open_change_page(admin_page, "area", area.pk)
    legend = page.locator(".geometry-widget-legend input").evaluate_all("boxes => boxes.map(b => b.dataset.layer)")
    assert {"other_ground", "previous", "next", "front", "rivers", "railways", "places", "positions"} <= set(legend)
    page.locator(".geometry-widget-map").scroll_into_view_if_needed()
    page.screenshot(path="/tmp/authoring-area-change.png")
