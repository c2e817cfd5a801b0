"""Consistent reads: everything a request reads comes from one committed version of the data.

A reload replaces an operation in one transaction; a reader that used several queries at the
default READ COMMITTED level could see the old operation in one query and the new one (or none)
in the next, and answer half a document. Inside `consistent_read` every query sees one snapshot:
PostgreSQL runs the transaction at REPEATABLE READ; SQLite's read transaction holds its shared
lock until it ends, so a writer commits only after it.
"""

from contextlib import contextmanager

from django.db import connection, transaction

__all__ = ["consistent_read"]


@contextmanager
def consistent_read():
    """A read-only transaction whose queries all see the same committed data."""
    if connection.in_atomic_block:
        # Already inside a transaction (a test, or a caller's own): its snapshot rules.
        yield
        return
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield
