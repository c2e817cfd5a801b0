"""oEmbed: the pure response builder and the endpoint's statuses (404, 501, 400), discovery;
never a frame below the minimum, the day's picture or a link instead."""

import io

import pytest
from django.test import Client
from PIL import Image

from battlemap.pages.oembed import (MIN_HEIGHT, MIN_WIDTH, OEmbedError, embed_target_from_url,
                                    fitted_size, oembed_response)

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


def test_no_frame_is_fitted_below_the_designed_minimum():
    with pytest.raises(ValueError, match="300x250"):
        fitted_size(200, 100)


PREVIEW = "http://testserver/operations/x/preview.png?date=1942-05-22"


def respond(maxwidth=None, maxheight=None, preview_url=PREVIEW):
    target = embed_target_from_url("http://testserver/operations/x/?date=1942-05-22", site_root=ROOT)
    return oembed_response(target=target, title="Kharkov <1942>", site_root=ROOT, provider_name="Battlemap",
                           preview_url=preview_url, maxwidth=maxwidth, maxheight=maxheight)


@pytest.mark.parametrize(("maxwidth", "maxheight"), [
    (None, "250"), ("300", None), ("300", "250"), ("320", "1000"), ("2000", "260"),
])
def test_a_rich_frame_is_never_below_the_minimum(maxwidth, maxheight):
    body = respond(maxwidth, maxheight)
    assert body["type"] == "rich"
    assert body["width"] >= MIN_WIDTH and body["height"] >= MIN_HEIGHT
    assert f'width="{body["width"]}" height="{body["height"]}"' in body["html"]
    assert body["width"] <= int(maxwidth or 10**6) and body["height"] <= int(maxheight or 10**6)


@pytest.mark.parametrize(("maxwidth", "maxheight", "width"), [
    (None, "200", 360),     # the case: 320x200 was a frame below the minimum
    ("280", None, 280),
    ("299", "1000", 280),
    ("1000", "249", 440),
    ("200", "100", 160),
])
def test_where_no_usable_map_fits_the_answer_is_the_days_picture(maxwidth, maxheight, width):
    body = respond(maxwidth, maxheight)
    # oEmbed 2.3.4.1: a photo's url, width and height, the image's own size, within the maxima.
    assert body["type"] == "photo" and "html" not in body
    assert body["url"] == f"{PREVIEW}&width={width}"
    assert body["width"] == width and body["height"] == round(width * 0.525)
    assert body["width"] <= int(maxwidth or 10**6) and body["height"] <= int(maxheight or 10**6)
    assert body["title"] == "Kharkov <1942>" and body["provider_url"] == ROOT


def test_where_not_even_the_smallest_picture_fits_the_answer_is_a_link():
    body = respond("100", "50")
    assert body["type"] == "link"
    assert not {"html", "url", "width", "height", "thumbnail_url"} & set(body)


def test_the_thumbnail_fits_the_maxima_and_tells_its_own_size():
    assert {key: respond()[key] for key in ("thumbnail_url", "thumbnail_width", "thumbnail_height")} == {
        "thumbnail_url": PREVIEW, "thumbnail_width": 1200, "thumbnail_height": 630}
    body = respond("600", None)
    assert body["thumbnail_url"] == f"{PREVIEW}&width=600"
    assert (body["thumbnail_width"], body["thumbnail_height"]) == (600, 315)


def test_rich_response_escapes_the_title_and_points_at_the_embed():
    target = embed_target_from_url("http://testserver/operations/x/?date=1942-05-22",
                                   site_root=ROOT)
    body = oembed_response(target=target, title='A "quoted" <b>name</b>', site_root=ROOT,
                           provider_name="Battlemap", preview_url=None)
    assert body["type"] == "rich" and body["version"] == "1.0"
    assert 'src="http://testserver/embed/x/?date=1942-05-22"' in body["html"]
    assert "<b>" not in body["html"] and "&lt;b&gt;" in body["html"]
    assert 'loading="lazy"' in body["html"]


def test_unsupported_format_is_501():
    target = embed_target_from_url("http://testserver/embed/x/", site_root=ROOT)
    with pytest.raises(OEmbedError) as caught:
        oembed_response(target=target, title="t", site_root=ROOT, provider_name="B",
                        preview_url=None, response_format="xml")
    assert caught.value.status == 501


@pytest.mark.parametrize("maxwidth", ["wide", "-3", "0"])
def test_malformed_maxwidth_is_400(maxwidth):
    target = embed_target_from_url("http://testserver/embed/x/", site_root=ROOT)
    with pytest.raises(OEmbedError) as caught:
        oembed_response(target=target, title="t", site_root=ROOT, provider_name="B",
                        preview_url=None, maxwidth=maxwidth)
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


@pytest.mark.django_db
@pytest.mark.parametrize(("maxwidth", "maxheight"), [("", "200"), ("240", "")])
def test_the_endpoint_answers_a_small_space_with_a_picture_of_that_size(sample_operation, maxwidth, maxheight):
    client = Client()
    body = client.get("/oembed/", {"url": f"http://testserver/embed/{sample_operation.slug}/?date=1942-05-13",
                                   "maxwidth": maxwidth, "maxheight": maxheight}).json()
    assert body["type"] == "photo"
    assert body["url"].startswith(f"http://testserver/operations/{sample_operation.slug}/preview.png?date=1942-05-13&width=")
    image = client.get(body["url"].removeprefix("http://testserver"))
    assert image.status_code == 200 and image["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(image.content)).size == (body["width"], body["height"])


@pytest.mark.django_db
@pytest.mark.parametrize("width", ["100", "1240", "333", "wide"])
def test_a_preview_width_not_offered_is_400_naming_it(sample_operation, width):
    response = Client().get(f"/operations/{sample_operation.slug}/preview.png", {"width": width})
    assert response.status_code == 400 and repr(width) in response.json()["detail"]
