"""Render a checked VideoRequest to its file: the page's frames, stepped one by one, into ffmpeg."""

import os
import threading

from .browser import local_server
from .encoder import VideoWriter
from .pages import frames_from_pages
from .progress import ProgressBar

# Pages drawing frames at once for a long video: one a core, at most two (the encoder needs a share
# too). A short one is drawn by one page: a second Chromium takes longer to start than it saves.
PAGES = max(1, min(2, os.cpu_count() or 1))
FRAMES_WORTH_A_SECOND_PAGE = 150


def pages_for(request):
    """How many pages draw `request`'s frames, from its length (a second a day when not given)."""
    seconds = request.seconds or ((request.end - request.start).days + 2)
    return PAGES if seconds * request.fps >= FRAMES_WORTH_A_SECOND_PAGE else 1


def _render(request, *, base_url, progress_stream, fail_after):
    with frames_from_pages(base_url, request, workers=pages_for(request)) as (plan, frames):
        bar = ProgressBar(plan["frameCount"], stream=progress_stream)
        with VideoWriter(request.output, format=request.format, fps=request.fps) as writer:
            for done, png in enumerate(frames, start=1):
                if fail_after is not None and done > fail_after:
                    raise RuntimeError(f"stopped after {fail_after} frames (a test's failure)")
                writer.add(png)
                bar.update(done)
        bar.finish()
        return {**plan, "output": str(request.output)}


def _in_thread(work):
    """Run `work()` in a thread of its own (Playwright's sync API needs a thread without an event
    loop) and return its result or raise its error."""
    outcome = {}

    def run():
        try:
            outcome["result"] = work()
        except BaseException as error:  # noqa: BLE001 (handed back to the caller)
            outcome["error"] = error

    thread = threading.Thread(target=run, name="render_video")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def render_video(request, *, server_url=None, progress_stream=None, fail_after=None):
    """Render `request`; frames from `server_url` if given, else from a server started here.
    Returns the plan ({frameCount, fps, seconds, width, height}) and the output path.
    `fail_after` (tests) raises after that many frames, as a failure mid-way would."""
    from playwright.sync_api import Error as PlaywrightError

    def work():
        try:
            return render()
        except PlaywrightError as error:
            raise RuntimeError(f"the browser stopped: {error.message}") from None

    def render():
        if server_url:
            return _render(request, base_url=server_url, progress_stream=progress_stream, fail_after=fail_after)
        with local_server() as base_url:
            return _render(request, base_url=base_url, progress_stream=progress_stream, fail_after=fail_after)

    return _in_thread(work)
