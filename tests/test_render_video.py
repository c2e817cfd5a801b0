"""render_video's refusals: every bad argument is named before anything is rendered (no browser)."""

import os

import pytest
from django.core.management import CommandError, call_command

from battlemap.video.progress import ProgressBar
from battlemap.video.request import parse_size, video_request


def render(tmp_path, *args, output="clip.mp4"):
    call_command("render_video", *args, "--output", str(tmp_path / output))


@pytest.mark.parametrize(("args", "output", "named"), [
    (["nowhere"], "clip.mp4", r"SLUG 'nowhere': no such operation \(known: sample\)"),
    (["sample", "--from", "1942-05-01"], "clip.mp4", r"--from 1942-05-01: outside the operation \(1942-05-11 to 1942-05-14\)"),
    (["sample", "--to", "1942-06-01"], "clip.mp4", r"--to 1942-06-01: outside the operation"),
    (["sample", "--from", "12 May"], "clip.mp4", r"--from '12 May': expected a date as YYYY-MM-DD"),
    (["sample", "--from", "1942-05-13", "--to", "1942-05-12"], "clip.mp4", r"--to 1942-05-12 is before --from 1942-05-13"),
    (["sample"], "clip.avi", r"--output .*clip.avi: unknown extension '.avi'"),
    (["sample"], "clip", r"unknown extension '\(none\)'"),
    (["sample"], "missing/clip.mp4", r"--output .*missing/clip.mp4: the folder .* does not exist"),
    (["sample", "--size", "3841x720"], "clip.mp4", r"--size 3841x720: the width 3841 is over the largest, 3840"),
    (["sample", "--size", "1280x4000"], "clip.webm", r"--size 1280x4000: the height 4000 is over the largest, 3840"),
    (["sample", "--size", "big"], "clip.mp4", r"--size 'big': expected WIDTHxHEIGHT"),
    (["sample", "--size", "321x180"], "clip.mp4", r"--size 321x180: an MP4 \(yuv420p\) needs an even width and height"),
    (["sample", "--fps", "0"], "clip.mp4", r"--fps 0: expected a whole number from 1 to 60"),
    (["sample", "--fps", "61"], "clip.gif", r"--fps 61"),
    (["sample", "--seconds", "0"], "clip.mp4", r"--seconds 0.0: expected more than 0"),
    (["sample", "--moments", "--seconds", "5"], "clip.mp4", r"--seconds 5: must be more than 7 \(3 held key moment\(s\) of 2 s and the closing 1 s\)"),
    (["sample", "--seconds", "1"], "clip.mp4", r"--seconds 1: must be more than 1 \(0 held"),
    (["sample", "--pov", "martians"], "clip.mp4", r"--pov 'martians': not a side of sample \(east, west\)"),
    (["sample", "--lang", "fr"], "clip.mp4", r"--lang 'fr': not one of the site's languages \(en, uk, de, ru\)"),
])
def test_bad_arguments_are_refused_naming_them(sample_operation, tmp_path, args, output, named):
    with pytest.raises(CommandError, match=named):
        render(tmp_path, *args, output=output)
    assert os.listdir(tmp_path) == [], "nothing is written for a refused request"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder, so none is unwritable")
def test_an_unwritable_folder_is_refused(sample_operation, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(CommandError, match=r"--output .*locked/clip.mp4: the folder .* is not writable"):
            render(locked, "sample")
    finally:
        locked.chmod(0o700)


def test_a_good_request_is_read_whole(sample_operation, tmp_path):
    request = video_request(slug="sample", date_from="1942-05-12", date_to=None, output=str(tmp_path / "a.GIF"),
                            size="1080x1920", fps=12, seconds=6, pov="east", moments=True)
    assert (request.format, request.width, request.height, request.fps) == ("gif", 1080, 1920, 12)
    assert (str(request.start), str(request.end)) == ("1942-05-12", "1942-05-14")
    assert request.hold_moments and request.pov == "east"
    assert request.address == "/operations/sample/" and request.lang == "en"
    ukrainian = video_request(slug="sample", date_from=None, date_to=None, output=str(tmp_path / "b.mp4"), lang="uk")
    assert ukrainian.lang == "uk" and ukrainian.address == "/operations/sample/?lang=uk"
    assert parse_size("3840x3840") == (3840, 3840)


def test_the_progress_bar_counts_frames(tmp_path):
    class Stream(list):
        def write(self, text):
            self.append(text)

        def flush(self):
            pass

    stream = Stream()
    bar = ProgressBar(40, stream=stream, width=10)
    bar.update(10)
    bar.update(40)
    bar.finish()
    assert stream[0].startswith("\r[##........] 10/40 frames  25%")
    assert stream[1].startswith("\r[##########] 40/40 frames 100%")
    assert stream[-1] == "\n"


def test_a_folder_in_the_way_is_refused(sample_operation, tmp_path):
    (tmp_path / "clip.mp4").mkdir()
    with pytest.raises(CommandError, match=r"--output .*clip.mp4: cannot write over"):
        render(tmp_path, "sample")
