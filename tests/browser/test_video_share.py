"""The share dialog's Video: a short span made in headless Chromium with WebCodecs (or gifenc),
downloaded and decoded back; the fallback where H.264 cannot be encoded; Cancel; the static export
opened from file://, with no server."""

import subprocess

import imageio_ffmpeg
import numpy as np
import pytest
from django.core.management import call_command

from battlemap.site_export import ESBUILD
from waiting import eventually

# 13 May of the sample, its key moment held: 2 s on the moment, 1 s of the day, the closing second.
FPS = 10
FRAMES = (2 + 1 + 1) * FPS


def decode(path):
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    return meta, [np.frombuffer(raw, dtype=np.uint8).reshape(height, width, 3) for raw in reader]


def stream_line(path):
    probe = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    return next(line for line in probe.stderr.splitlines() if "Video:" in line)


def choose(page, *, day="1942-05-13", size="640x360", fmt="mp4"):
    page.click('[data-action="open-share"]')
    page.fill('[data-role="video-from"]', day)
    page.fill('[data-role="video-to"]', day)
    page.select_option('[data-role="video-size"]', size)
    page.select_option('[data-role="video-fps"]', str(FPS))
    page.select_option('[data-role="video-format"]', fmt)


def status(page):
    return page.eval_on_selector('[data-role="video-status"]', "element => element.textContent")


@pytest.mark.parametrize(("fmt", "codec"), [("mp4", "h264"), ("webm", "vp9"), ("gif", "gif")])
def test_a_short_span_is_made_in_the_browser_and_decodes(sample_operation, open_operation, tmp_path, fmt, codec):
    page = open_operation("sample", "?date=1942-05-12")
    choose(page, fmt=fmt)
    with page.expect_download(timeout=120000) as download_info:
        page.click('[data-action="make-video"]')
    download = download_info.value
    assert download.suggested_filename == f"sample_1942-05-13.{fmt}"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    meta, frames = decode(path)
    assert f"Video: {codec}" in stream_line(path)
    assert tuple(meta["size"]) == (640, 360)
    assert len(frames) == FRAMES
    first, last_moving = frames[0].astype(int), frames[FRAMES - FPS - 1].astype(int)
    assert np.abs(first - last_moving).mean() > 0.5, "the map moves between the held moment and the day's end"
    eventually(page, lambda: "made" in status(page), message="the status saying the video was made")
    assert page.locator('[data-role="video-preview"] iframe').count() == 0, "the framed page is gone"


def test_without_an_h264_encoder_webm_is_made_instead(sample_operation, page, live_server, tmp_path):
    # As a Chromium built without an H.264 encoder answers.
    page.add_init_script("""
      const asked = VideoEncoder.isConfigSupported.bind(VideoEncoder);
      VideoEncoder.isConfigSupported = async (config) => (config.codec.startsWith('avc1') ? { supported: false, config } : asked(config));
    """)
    page.goto(f"{live_server.url}/operations/sample/")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    choose(page, fmt="mp4")
    with page.expect_download(timeout=120000) as download_info:
        page.click('[data-action="make-video"]')
    assert download_info.value.suggested_filename.endswith(".webm")
    eventually(page, lambda: "MP4 (H.264) cannot be encoded in this browser" in status(page), message="the status naming the fallback")


def test_cancel_stops_and_downloads_nothing(sample_operation, open_operation):
    page = open_operation("sample")
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    choose(page, day="1942-05-12", size="1280x720", fmt="mp4")
    page.click('[data-action="make-video"]')
    eventually(page, lambda: page.eval_on_selector('[data-role="video-progress"]', "p => p.value > 0"), message="the first frames")
    page.click('[data-action="cancel-video"]')
    eventually(page, lambda: status(page).startswith("Cancelled"), message="the cancel")
    page.wait_for_timeout(500)
    assert downloads == []
    assert page.locator('[data-action="cancel-video"]').is_hidden()
    assert page.locator('[data-role="video-preview"] iframe').count() == 0


@pytest.mark.skipif(not ESBUILD.exists(), reason="esbuild is not installed (make install runs npm install)")
def test_the_static_export_makes_a_video_from_file(sample_operation, page, tmp_path):
    out = tmp_path / "site"
    call_command("export_site", str(out), "sample")
    page.goto((out / "sample" / "index.html").as_uri())
    page.wait_for_selector("html[data-battlemap-ready='true']", state="attached")
    choose(page, fmt="mp4")
    with page.expect_download(timeout=120000) as download_info:
        page.click('[data-action="make-video"]')
    path = tmp_path / "export.mp4"
    download_info.value.save_as(path)
    meta, frames = decode(path)
    assert len(frames) == FRAMES and tuple(meta["size"]) == (640, 360)


def test_closing_the_dialog_cancels(sample_operation, open_operation):
    page = open_operation("sample")
    choose(page, day="1942-05-12", size="1280x720", fmt="webm")
    page.click('[data-action="make-video"]')
    eventually(page, lambda: page.eval_on_selector('[data-role="video-progress"]', "p => p.value > 0"), message="the first frames")
    page.keyboard.press("Escape")
    eventually(page, lambda: status(page).startswith("Cancelled"), message="the cancel")
    assert page.locator('[data-role="video-preview"] iframe').count() == 0
