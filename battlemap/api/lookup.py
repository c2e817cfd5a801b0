"""The operation a request names: the one 404 for an unknown slug, for the API and the pages alike."""

from django.http import Http404

from .. import selectors
from ..models import Operation

__all__ = ["operation_or_404"]


def operation_or_404(slug, *, get=selectors.operation_get):
    """The operation `get` finds by `slug` (the full record by default), or a 404 naming the slug.

    DRF answers the Http404 of an API view with the same sentence as its `detail`.
    """
    try:
        return get(slug=slug)
    except Operation.DoesNotExist:
        raise Http404(f"No operation '{slug}'.") from None
