"""oEmbed: the pure response builder and the endpoint's statuses (404, 501, 400), discovery."""

import pytest
from django.test import Client

from battlemap.pages.oembed import (OEmbedError, embed_target_from_url, fitted_size,
                              oembed_response)

ROOT = "http://testserver/"


def test_target_keeps_the_carried_options_only():
    target = embed_target_from_url(
        "http://testserver/operations/kharkov/?date=1942-05-22&evil=1&zoom=8", site_root=ROOT)
    assert target.slug == "kharkov"
    assert target.options == (("date", "1942-05-22"), ("zoom", "8"))


@pytest.mark.parametrize("url", [
    "http://elsewhere.example/operations/kharkov/",
    "http://testserver/api/operations/kharkov/",
    "ftp://testserver/operations/kharkov/",
    "http://testserver/operations/",
])
def test_urls_not_ours_are_404(url):
    with pytest.raises(OEmbedError) as caught:
        embed_target_from_url(url, site_root=ROOT)
    assert caught.value.status == 404


def test_missing_url_is_400():
    with pytest.raises(OEmbedError) as caught:
        embed_target_from_url("", site_root=ROOT)
    assert caught.value.status == 400


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["http://testserver/operations/%00/", "http://testserver/embed/sample\x00/",
                                 "http://testserver/operations/sample/?date=1942-05-12%00"])
def test_a_nul_in_the_url_is_a_json_400(client, sample_operation, url):
    response = client.get("/oembed/", {"url": url})
    assert response.status_code == 400
    assert response.json() == {"detail": "the 'url' parameter holds a NUL character"}


@pytest.mark.parametrize(("maxwidth", "maxheight", "expected"), [
    (None, None, (800, 450)),
    (400, None, (400, 250)),  # 225 would be below the designed 250
    (None, 300, (533, 300)),
    (1000, 1000, (800, 450)),
])
def test_size_fits_the_maxima(maxwidth, maxheight, expected):
    assert fitted_size(maxwidth, maxheight) == expected


def test_size_never_exceeds_the_maxima_even_below_the_designed_minimum():
    width, height = fitted_size(200, 100)
    assert width <= 200 and height <= 100


def test_rich_response_escapes_the_title_and_points_at_the_embed():
    target = embed_target_from_url("http://testserver/operations/x/?date=1942-05-22",
                                   site_root=ROOT)
    body = oembed_response(target=target, title='A "quoted" <b>name</b>', site_root=ROOT,
                           provider_name="Battlemap", thumbnail_url=None)
    assert body["type"] == "rich" and body["version"] == "1.0"
    assert 'src="http://testserver/embed/x/?date=1942-05-22"' in body["html"]
    assert "<b>" not in body["html"] and "&lt;b&gt;" in body["html"]
    assert 'loading="lazy"' in body["html"]


def test_unsupported_format_is_501():
    target = embed_target_from_url("http://testserver/embed/x/", site_root=ROOT)
    with pytest.raises(OEmbedError) as caught:
        oembed_response(target=target, title="t", site_root=ROOT, provider_name="B",
                        thumbnail_url=None, response_format="xml")
    assert caught.value.status == 501


@pytest.mark.parametrize("maxwidth", ["wide", "-3", "0"])
def test_malformed_maxwidth_is_400(maxwidth):
    target = embed_target_from_url("http://testserver/embed/x/", site_root=ROOT)
    with pytest.raises(OEmbedError) as caught:
        oembed_response(target=target, title="t", site_root=ROOT, provider_name="B",
                        thumbnail_url=None, maxwidth=maxwidth)
    assert caught.value.status == 400
    assert repr(maxwidth) in caught.value.message


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "status"), [
    ({"url": "http://testserver/operations/sample/"}, 200),
    ({"url": "http://testserver/operations/nope/"}, 404),
    ({"url": "http://other.example/operations/sample/"}, 404),
    ({"url": "http://testserver/operations/sample/", "format": "xml"}, 501),
    ({"url": "http://testserver/operations/sample/", "maxwidth": "x"}, 400),
    ({}, 400),
])
def test_endpoint_statuses(sample_operation, query, status):
    if query.get("url"):
        query["url"] = query["url"].replace("sample", sample_operation.slug)
    response = Client().get("/oembed/", query)
    assert response.status_code == status
    if status == 200:
        assert response.json()["html"].startswith("<iframe ")
    else:
        assert response.json()["detail"]


@pytest.mark.django_db
def test_pages_carry_discovery_links(sample_operation):
    for path in (f"/operations/{sample_operation.slug}/", f"/embed/{sample_operation.slug}/"):
        html = Client().get(path).content.decode()
        assert 'type="application/json+oembed"' in html
        assert 'property="og:title"' in html
