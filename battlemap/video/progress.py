"""A plain progress bar on the terminal: frames done of all, and the time so far and to go."""

import sys
import time


class ProgressBar:
    def __init__(self, total, *, stream=None, width=30, label="frames"):
        self.total = max(1, total)
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.label = label
        self.started = time.monotonic()
        self.done = 0

    def line(self, done):
        share = min(1.0, done / self.total)
        filled = round(share * self.width)
        elapsed = time.monotonic() - self.started
        left = elapsed / done * (self.total - done) if done else 0
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total} {self.label}"
                f" {share:4.0%} {elapsed:5.1f} s, about {left:4.0f} s to go")

    def update(self, done):
        self.done = done
        self.stream.write("\r" + self.line(done))
        self.stream.flush()

    def finish(self):
        self.stream.write("\n")
        self.stream.flush()
