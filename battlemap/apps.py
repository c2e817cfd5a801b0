"""The Battlemap Django app."""

from django.apps import AppConfig


class BattlemapConfig(AppConfig):
    name = "battlemap"
    verbose_name = "Battlemap"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import edits
        from .conf import check_settings

        check_settings()
        # Changes outside the loader are noted, so that a reload never discards one silently.
        edits.connect()
