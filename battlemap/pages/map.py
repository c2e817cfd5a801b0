"""The map of an operation and its embed: one template over one core, options through json_script."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from .. import selectors
from ..api.lookup import operation_or_404
from ..conf import battlemap_setting
from ..documents import inline_json, timeline_payload
from ..i18n import language_query
from ..security import framing_allowed
from ..site_export import field_worker_bundle
from .compare import overlapping
from .preview import still_image

__all__ = ["embed_page", "operation_page"]


def _map_page(request, slug, *, embed, **context):
    """The operation page or its embed: the same template, options through json_script (no
    inline code), discovery and preview links for link previews."""
    operation = operation_or_404(slug)
    # The data's texts in the page's language (English where a text has none, marked "<field>_lang").
    language = selectors.data_language(request.LANGUAGE_CODE)
    texts = selectors.texts_for(operation, language)
    texts.put_on(operation, "operation", None, ("name", "summary", "tagline"))
    options = {
        "slug": operation.slug,
        "timeline_url": reverse("api-operation-timeline", args=[operation.slug])
        + ("" if language == "en" else "?" + urlencode({"lang": language})),
        "situation_url": reverse("api-operation-situation", args=[operation.slug]),
        "tile_layers": battlemap_setting("TILE_LAYERS"),
        "embed": embed,
    }
    if embed:
        options["allowed_origins"] = battlemap_setting("EMBED_ALLOWED_ORIGINS")
        # In the embed's language when its address chose one (else the full map chooses as the embed did).
        choice = getattr(request, "language_choice", None)
        options["full_map_url"] = reverse("operation-page", args=[operation.slug]) + (
            "?" + urlencode({"lang": choice.code}) if choice and choice.source == "query" else "")
        context["source_credits"] = selectors.source_credits(operation)
        # The day's picture, for scripts off or a frame too small for the map.
        context["still"] = still_image(operation, request.GET, language_query(request))
    if not embed:
        context["compare_with"] = overlapping(operation, selectors.listed_operations())
        # Written into the side panel as the script writes them, so that it is laid out once.
        context["key_moments"] = [texts.put_on(moment, "key_moments", moment.key, ("title", "caption"))
                                  for moment in operation.key_moments.order_by("date", "time", "key")]
    # The timeline inline, when it is small enough: the first frame then waits for no request.
    # With the limit at 0 the document is not built here at all: the browser fetches it.
    limit = battlemap_setting("INLINE_TIMELINE_MAX_BYTES")
    timeline = timeline_payload(operation, language) if limit else None
    if timeline and len(timeline.body) <= limit:
        context["inline_timeline"] = mark_safe(inline_json(timeline))  # noqa: S308 (escaped as json_script does)
    script_bundle = battlemap_setting("SCRIPT_BUNDLE")
    return render(request, "battlemap/operation.html", {
        "operation": operation, "options": options, "script_bundle": script_bundle,
        # The field worker: bundled beside the page's bundle (one request), else its modules.
        "field_worker": field_worker_bundle(script_bundle) if script_bundle else "battlemap/js/field-worker.js",
        "oembed_url": _oembed_discovery_url(request),
        "preview_url": _preview_url(request, operation),
        **context,
    })


@require_safe
def operation_page(request, slug):
    """The map of one operation."""
    return _map_page(request, slug, embed=request.GET.get("embed") == "1")


def _oembed_discovery_url(request):
    """The oEmbed endpoint for this page, for the discovery <link> (oEmbed spec 4)."""
    return request.build_absolute_uri(reverse("oembed")) + "?" + urlencode(
        {"url": request.build_absolute_uri(), "format": "json", "lang": request.LANGUAGE_CODE})


@require_safe
@framing_allowed
def embed_page(request, slug):
    """The map alone, for iframes: no header or side panel; framable per the setting."""
    return _map_page(request, slug, embed=True)


def _preview_url(request, operation):
    query = {**({"date": request.GET["date"][:10]} if request.GET.get("date") else {}), **language_query(request)}
    return request.build_absolute_uri(reverse("operation-preview", args=[operation.slug])) + (
        "?" + urlencode(query) if query else "")
