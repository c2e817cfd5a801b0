"""Authoring tools: scripts that write the operation data files under geodata/ (never used by the app)."""
