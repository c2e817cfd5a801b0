"""Edits made outside the loader: every change to an operation's records is noted with who and
when (an OperationEdit), so that reloading the operation's files never discards one silently.

The loader's writes (services.operation_load) run inside `writing_files()` and are not edits. Who
made a change is the signed-in user of the request (EditorMiddleware), else `SHELL`.
"""

import contextvars
from contextlib import contextmanager

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from . import history

SHELL = "a shell or script (no signed-in user)"

_writing_files = contextvars.ContextVar("battlemap_writing_files", default=False)
_editor = contextvars.ContextVar("battlemap_editor", default=None)
# The records already noted in this request: a form's save and its sources' are one edit.
_noted = contextvars.ContextVar("battlemap_noted", default=None)
# Operations being deleted whole: their records' deletions are not edits (the edits go with them).
_operations_going = set()
# The operations a load stored (filled while writing_files): each gets its first versions after.
_loaded = contextvars.ContextVar("battlemap_loaded", default=None)


@contextmanager
def writing_files():
    """The loader writes what the files say: nothing done inside is an edit, and no version is
    written per row; once it has written them, each operation stored gets one version of each of
    its records, attributed to the loader (battlemap/history.py)."""
    token = _writing_files.set(True)
    loaded = _loaded.set([])
    try:
        with history.loader_writing():
            yield
        operations = list(_loaded.get())
    finally:
        _loaded.reset(loaded)
        _writing_files.reset(token)
    for operation in operations:
        history.record_load(operation)


def current_editor():
    """Who makes the changes being made now: the signed-in user's name, else SHELL."""
    return _editor.get() or SHELL


# Each version of a record names who made it as each edit does.
history.editors_named_by(current_editor)


@contextmanager
def edits_by(editor):
    """Changes made inside are `editor`'s (a user name)."""
    token = _editor.set(editor)
    noted = _noted.set(set())
    try:
        yield
    finally:
        _noted.reset(noted)
        _editor.reset(token)


class EditorMiddleware:
    """Names the signed-in user as the editor of the changes a request makes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        name = user.get_username() if user is not None and user.is_authenticated else None
        with edits_by(name):
            return self.get_response(request)


def _operation_of(instance):
    from .models import Operation

    if isinstance(instance, Operation):
        return instance
    try:
        return instance.record_operation()
    except Exception:  # a record being deleted with its operation may no longer reach it
        return None


def _describe(instance):
    name = type(instance)._meta.verbose_name
    key = getattr(instance, "key", None) or getattr(instance, "slug", None) or instance.pk
    return f"{name} {key}: {instance}"[:300]


def note_edit(instance, action):
    """Note that `instance` was added, changed or deleted outside the loader."""
    if _writing_files.get():
        return
    from .models import OperationEdit

    operation = _operation_of(instance)
    if operation is None or operation.pk is None:
        return
    if operation.pk in _operations_going:
        return  # deleted along with its operation, edits and all
    record = _describe(instance)
    noted = _noted.get()
    if noted is not None:
        if (type(instance), instance.pk) in noted:
            return
        noted.add((type(instance), instance.pk))
    OperationEdit.objects.create(operation=operation, editor=_editor.get() or SHELL, action=action,
                                 record=record, model=type(instance)._meta.model_name, object_id=str(instance.pk),
                                 day=getattr(instance, "date", None))


def _on_save(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return  # a fixture being loaded
    from .models import Operation

    if created and isinstance(instance, Operation) and _loaded.get() is not None:
        _loaded.get().append(instance)
    # The operation's own bookkeeping (its timestamp renewed after a record's edit) is no edit.
    if isinstance(instance, Operation) and update_fields and set(update_fields) <= {"updated_at"}:
        return
    note_edit(instance, "added" if created else "changed")


def _on_delete(sender, instance, **kwargs):
    from .models import Operation

    if isinstance(instance, Operation):
        _operations_going.discard(instance.pk)
        return
    note_edit(instance, "deleted")


def _on_operation_going(sender, instance, **kwargs):
    # Sent before any of its records is deleted (Django's collector sends every pre_delete first).
    _operations_going.add(instance.pk)


def _on_sources_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        note_edit(instance, "changed")


def record_models():
    """The models whose changes are edits of an operation."""
    from . import models

    return [models.Operation, models.Side, models.Source, models.Formation, models.Position, models.Area,
            models.Front, models.Movement, models.Event, models.Place, models.KeyMoment]


def connect():
    """Listen to every record model (called once, when the app is ready)."""
    from .models import Operation

    pre_delete.connect(_on_operation_going, sender=Operation, dispatch_uid="battlemap-edit-operation-going")
    for model in record_models():
        post_save.connect(_on_save, sender=model, dispatch_uid=f"battlemap-edit-save-{model.__name__}")
        post_delete.connect(_on_delete, sender=model, dispatch_uid=f"battlemap-edit-delete-{model.__name__}")
        sources = getattr(model, "sources", None)
        through = getattr(getattr(sources, "field", None), "remote_field", None)
        if through is not None and getattr(through, "through", None) is not None:
            m2m_changed.connect(_on_sources_changed, sender=through.through,
                                dispatch_uid=f"battlemap-edit-sources-{model.__name__}")


def edits_summary(operation):
    """{count, last_editor, last_at} of the operation's edits since its last load, or None."""
    edits = operation.edits.order_by("-at", "-id")
    last = edits.first()
    if last is None:
        return None
    return {"count": edits.count(), "last_editor": last.editor, "last_at": last.at}


def latest_edit_id(operation):
    """The id of the operation's latest edit (0 for none): the version a form is read at."""
    latest = operation.edits.order_by("-id").values_list("id", flat=True).first() if operation else None
    return latest or 0


def newer_edits(operation, read_at, *, model=None, object_id=None, day=None):
    """The operation's edits after version `read_at`, of one record (model, object_id) or of one day."""
    edits = operation.edits.filter(id__gt=read_at)
    if model is not None:
        edits = edits.filter(model=model, object_id=str(object_id))
    if day is not None:
        edits = edits.filter(day=day)
    return edits.order_by("-id")


def stale_save_message(edits, what):
    """Why a save made against an older version is refused: who changed `what`, and when."""
    last = edits.first()
    count = edits.count()
    more = f" (and {count - 1} more change{'s' if count > 2 else ''})" if count > 1 else ""
    return (f"Not saved: {last.editor} changed {what} at {last.at:%H:%M:%S} UTC ({last.action}: {last.record}){more} "
            f"after you opened it. Your changes are still on this page: open it again in another tab to see "
            f"theirs, then apply yours again and save.")
