"""Frames drawn by several pages reach the encoder in order, never far ahead, and a page's error
stops the others (battlemap/video/pages.py, without a browser)."""

import threading

import pytest

from battlemap.video import pages
from battlemap.video.pages import _Frames


def test_frames_come_in_order_from_pages_drawing_out_of_order():
    shared = _Frames(workers=2)
    shared.set_plan({"frameCount": 6})
    seen_ahead = []

    def page(first, delay):
        for index in range(first, 6, 2):
            assert shared.may_draw(index)
            seen_ahead.append(index - shared.taken)
            threading.Event().wait(delay)
            shared.put(index, f"png {index}".encode())

    threads = [threading.Thread(target=page, args=(0, 0.03)), threading.Thread(target=page, args=(1, 0.0))]
    for thread in threads:
        thread.start()
    assert list(shared.in_order()) == [f"png {i}".encode() for i in range(6)]
    for thread in threads:
        thread.join()
    assert max(seen_ahead) < pages.LOOKAHEAD_PER_PAGE * 2


def test_a_page_error_stops_the_others_and_reaches_the_encoder():
    shared = _Frames(workers=2)
    shared.set_plan({"frameCount": 4})
    shared.put(0, b"png 0")
    shared.fail(RuntimeError("page 1 crashed"))
    frames = shared.in_order()
    with pytest.raises(RuntimeError, match="page 1 crashed"):
        list(frames)
    assert shared.may_draw(2) is False


def test_pages_must_plan_alike():
    shared = _Frames(workers=2)
    shared.set_plan({"frameCount": 4})
    with pytest.raises(RuntimeError, match="two pages planned 4 and 5 frames"):
        shared.set_plan({"frameCount": 5})


def test_a_long_video_gets_a_second_page_and_a_short_one_does_not(sample_operation, tmp_path):
    from battlemap.video import render
    from battlemap.video.request import video_request

    def request(**options):
        return video_request(slug="sample", date_from="1942-05-12", date_to="1942-05-12", output=str(tmp_path / "a.mp4"), **options)

    assert render.pages_for(request(fps=5)) == 1
    assert render.pages_for(request(fps=30, seconds=10)) == render.PAGES
