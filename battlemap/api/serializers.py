"""What the API says about operations, and how it reads its query strings."""

import datetime

from rest_framework import serializers

from .. import selectors
from ..models import Operation

__all__ = ["OperationSummarySerializer", "OperationDetailSerializer", "DayQuerySerializer", "PlaceQuerySerializer"]


class OperationSummarySerializer(serializers.ModelSerializer):
    """One operation in the list: enough to choose it and frame it on a map."""

    bbox = serializers.ListField(child=serializers.FloatField(), min_length=4, max_length=4,
                                 help_text="[west, south, east, north] in degrees")

    class Meta:
        model = Operation
        fields = ["slug", "name", "start_date", "end_date", "bbox"]

    def _texts(self, operation):
        """The operation's texts in the language the request asks for (`?lang=`)."""
        cache = self.context.setdefault("_texts", {})
        if operation.pk not in cache:
            cache[operation.pk] = selectors.texts_for(operation, self.context.get("language", "en"))
        return cache[operation.pk]

    def to_representation(self, operation):
        represented = super().to_representation(operation)
        texts = self._texts(operation)
        fields = [name for name in ("name", "summary") if name in represented]
        return texts.over("operation", None, represented, fields)


class OperationDetailSerializer(OperationSummarySerializer):
    """An operation's metadata, sides, days, order of battle (flat and as a tree) and sources."""

    sides = serializers.SerializerMethodField()
    dates = serializers.SerializerMethodField()
    formations = serializers.SerializerMethodField()
    formation_tree = serializers.SerializerMethodField()
    sources = serializers.SerializerMethodField()

    class Meta(OperationSummarySerializer.Meta):
        fields = OperationSummarySerializer.Meta.fields + [
            "other_names", "summary", "sides", "dates", "formations", "formation_tree", "sources",
        ]

    def get_sides(self, operation) -> list[dict]:
        return selectors.operation_metadata(operation, self._texts(operation))["sides"]

    def get_dates(self, operation) -> list[str]:
        return [day.isoformat() for day in selectors.operation_dates(operation)]

    def _formations(self, operation):
        if not hasattr(self, "_formation_cache"):
            self._formation_cache = selectors.formations_for(operation)
        return self._formation_cache

    def get_formations(self, operation) -> list[dict]:
        return [selectors.formation_properties(f, self._texts(operation)) for f in self._formations(operation)]

    def get_formation_tree(self, operation) -> list[dict]:
        return selectors.formation_tree(self._formations(operation), self._texts(operation))

    def get_sources(self, operation) -> dict:
        return selectors.sources_for(operation)


class DayQuerySerializer(serializers.Serializer):
    """`?date=YYYY-MM-DD`, required, within the operation (passed in the context)."""

    date = serializers.DateField(
        input_formats=["%Y-%m-%d"], help_text="A day of the operation, YYYY-MM-DD",
        error_messages={
            "required": "is required, as YYYY-MM-DD.",
            "invalid": "must be a date as YYYY-MM-DD.",
        },
    )

    def validate_date(self, day: datetime.date):
        operation = self.context["operation"]
        if not operation.contains_date(day):
            raise serializers.ValidationError(
                f"{day} is outside the operation; choose a day from {operation.start_date} "
                f"to {operation.end_date}."
            )
        return day

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError as error:
            # Every date error names the valid range, so the reader knows what to ask for.
            operation = self.context["operation"]
            messages = error.detail.get("date") if isinstance(error.detail, dict) else None
            if messages:
                valid = f" Valid dates: {operation.start_date} to {operation.end_date}."
                error.detail["date"] = [
                    message if "choose a day" in str(message) else f"{message}{valid}"
                    for message in messages
                ]
            raise


class PlaceQuerySerializer(serializers.Serializer):
    """`?operation=<slug>`, optional. DRF's CharField refuses a NUL character, which PostgreSQL
    would refuse in the query (a 500); the slug is taken as given, spaces and all, as before."""

    operation = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False,
                                      help_text="An operation slug; all places when omitted")
