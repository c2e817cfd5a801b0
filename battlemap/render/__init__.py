"""What is drawn on the server: preview images, charts and printed handouts."""
