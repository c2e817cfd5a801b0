"""API errors as JSON with one readable `detail` message, whatever went wrong."""

from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

__all__ = ["exception_handler"]


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
