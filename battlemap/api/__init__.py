"""The read-only REST API: its views, serializers, content negotiation and errors."""
