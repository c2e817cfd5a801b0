"""The preview PNG: drawn from the timeline for a date, cached per version, bad date named."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_preview_is_a_png_of_the_day_and_days_differ(sample_operation):
    client = Client()
    first = client.get(f"/operations/{sample_operation.slug}/preview.png?date=1942-05-11")
    last = client.get(f"/operations/{sample_operation.slug}/preview.png?date=1942-05-14")
    assert first.status_code == 200 and first["Content-Type"] == "image/png"
    assert first.content.startswith(PNG_SIGNATURE)
    assert first.content != last.content, "the front moves, so the pictures differ"


def test_preview_of_a_date_outside_the_operation_is_400_naming_it(sample_operation):
    response = Client().get(f"/operations/{sample_operation.slug}/preview.png?date=1999-01-01")
    assert response.status_code == 400
    assert "'1999-01-01'" in response.json()["detail"]


def test_pages_and_oembed_point_at_the_preview(sample_operation):
    client = Client()
    html = client.get(f"/operations/{sample_operation.slug}/?date=1942-05-12").content.decode()
    assert f'property="og:image" content="http://testserver/operations/{sample_operation.slug}/preview.png?date=1942-05-12"' in html
    body = client.get("/oembed/", {"url": f"http://testserver/embed/{sample_operation.slug}/?date=1942-05-12"}).json()
    assert body["thumbnail_url"].endswith("/preview.png?date=1942-05-12")


def test_kharkov_preview_is_saved_for_review(kharkov_operation):
    from pathlib import Path
    response = Client().get(f"/operations/{kharkov_operation.slug}/preview.png?date=1942-05-24")
    assert response.content.startswith(PNG_SIGNATURE)
    shots = Path("/work/helpers/shots/embed")
    shots.mkdir(parents=True, exist_ok=True)
    (shots / "preview-kharkov-1942-05-24.png").write_bytes(response.content)
