"""Waiting in browser tests on what a page cannot signal itself, by polling, never by a fixed sleep."""

import time

import pytest


def eventually(page, check, *, timeout=20.0, interval_ms=50, message="the condition"):
    """Poll `check()` (a Python callable: the console log, several frames at once) until it returns
    a true value, and return that value; fail naming `message` after `timeout` seconds. Between two
    polls the page runs (Playwright's wait, not a sleep), so its console messages and frames come in."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{message} did not happen within {timeout} s")
        page.wait_for_timeout(interval_ms)
