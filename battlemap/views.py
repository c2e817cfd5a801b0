"""Thin read-only views: the REST API and the operation pages."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.utils.http import parse_etags, quote_etag
from django.utils.safestring import mark_safe
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view, inline_serializer,
)
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.generics import GenericAPIView, ListAPIView, RetrieveAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors
from .article_example import ARTICLE_OPERATION, SECTIONS
from .comparison import ComparisonError, comparison_from_query, overlapping
from .conf import battlemap_setting
from .render.contrast import contrast_charts
from .handouts import HandoutError, handout_from_query
from .preview import preview_cached
from .oembed import OEmbedError, embed_target_from_url, oembed_response
from .models import Operation
from .negotiation import accepts_gzip
from .serializers import DayQuerySerializer, OperationDetailSerializer, OperationSummarySerializer
from .documents import inline_json, situation_payload, stats_payload, timeline_payload
from .security import framing_allowed
from .site_export import field_worker_bundle
from .snapshots import consistent_read

# Every error the API answers: {"detail": "..."} (validation errors add "errors" by field).
ERROR = OpenApiResponse(
    inline_serializer("Error", {"detail": serializers.CharField(), "errors": serializers.DictField(required=False)}),
    description="What is wrong, in one sentence.",
)
NOT_FOUND = {404: ERROR}

DATE_PARAMETER = OpenApiParameter(
    "date", OpenApiTypes.DATE, OpenApiParameter.QUERY, required=True,
    description="A day of the operation, YYYY-MM-DD",
)


def no_operation(slug):
    """The 404 for an unknown operation: it names the slug asked for."""
    return NotFound(f"No operation '{slug}'.")


class OperationListView(ListAPIView):
    """Every operation, with its dates and bounding box."""

    serializer_class = OperationSummarySerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.operation_list()


@extend_schema_view(get=extend_schema(responses={200: OperationDetailSerializer, **NOT_FOUND}))
class OperationDetailView(RetrieveAPIView):
    """One operation: metadata, sides, days, formations (with their hierarchy) and sources."""

    queryset = Operation.objects.prefetch_related("sides", "sources")
    serializer_class = OperationDetailSerializer
    lookup_field = "slug"

    def retrieve(self, request, *args, **kwargs):
        # The operation and its formations come from several queries: one snapshot for them all.
        with consistent_read():
            return super().retrieve(request, *args, **kwargs)


class OperationAPIView(GenericAPIView):
    """Base for the views about one operation, found by the slug in the URL (404 when unknown)."""

    queryset = Operation.objects.all()
    lookup_field = "slug"

    def get_object(self):
        # The documents need only the operation's version and dates, read at most once a second.
        slug = self.kwargs[self.lookup_field]
        try:
            return selectors.operation_version_get(slug=slug)
        except Operation.DoesNotExist:
            raise no_operation(slug)


def document_response(request, payload, content_type="application/json"):
    """A cached document as the answer: gzipped when the client accepts it, with an ETag and
    Cache-Control, and 304 for a matching If-None-Match."""
    # The gzipped body is another representation, so it has its own strong tag (RFC 9110
    # §8.8.3); either matches a conditional request, and weak forms compare equal.
    etag, gzip_etag = payload.etag, f"{payload.etag}-gzip"
    wanted = {tag.removeprefix("W/") for tag in parse_etags(request.headers.get("If-None-Match", ""))}
    wants_gzip = accepts_gzip(request.headers.get("Accept-Encoding", ""))
    if "*" in wanted or wanted & {quote_etag(etag), quote_etag(gzip_etag)}:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(payload.gzipped if wants_gzip else payload.body, content_type=content_type)
        if wants_gzip:
            # Already compressed: GZipMiddleware leaves a response with an encoding alone.
            response["Content-Encoding"] = "gzip"
    response["ETag"] = quote_etag(gzip_etag if wants_gzip else etag)
    response["Cache-Control"] = f"public, max-age={battlemap_setting('TIMELINE_MAX_AGE')}"
    response["Vary"] = "Accept-Encoding"
    return response


class SituationView(OperationAPIView):
    """The state on one day as a GeoJSON FeatureCollection (RFC 7946), built once per version
    of the operation and day, and served from the cache."""

    @extend_schema(parameters=[DATE_PARAMETER], responses={
        (200, "application/geo+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="A GeoJSON FeatureCollection"),
        400: ERROR, **NOT_FOUND})
    def get(self, request, slug):
        operation = self.get_object()
        query = DayQuerySerializer(data=request.query_params, context={"operation": operation})
        query.is_valid(raise_exception=True)
        payload = situation_payload(operation, query.validated_data["date"])
        return document_response(request, payload, content_type="application/geo+json")


class StatsView(OperationAPIView):
    """Per day: km² by side and role, front length in km, formations by status."""

    @extend_schema(responses={200: OpenApiResponse(
        {"type": "array", "items": {"type": "object"}}, description="One entry per day"), **NOT_FOUND})
    def get(self, request, slug):
        return document_response(request, stats_payload(self.get_object()))


class TimelineView(OperationAPIView):
    """The whole operation in one cacheable document: scrubbing needs no further requests.

    Sends an ETag and Cache-Control and answers If-None-Match with 304. The body is serialised
    and gzipped once per version of the operation, not once per request.
    """

    @extend_schema(responses={200: OpenApiTypes.OBJECT, **NOT_FOUND})
    def get(self, request, slug):
        return document_response(request, timeline_payload(self.get_object()))


class PlaceListView(APIView):
    """The gazetteer as GeoJSON: places as the period sources name them, with modern names."""

    @extend_schema(
        parameters=[OpenApiParameter("operation", OpenApiTypes.STR, OpenApiParameter.QUERY,
                                     description="An operation slug; all places when omitted")],
        responses={(200, "application/geo+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="A GeoJSON FeatureCollection"),
                   **NOT_FOUND},
    )
    def get(self, request):
        slug = request.query_params.get("operation")
        try:
            operation = None if slug is None else selectors.operation_get(slug=slug)
        except Operation.DoesNotExist:
            raise no_operation(slug)
        return Response(selectors.places_geojson(operation), content_type="application/geo+json")


@require_safe
def print_page(request, slug):
    """A handout to print: one day's map, legend and events, or a sheet of small maps of 4-9 days."""
    operation = _operation_or_404(slug)
    try:
        handout = handout_from_query(request.GET, operation)
    except HandoutError as error:
        return render(request, "battlemap/print.html", {"operation": operation, "problem": str(error)}, status=400)
    events = selectors.events_on(operation, handout.dates)
    days = [{"date": day, "events": events[day]} for day in handout.dates]
    cited = {key for day in days for event in day["events"] for key in event.source_keys}
    return render(request, "battlemap/print.html", {
        "operation": operation, "handout": handout, "days": days,
        "sides": operation.sides.all(),
        "sources": operation.sources.filter(key__in=cited).order_by("author", "year"),
        "page_url": request.build_absolute_uri(reverse("operation-page", args=[operation.slug])),
    })


@require_safe
def article_example(request):
    """A worked example of a scroll-driven article driving an embed (needs Kharkov 1942 loaded)."""
    operation = _operation_or_404(ARTICLE_OPERATION)
    return render(request, "battlemap/article.html", {
        "operation": operation, "sections": SECTIONS, "credits": selectors.source_credits(operation, limit=8),
    })


@require_safe
def compare_page(request):
    """Two operations on the same ground, side by side (one above the other on a phone)."""
    operations = list(selectors.listed_operations())
    try:
        comparison = comparison_from_query(request.GET, operations)
    except ComparisonError as error:
        return render(request, "battlemap/compare.html", {"problem": str(error), "operations": operations},
                      status=400)
    charts = contrast_charts(comparison.left, comparison.right)
    return render(request, "battlemap/compare.html", {
        "comparison": comparison, "operations": operations,
        "contrast_side": charts.side, "ground_chart": charts.ground, "front_chart": charts.front,
    })


def _operation_or_404(slug):
    """The operation for a page, through the one selector the API views use too."""
    try:
        return selectors.operation_get(slug=slug)
    except Operation.DoesNotExist:
        raise Http404(f"No operation '{slug}'.") from None


def _map_page(request, slug, *, embed, **context):
    """The operation page or its embed: the same template, options through json_script (no
    inline code), discovery and preview links for link previews."""
    operation = _operation_or_404(slug)
    options = {
        "slug": operation.slug,
        "timeline_url": reverse("api-operation-timeline", args=[operation.slug]),
        "situation_url": reverse("api-operation-situation", args=[operation.slug]),
        "tile_layers": battlemap_setting("TILE_LAYERS"),
        "embed": embed,
    }
    if embed:
        options["allowed_origins"] = battlemap_setting("EMBED_ALLOWED_ORIGINS")
        options["full_map_url"] = reverse("operation-page", args=[operation.slug])
        context["source_credits"] = selectors.source_credits(operation)
    if not embed:
        context["compare_with"] = overlapping(operation, selectors.listed_operations())
    # The timeline inline, when it is small enough: the first frame then waits for no request.
    # With the limit at 0 the document is not built here at all: the browser fetches it.
    limit = battlemap_setting("INLINE_TIMELINE_MAX_BYTES")
    timeline = timeline_payload(operation) if limit else None
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
        {"url": request.build_absolute_uri(), "format": "json"})


@require_safe
@framing_allowed
def embed_page(request, slug):
    """The map alone, for iframes: no header or side panel; framable per the setting."""
    return _map_page(request, slug, embed=True)


@require_safe
def preview_image(request, slug):
    """The operation on ?date= (default: its first day) as a PNG, for link previews and oEmbed;
    ?size=card gives the home page's thumbnail."""
    operation = _operation_or_404(slug)
    date = request.GET.get("date") or operation.start_date.isoformat()
    try:
        png = preview_cached(operation, date[:10], request.GET.get("size") or "large")
    except ValueError as error:
        return JsonResponse({"detail": str(error)}, status=400)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={battlemap_setting('TIMELINE_MAX_AGE')}"
    return response


def _preview_url(request, operation):
    query = {"date": request.GET["date"][:10]} if request.GET.get("date") else {}
    return request.build_absolute_uri(reverse("operation-preview", args=[operation.slug])) + (
        "?" + urlencode(query) if query else "")


@require_safe
def oembed(request):
    """oEmbed endpoint: a `rich` iframe for our operation and embed URLs (404/501/400 per spec)."""
    try:
        target = embed_target_from_url(request.GET.get("url"),
                                       site_root=request.build_absolute_uri("/"))
        operation = Operation.objects.filter(slug=target.slug).first()
        if operation is None:
            raise OEmbedError(404, f"no operation {target.slug!r}")
        body = oembed_response(
            target=target, title=operation.name, site_root=request.build_absolute_uri("/"),
            provider_name="Battlemap",
            thumbnail_url=request.build_absolute_uri(
                reverse("operation-preview", args=[operation.slug])) + (
                "?" + urlencode({"date": dict(target.options)["date"][:10]})
                if "date" in dict(target.options) else ""),
            response_format=request.GET.get("format"),
            maxwidth=request.GET.get("maxwidth"), maxheight=request.GET.get("maxheight"),
        )
    except OEmbedError as error:
        return JsonResponse({"detail": error.message}, status=error.status)
    return JsonResponse(body)
