"""Framing: embed pages allow the setting's hosts through CSP; every other page stays DENY."""

import pytest
from django.test import Client


@pytest.mark.django_db
def test_embed_page_is_framable_by_any_host_by_default(sample_operation):
    response = Client().get(f"/embed/{sample_operation.slug}/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    # The site's whole policy still holds; only frame-ancestors is opened.
    assert policy.endswith("frame-ancestors *") and "script-src 'self'" in policy
    assert "X-Frame-Options" not in response


@pytest.mark.django_db
def test_embed_page_frame_ancestors_come_from_the_setting(sample_operation, settings):
    settings.BATTLEMAP = {"EMBED_FRAME_ANCESTORS": ["https://news.example"]}
    response = Client().get(f"/embed/{sample_operation.slug}/")
    assert response["Content-Security-Policy"].endswith("frame-ancestors https://news.example")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/operations/{slug}/", "/api/operations/",
                                  "/oembed/?url=x"])
def test_other_pages_deny_framing(sample_operation, path):
    response = Client().get(path.format(slug=sample_operation.slug))
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_embed_page_has_no_site_header_and_links_to_the_full_map(sample_operation):
    html = Client().get(f"/embed/{sample_operation.slug}/").content.decode()
    assert 'class="bm-header"' not in html
    assert f'href="/operations/{sample_operation.slug}/"' in html
    assert "Open the full map" in html
