"""The same frames either way: a short span rendered by `manage.py render_video` and by the share
dialog in the browser, at one size, compared at the same frames with the page's own screenshots of
its video frame mode (a small tolerance, for the encoders' loss)."""

import io

import imageio_ffmpeg
import numpy as np
from django.core.management import call_command
from PIL import Image

FPS = 10
WIDTH, HEIGHT = 640, 360
# Frames of 13 May with its moment held: in the hold, moving through the day, and the closing card.
COMPARED = [0, 19, 22, 29, 35]
# Mean difference per channel (0-255) and the share of pixels off by more than 48.
MEAN_TOLERANCE = 3.0
FAR_OFF_TOLERANCE = 0.01


def decode(path):
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    return [np.frombuffer(raw, dtype=np.uint8).reshape(height, width, 3).astype(int) for raw in reader]


def page_screenshots(chromium, live_server, address):
    context = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/embed/sample/?frame=video&controls=none")
        page.wait_for_selector("html[data-battlemap-ready='true']", state="attached")
        page.evaluate("(options) => window.battlemapVideo.prepare(options)",
                      {"from": "1942-05-13", "to": "1942-05-13", "fps": FPS, "holdMoments": True, "address": address})
        shots = {}
        for i in COMPARED:
            page.evaluate("(i) => window.battlemapVideo.drawFrame(i)", i)
            shots[i] = np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)
        return shots
    finally:
        context.close()


def browser_video(page, tmp_path):
    page.click('[data-action="open-share"]')
    page.fill('[data-role="video-from"]', "1942-05-13")
    page.fill('[data-role="video-to"]', "1942-05-13")
    page.select_option('[data-role="video-size"]', f"{WIDTH}x{HEIGHT}")
    page.select_option('[data-role="video-fps"]', str(FPS))
    page.select_option('[data-role="video-format"]', "mp4")
    with page.expect_download(timeout=120000) as download_info:
        page.click('[data-action="make-video"]')
    path = tmp_path / "browser.mp4"
    download_info.value.save_as(path)
    return decode(path)


def differences(frame, shot):
    difference = np.abs(frame - shot)
    return difference.mean(), (difference.max(axis=2) > 48).mean()


def test_the_command_and_the_browser_make_the_page_frames(sample_operation, open_operation, chromium, live_server, tmp_path, shots):
    # The closing card names the page the browser made its video from: the command is told the same.
    address = f"{live_server.url}/operations/sample/"
    command_path = tmp_path / "command.mp4"
    call_command("render_video", "sample", "--from", "1942-05-13", "--to", "1942-05-13", "--moments", "--size", f"{WIDTH}x{HEIGHT}",
                 "--fps", str(FPS), "--output", str(command_path), "--server", live_server.url, "--url", address)
    from_command = decode(command_path)
    from_browser = browser_video(open_operation("sample"), tmp_path)
    assert len(from_command) == len(from_browser) == 40
    screenshots = page_screenshots(chromium, live_server, address)
    for i, shot in screenshots.items():
        Image.fromarray(np.hstack([shot, from_command[i], from_browser[i]]).astype(np.uint8)).save(shots / f"frame-{i:02d}.png")
        for name, frame in (("command", from_command[i]), ("browser", from_browser[i])):
            mean, far_off = differences(frame, shot)
            assert mean < MEAN_TOLERANCE and far_off < FAR_OFF_TOLERANCE, (
                f"frame {i} of the {name}'s video is off the page's screenshot: mean {mean:.2f}, {far_off:.2%} of pixels far off")
    # And the frames compared are not all alike: the comparison could tell them apart.
    mean, _ = differences(screenshots[COMPARED[0]], screenshots[COMPARED[-1]])
    assert mean > MEAN_TOLERANCE, "the first and the closing frame differ more than the tolerance"
