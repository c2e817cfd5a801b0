"""The animation as a video file: `manage.py render_video` steps the embed page's video frame mode
in headless Chromium and encodes its frames with ffmpeg (from imageio-ffmpeg)."""
