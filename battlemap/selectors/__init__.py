"""Reads, one concept per module: queries and day resolution, representations, statistics, export.

The names below are the read side's public interface; views, serializers and commands use them.
"""

from .authoring import authoring_context, authoring_day, day_records, previous_authored_day
from .export import operation_as_data
from .index import chronicle_get, tagline_of
from .queries import (
    areas_at, events_on, formations_for, listed_operations, operation_dates, operation_get, operation_list, operation_version_get,
    places_for, positions_at, source_credits,
)
from .representations import (
    formation_properties, formation_tree, operation_metadata, places_geojson, situation_at,
    sources_for, timeline_for,
)
from .languages import API_LANGUAGES, data_language, texts_for
from .statistics import stats_for

__all__ = [
    "API_LANGUAGES", "data_language", "texts_for",
    "authoring_context", "authoring_day", "day_records", "previous_authored_day",
    "events_on", "chronicle_get", "source_credits", "listed_operations", "tagline_of",
    "areas_at", "formation_properties", "formation_tree", "formations_for", "operation_as_data",
    "operation_dates", "operation_get", "operation_list", "operation_version_get", "operation_metadata", "places_for",
    "places_geojson", "positions_at", "situation_at", "sources_for", "stats_for", "timeline_for",
]
