"""render_video for real: a short span of the sample rendered as MP4, WebM and GIF in headless
Chromium, decoded back (frames, size, codec, motion, the held moment's caption), and a failure
mid-way that leaves nothing at the path."""

import os
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from battlemap.video import render
from battlemap.video.render import render_video
from battlemap.video.request import video_request

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM_PATH) and not os.environ.get("CI"),
                       reason=f"no Chromium at {CHROMIUM_PATH}"),
]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

WIDTH, HEIGHT, FPS = 320, 180, 5
# 13 May with its key moment held: 2 s on the moment, 1 s of the day, the closing second.
HELD, MOVING, CLOSING = 2 * FPS, 1 * FPS, 1 * FPS
CODECS = {"mp4": ("h264", "yuv420p"), "webm": ("vp9", "yuv420p"), "gif": ("gif", "bgra")}


def decode(path):
    """(meta, frames as HxWx3 arrays) with imageio-ffmpeg's reader."""
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    frames = [np.frombuffer(raw, dtype=np.uint8).reshape(height, width, 3).astype(int) for raw in reader]
    return meta, frames


def stream_line(path):
    """ffmpeg's line on the video stream, e.g. 'Video: h264 (High) ..., yuv420p(progressive), 320x180'."""
    import subprocess

    import imageio_ffmpeg

    probe = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    return next(line for line in probe.stderr.splitlines() if "Video:" in line)


@pytest.mark.parametrize("extension", ["mp4", "webm", "gif"])
def test_a_held_moment_rendered_and_decoded(sample_operation, live_server, tmp_path, extension, monkeypatch):
    if extension == "mp4":
        # Two pages draw alternate frames, as for a long video: the frames must still come in order.
        monkeypatch.setattr(render, "pages_for", lambda request: 2)
    output = tmp_path / f"pocket.{extension}"
    call_command("render_video", "sample", "--from", "1942-05-13", "--to", "1942-05-13", "--moments",
                 "--size", f"{WIDTH}x{HEIGHT}", "--fps", str(FPS), "--output", str(output), "--server", live_server.url)
    assert sorted(os.listdir(tmp_path)) == [output.name], "the video alone, no temporary file left"
    meta, frames = decode(output)
    codec, pixels = CODECS[extension]
    line = stream_line(output)
    assert f"Video: {codec}" in line and pixels in line and f"{WIDTH}x{HEIGHT}" in line, line
    assert len(frames) == HELD + MOVING + CLOSING
    assert tuple(meta["size"]) == (WIDTH, HEIGHT)
    assert meta["duration"] == pytest.approx(len(frames) / FPS, abs=0.25)
    # The last frame held and the first that moves on stand at the same time: what differs is the
    # caption, in a band along the foot of the frame (the legend and scale bar rise above it).
    held, released = frames[HELD - 1], frames[HELD]
    difference = np.abs(held - released).mean(axis=2)
    assert difference[-25:].mean() > 20, "the caption's band is there while the moment is held"
    assert difference[: HEIGHT // 3, : WIDTH // 2].mean() < 3, "the map and the title stay as they were when the hold ends"
    # The day moves on between the first frame of the day and its last.
    motion = np.abs(frames[HELD] - frames[HELD + MOVING - 1]).mean(axis=2)
    assert motion[40:-40, 60:-60].mean() > 0.5, "the map moves during the day"


@pytest.mark.parametrize("pages", [1, 2])
def test_a_failure_midway_leaves_nothing_at_the_path(sample_operation, live_server, tmp_path, monkeypatch, pages):
    monkeypatch.setattr(render, "pages_for", lambda request: pages)
    output = tmp_path / "clip.mp4"
    output.write_bytes(b"an earlier video")
    request = video_request(slug="sample", date_from="1942-05-12", date_to="1942-05-12", output=str(output),
                            size=f"{WIDTH}x{HEIGHT}", fps=FPS)
    with pytest.raises(RuntimeError, match="stopped after 3 frames"):
        render_video(request, server_url=live_server.url, progress_stream=open(os.devnull, "w"), fail_after=3)
    assert output.read_bytes() == b"an earlier video", "the file at the path is untouched"
    assert os.listdir(tmp_path) == ["clip.mp4"], "no half-written temporary file is left"


def test_a_page_that_cannot_be_opened_is_a_clear_error(sample_operation, tmp_path):
    import socket

    from django.core.management import CommandError

    # A port that was free a moment ago: nothing answers there, so the browser cannot open the page.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(CommandError, match=r"The video could not be rendered: the browser stopped: .*ERR_CONNECTION_REFUSED"):
        call_command("render_video", "sample", "--output", str(tmp_path / "clip.mp4"), "--server", f"http://127.0.0.1:{port}")
    assert os.listdir(tmp_path) == []


def test_the_frames_speak_the_videos_language(sample_operation, live_server, tmp_path):
    from battlemap.video.browser import frame_page, frame_png

    request = video_request(slug="sample", date_from="1942-05-12", date_to="1942-05-12", output=str(tmp_path / "clip.mp4"),
                            size=f"{WIDTH}x{HEIGHT}", fps=FPS, lang="uk")

    def frame_in_ukrainian():
        with frame_page(live_server.url, request) as (page, plan):
            return (frame_png(page, 0), page.evaluate("document.documentElement.lang"),
                    page.locator("[data-role=date]").inner_text())

    # In a thread of its own, as render_video's pages are: the browser tests' Playwright holds this one's loop.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        png, lang, date_text = pool.submit(frame_in_ukrainian).result()
    assert lang == "uk"
    assert "12 травня 1942" in date_text, "the date in Ukrainian"
    assert png.startswith(b"\x89PNG")
    if os.environ.get("BATTLEMAP_SHOTS"):
        (Path(os.environ["BATTLEMAP_SHOTS"]) / "video-frame-uk.png").write_bytes(png)
