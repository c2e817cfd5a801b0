"""RFC 7946 §3.1.6: every polygon the API and the export write has its exterior ring
counter-clockwise and its holes clockwise."""

import json

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from battlemap.selectors import operation_dates

API = "/api/operations"


def signed_area(ring):
    """Twice the ring's signed area (shoelace): positive when counter-clockwise."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:]))


def polygons_in(document):
    """Every Polygon's rings in a JSON document, at any depth (MultiPolygons split into Polygons)."""
    if isinstance(document, dict):
        if document.get("type") == "Polygon":
            yield document["coordinates"]
        elif document.get("type") == "MultiPolygon":
            yield from document["coordinates"]
        else:
            for value in document.values():
                yield from polygons_in(value)
    elif isinstance(document, list):
        for value in document:
            yield from polygons_in(value)


def wrongly_wound(document):
    """A description of each ring wound against RFC 7946, and how many polygons were checked."""
    wrong, checked = [], 0
    for polygon in polygons_in(document):
        checked += 1
        exterior, *holes = polygon
        if signed_area(exterior) <= 0:
            wrong.append(f"exterior ring starting {exterior[0]} is clockwise")
        wrong += [f"hole starting {hole[0]} is counter-clockwise" for hole in holes if signed_area(hole) >= 0]
    return wrong, checked


def test_the_check_finds_a_clockwise_exterior_and_a_counter_clockwise_hole():
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    hole = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]]
    assert wrongly_wound({"type": "Polygon", "coordinates": [square, hole]}) == ([], 1)
    wrong, _ = wrongly_wound({"type": "MultiPolygon", "coordinates": [[square[::-1], hole[::-1]]]})
    assert len(wrong) == 2


def endpoint_urls(operation):
    slug = operation.slug
    return [
        f"{API}/", f"{API}/{slug}/", f"{API}/{slug}/timeline/", f"{API}/{slug}/stats/",
        f"/api/places/?operation={slug}", "/api/places/",
        *(f"{API}/{slug}/situation/?date={day.isoformat()}" for day in operation_dates(operation)),
    ]


@pytest.mark.parametrize("fixture", ["sample_operation", "kharkov_operation"])
def test_every_polygon_of_every_endpoint_is_wound_as_rfc_7946_says(request, fixture):
    operation = request.getfixturevalue(fixture)
    client = APIClient()
    total, problems = 0, {}
    for url in endpoint_urls(operation):
        response = client.get(url, HTTP_ACCEPT="application/json")
        assert response.status_code == 200, url
        wrong, checked = wrongly_wound(json.loads(response.content))
        total += checked
        if wrong:
            problems[url] = wrong[:3]
    assert problems == {}
    assert total > 0


def test_every_polygon_of_the_geojson_export_is_wound_as_rfc_7946_says(kharkov_operation, tmp_path):
    call_command("export_operation", "kharkov-1942", "--format", "geojson", "--output", str(tmp_path))
    total, problems = 0, {}
    for path in sorted(tmp_path.glob("*.geojson")):
        wrong, checked = wrongly_wound(json.loads(path.read_text()))
        total += checked
        if wrong:
            problems[path.name] = wrong[:3]
    assert problems == {}
    assert total > 0
