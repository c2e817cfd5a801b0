"""What a video is asked to be, checked before anything is rendered: every fault names its argument."""

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings

from battlemap.models import Operation
from battlemap.selectors import operation_get

FORMATS = {".mp4": "mp4", ".webm": "webm", ".gif": "gif"}
MAX_SIDE = 3840
MIN_SIDE = 16
MIN_FPS, MAX_FPS = 1, 60
MAX_SECONDS = 600
# As static/battlemap/js/video/frame-plan.js holds them: seconds on each key moment, and the closing card.
HOLD_SECONDS = 2
END_CARD_SECONDS = 1
_SIZE = re.compile(r"^(\d{1,5})x(\d{1,5})$")


class VideoArgumentError(ValueError):
    """A video argument that cannot be used; its message names the argument."""


@dataclass(frozen=True)
class VideoRequest:
    slug: str
    operation_name: str
    start: date
    end: date
    output: Path
    format: str
    width: int
    height: int
    fps: int
    seconds: float | None
    pov: str | None
    hold_moments: bool
    address: str
    lang: str = "en"


def parse_size(text):
    """'1280x720' -> (1280, 720): each side from MIN_SIDE to MAX_SIDE, even for MP4's yuv420p."""
    match = _SIZE.match(text or "")
    if not match:
        raise VideoArgumentError(f"--size {text!r}: expected WIDTHxHEIGHT in pixels, e.g. 1280x720")
    width, height = int(match[1]), int(match[2])
    for side, value in (("width", width), ("height", height)):
        if value > MAX_SIDE:
            raise VideoArgumentError(f"--size {text}: the {side} {value} is over the largest, {MAX_SIDE}")
        if value < MIN_SIDE:
            raise VideoArgumentError(f"--size {text}: the {side} {value} is under the smallest, {MIN_SIDE}")
    return width, height


def _parse_date(option, text, operation):
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        raise VideoArgumentError(f"{option} {text!r}: expected a date as YYYY-MM-DD") from None
    if not operation.start_date <= day <= operation.end_date:
        raise VideoArgumentError(f"{option} {day}: outside the operation ({operation.start_date} to {operation.end_date})")
    return day


def _output_of(text):
    path = Path(text).expanduser().resolve()
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise VideoArgumentError(f"--output {text}: unknown extension {path.suffix or '(none)'!r}; use one of {', '.join(FORMATS)}")
    folder = path.parent
    if not folder.is_dir():
        raise VideoArgumentError(f"--output {text}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise VideoArgumentError(f"--output {text}: the folder {folder} is not writable")
    if path.is_dir() or (path.exists() and not os.access(path, os.W_OK)):
        raise VideoArgumentError(f"--output {text}: cannot write over {path}")
    return path, fmt


def video_request(*, slug, date_from, date_to, output, size="1280x720", fps=30, seconds=None,
                  pov=None, moments=False, url=None, lang=None):
    """The checked request, or VideoArgumentError naming the first argument at fault."""
    try:
        operation = operation_get(slug=slug)
    except Operation.DoesNotExist:
        known = ", ".join(Operation.objects.values_list("slug", flat=True)) or "none loaded"
        raise VideoArgumentError(f"SLUG {slug!r}: no such operation (known: {known})") from None
    start = _parse_date("--from", date_from, operation) if date_from else operation.start_date
    end = _parse_date("--to", date_to, operation) if date_to else operation.end_date
    if end < start:
        raise VideoArgumentError(f"--to {end} is before --from {start}")
    path, fmt = _output_of(output)
    width, height = parse_size(size)
    if fmt == "mp4" and (width % 2 or height % 2):
        raise VideoArgumentError(f"--size {size}: an MP4 (yuv420p) needs an even width and height")
    if not (isinstance(fps, int) and MIN_FPS <= fps <= MAX_FPS):
        raise VideoArgumentError(f"--fps {fps}: expected a whole number from {MIN_FPS} to {MAX_FPS}")
    if seconds is not None and not (0 < seconds <= MAX_SECONDS):
        raise VideoArgumentError(f"--seconds {seconds}: expected more than 0 and at most {MAX_SECONDS}")
    if seconds is not None:
        held = operation.key_moments.filter(date__range=(start, end)).count() if moments else 0
        least = held * HOLD_SECONDS + END_CARD_SECONDS
        if seconds <= least:
            raise VideoArgumentError(f"--seconds {seconds:g}: must be more than {least} ({held} held key moment(s) "
                                     f"of {HOLD_SECONDS} s and the closing {END_CARD_SECONDS} s)")
    sides = list(operation.sides.values_list("slug", flat=True))
    if pov is not None and sides and pov not in sides:
        raise VideoArgumentError(f"--pov {pov!r}: not a side of {slug} ({', '.join(sides)})")
    languages = [code for code, _ in settings.LANGUAGES]
    if lang is not None and lang not in languages:
        raise VideoArgumentError(f"--lang {lang!r}: not one of the site's languages ({', '.join(languages)})")
    lang = lang or languages[0]
    # The closing second's address opens the map in the video's language.
    address = url or f"/operations/{slug}/" + ("" if lang == languages[0] else f"?lang={lang}")
    return VideoRequest(slug=slug, operation_name=operation.name, start=start, end=end, output=path,
                        format=fmt, width=width, height=height, fps=fps, seconds=seconds, pov=pov,
                        hold_moments=bool(moments), address=address, lang=lang)
