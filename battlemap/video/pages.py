"""Frames from several pages at once: each of `workers` pages (a Chromium of its own, in a thread of
its own) draws every `workers`-th frame, and they are handed on in order. Drawing a frame and
encoding it as a PNG keeps one core busy; two pages keep two."""

import threading
from contextlib import contextmanager

from .browser import frame_page, frame_png

# How many frames the pages may draw ahead of the one the encoder waits for.
LOOKAHEAD_PER_PAGE = 2


class _Frames:
    """What the pages and the encoder share: the plan, the frames drawn, the first error."""

    def __init__(self, workers):
        self.workers = workers
        self.plan = None
        self.drawn = {}
        self.taken = 0
        self.error = None
        self.stopped = False
        self._condition = threading.Condition()

    def set_plan(self, plan):
        with self._condition:
            if self.plan is None:
                self.plan = plan
            elif plan["frameCount"] != self.plan["frameCount"]:
                raise RuntimeError(f"two pages planned {self.plan['frameCount']} and {plan['frameCount']} frames")
            self._condition.notify_all()

    def wait_for_plan(self):
        with self._condition:
            self._condition.wait_for(lambda: self.plan is not None or self.error is not None)
            if self.error is not None:
                raise self.error
            return self.plan

    def may_draw(self, index):
        """Wait until frame `index` is near enough the encoder's; False when the video has stopped."""
        with self._condition:
            self._condition.wait_for(lambda: self.stopped or index < self.taken + LOOKAHEAD_PER_PAGE * self.workers)
            return not self.stopped

    def put(self, index, png):
        with self._condition:
            self.drawn[index] = png
            self._condition.notify_all()

    def fail(self, error):
        with self._condition:
            if self.error is None:
                self.error = error
            self.stopped = True
            self._condition.notify_all()

    def stop(self):
        with self._condition:
            self.stopped = True
            self._condition.notify_all()

    def in_order(self):
        """Each frame's PNG in order, as soon as its page has drawn it; a page's error is raised."""
        for index in range(self.plan["frameCount"]):
            with self._condition:
                self._condition.wait_for(lambda: index in self.drawn or self.error is not None)
                if self.error is not None:
                    raise self.error
                png = self.drawn.pop(index)
                self.taken = index + 1
                self._condition.notify_all()
            yield png


def _draw_share(shared, first, base_url, request):
    try:
        with frame_page(base_url, request) as (page, plan):
            shared.set_plan(plan)
            for index in range(first, plan["frameCount"], shared.workers):
                if not shared.may_draw(index):
                    return
                shared.put(index, frame_png(page, index))
    except BaseException as error:  # noqa: BLE001 (handed to the encoder's thread)
        shared.fail(error)


@contextmanager
def frames_from_pages(base_url, request, *, workers=2):
    """Yields (plan, the frames' PNGs in order), drawn by `workers` pages."""
    shared = _Frames(workers)
    threads = [threading.Thread(target=_draw_share, args=(shared, first, base_url, request), name=f"render_video page {first}")
               for first in range(workers)]
    for thread in threads:
        thread.start()
    try:
        plan = shared.wait_for_plan()
        yield plan, shared.in_order()
    finally:
        shared.stop()
        for thread in threads:
            thread.join()
