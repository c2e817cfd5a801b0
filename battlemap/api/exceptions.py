"""API errors as JSON with one readable `detail` message, whatever went wrong.

DRF's views answer through `exception_handler`; errors Django raises before a view runs (an
unknown URL, a crowded query string) reach `not_found` and `bad_request`, which answer JSON on
API paths and the usual pages elsewhere.
"""

from django.http import JsonResponse
from django.views import defaults
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

__all__ = ["bad_request", "exception_handler", "not_found"]

API_PREFIX = "/api/"


def _flatten(detail, prefix=""):
    """'field: message' sentences from DRF's nested error details."""
    if isinstance(detail, dict):
        return [
            sentence
            for key, value in detail.items()
            for sentence in _flatten(value, f"{key}: " if key != "non_field_errors" else "")
        ]
    if isinstance(detail, list):
        return [sentence for item in detail for sentence in _flatten(item, prefix)]
    return [f"{prefix}{detail}"]


def exception_handler(exc, context):
    """DRF's handler, with validation errors folded into {"detail": ..., "errors": {...}}."""
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": " ".join(_flatten(exc.detail)), "errors": exc.detail}
    return response


def not_found(request, exception):
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": f"Nothing at {request.path}."}, status=404)
    return defaults.page_not_found(request, exception)


def bad_request(request, exception):
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": "Bad request: the query could not be read (too many or malformed fields)."}, status=400)
    return defaults.bad_request(request, exception)
