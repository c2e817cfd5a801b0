"""Issue #28's speed and size: `manage.py render_video` timed on Kharkov, as the issue states them.

Run from the repository root:

    .venv/bin/python -m tests.benchmarks.video_render [--runs 1]

It serves the app as the page benchmarks do (server.py: gunicorn, production mode, collected
static files, its own SQLite database with Kharkov 1942 loaded) and runs the command against it
(`--server`), in a process of its own, for:

- 10 s of Kharkov (17 to 27 May 1942) at 1280×720, 30 fps, as MP4: wall time against the video's
  length (target: at most 2× real time on this 2-core machine) and the file's size (at most 8 MB);
- a 6 s GIF of 22 to 26 May at 640×360 (at most 6 MB);
- the browser's own path: the map page's share dialog, *Video*, 17 to 26 May at 1280×720, 30 fps,
  MP4, in headless Chromium (WebCodecs), from the click to the download: wall time against the
  downloaded video's length (target: at most 3× real time).
"""

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tests.benchmarks.pages import verdict
from tests.benchmarks.server import PYTHON, REPO, Server, launch_chromium

CASES = [
    # (name, arguments, video seconds, size limit in MB, real-time limit or None, file suffix)
    ("MP4, 10 s at 1280x720, 30 fps", ["--from", "1942-05-17", "--to", "1942-05-27", "--seconds", "10",
                                        "--size", "1280x720", "--fps", "30"], 10, 8, 2.0, ".mp4"),
    ("GIF, 6 s at 640x360", ["--from", "1942-05-22", "--to", "1942-05-26", "--seconds", "6",
                             "--size", "640x360"], 6, 6, None, ".gif"),
]


def render(server, arguments, output):
    started = time.monotonic()
    subprocess.run([PYTHON, "manage.py", "render_video", "kharkov-1942", *arguments, "--server", server.url,
                    "--output", str(output)], cwd=REPO, env=server.env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def browser_render(server, workdir):
    """The share dialog's Video on the map page: seconds from the click to the download, and the file."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
        page.goto(f"{server.url}/operations/kharkov-1942/")
        page.wait_for_selector("html[data-battlemap-ready='true']", state="attached", timeout=120000)
        page.click('[data-action="open-share"]')
        page.fill('[data-role="video-from"]', "1942-05-17")
        page.fill('[data-role="video-to"]', "1942-05-26")
        page.select_option('[data-role="video-size"]', "1280x720")
        page.select_option('[data-role="video-fps"]', "30")
        page.select_option('[data-role="video-format"]', "mp4")
        started = time.monotonic()
        with page.expect_download(timeout=600000) as download_info:
            page.click('[data-action="make-video"]')
        wall = time.monotonic() - started
        output = workdir / "browser.mp4"
        download_info.value.save_as(str(output))
        browser.close()
    return wall, output


def video_seconds(path):
    import imageio_ffmpeg

    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(path))
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="renders of each case, median taken (default 1)")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="battlemap-video-") as tmp:
        workdir = Path(tmp)
        server = Server(workdir)
        server.prepare(REPO / "geodata" / "kharkov-1942")
        server.start()
        try:
            for name, arguments, seconds, size_mb, real_time, suffix in CASES:
                output = workdir / f"video{suffix}"
                times = [render(server, arguments, output) for _ in range(args.runs)]
                results.append((name, seconds, statistics.median(times), output.stat().st_size / 1e6, size_mb, real_time))
            wall, output = browser_render(server, workdir)
            results.append(("Browser (share dialog), MP4 of 17-26 May at 1280x720, 30 fps", round(video_seconds(output), 1),
                            wall, output.stat().st_size / 1e6, 8, 3.0))
        finally:
            server.stop()
    print("\nKharkov 1942, manage.py render_video against a production-mode server")
    for name, seconds, wall, megabytes, size_mb, real_time in results:
        ratio = wall / seconds
        print(f"  {name}: {wall:.1f} s for {seconds} s of video ({ratio:.1f}x real time), {megabytes:.2f} MB")
        if real_time is not None:
            print(f"    [{verdict(ratio <= real_time):6}] at most {real_time:.0f}x real time")
        print(f"    [{verdict(megabytes <= size_mb):6}] at most {size_mb} MB")


if __name__ == "__main__":
    main()
