"""The read-only API's views: operations, their documents (timeline, statistics, a day's
situation) and the gazetteer, each operation found by the slug in its URL."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view, inline_serializer,
)
from rest_framework import serializers
from rest_framework.generics import GenericAPIView, ListAPIView, RetrieveAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import selectors
from ..documents import situation_payload, stats_payload, timeline_payload
from ..models import Operation
from ..snapshots import consistent_read
from .language import LANGUAGE_DESCRIPTION, requested_language, with_language
from .lookup import operation_or_404
from .negotiation import document_response
from .serializers import (
    DayQuerySerializer, OperationDetailSerializer, OperationSummarySerializer, PlaceQuerySerializer,
)

__all__ = [
    "OperationAPIView", "OperationDetailView", "OperationListView", "PlaceListView", "SituationView",
    "StatsView", "TimelineView",
]

# Every error the API answers: {"detail": "..."} (validation errors add "errors" by field).
ERROR = OpenApiResponse(
    inline_serializer("Error", {"detail": serializers.CharField(), "errors": serializers.DictField(required=False)}),
    description="What is wrong, in one sentence.",
)
NOT_FOUND = {404: ERROR}

LANG_PARAMETER = OpenApiParameter("lang", OpenApiTypes.STR, OpenApiParameter.QUERY, description=LANGUAGE_DESCRIPTION)

DATE_PARAMETER = OpenApiParameter(
    "date", OpenApiTypes.DATE, OpenApiParameter.QUERY, required=True,
    description="A day of the operation, YYYY-MM-DD",
)


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER], responses={
    200: OperationSummarySerializer(many=True), 400: ERROR}))
class OperationListView(ListAPIView):
    """Every operation, with its dates and bounding box."""

    serializer_class = OperationSummarySerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.operation_list()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "language": requested_language(self.request)}

    def list(self, request, *args, **kwargs):
        return with_language(super().list(request, *args, **kwargs), requested_language(request))


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER], responses={200: OperationDetailSerializer, 400: ERROR, **NOT_FOUND}))
class OperationDetailView(RetrieveAPIView):
    """One operation: metadata, sides, days, formations (with their hierarchy) and sources."""

    queryset = Operation.objects.prefetch_related("sides", "sources")
    serializer_class = OperationDetailSerializer
    lookup_field = "slug"

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "language": requested_language(self.request)}

    def retrieve(self, request, *args, **kwargs):
        language = requested_language(request)
        # The operation and its formations come from several queries: one snapshot for them all.
        with consistent_read():
            return with_language(super().retrieve(request, *args, **kwargs), language)


class OperationAPIView(GenericAPIView):
    """Base for the views about one operation, found by the slug in the URL (404 when unknown)."""

    queryset = Operation.objects.all()
    lookup_field = "slug"

    def get_object(self):
        # The documents need only the operation's version and dates, read at most once a second.
        return operation_or_404(self.kwargs[self.lookup_field], get=selectors.operation_version_get)


class SituationView(OperationAPIView):
    """The state on one day as a GeoJSON FeatureCollection (RFC 7946), built once per version
    of the operation and day, and served from the cache."""

    @extend_schema(parameters=[DATE_PARAMETER, LANG_PARAMETER], responses={
        (200, "application/geo+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="A GeoJSON FeatureCollection"),
        400: ERROR, **NOT_FOUND})
    def get(self, request, slug):
        language = requested_language(request)
        operation = self.get_object()
        query = DayQuerySerializer(data=request.query_params, context={"operation": operation})
        query.is_valid(raise_exception=True)
        payload = situation_payload(operation, query.validated_data["date"], language)
        return with_language(document_response(request, payload, content_type="application/geo+json"), language)


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

    @extend_schema(parameters=[LANG_PARAMETER], responses={200: OpenApiTypes.OBJECT, 400: ERROR, **NOT_FOUND})
    def get(self, request, slug):
        language = requested_language(request)
        return with_language(document_response(request, timeline_payload(self.get_object(), language)), language)


class PlaceListView(APIView):
    """The gazetteer as GeoJSON: places as the period sources name them, with modern names."""

    @extend_schema(
        parameters=[OpenApiParameter("operation", OpenApiTypes.STR, OpenApiParameter.QUERY,
                                     description="An operation slug; all places when omitted"), LANG_PARAMETER],
        responses={(200, "application/geo+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="A GeoJSON FeatureCollection"),
                   400: ERROR, **NOT_FOUND},
    )
    def get(self, request):
        language = requested_language(request)
        query = PlaceQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        slug = query.validated_data.get("operation")
        operation = None if slug is None else operation_or_404(slug)
        return with_language(Response(selectors.places_geojson(operation, language), content_type="application/geo+json"),
                             language)
