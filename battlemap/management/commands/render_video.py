"""`manage.py render_video SLUG --from DATE --to DATE --output FILE`: the animation as MP4, WebM or GIF."""

from django.core.management.base import BaseCommand, CommandError

from battlemap.video.render import render_video
from battlemap.video.request import VideoArgumentError, video_request


class Command(BaseCommand):
    help = ("Render the animation of an operation's days as a video (.mp4 H.264, .webm VP9 or .gif, "
            "from the extension), frame by frame from the page in headless Chromium.")

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--from", dest="date_from", metavar="DATE", help="First day (YYYY-MM-DD); default the operation's first.")
        parser.add_argument("--to", dest="date_to", metavar="DATE", help="Last day, included whole; default the operation's last.")
        parser.add_argument("--output", required=True, metavar="FILE", help="The video file: .mp4, .webm or .gif.")
        parser.add_argument("--size", default="1280x720", metavar="WxH", help="Frame size in pixels (default 1280x720; at most 3840 a side).")
        parser.add_argument("--fps", type=int, default=30, help="Frames a second (1 to 60; default 30).")
        parser.add_argument("--seconds", type=float, help="The whole length; default a second a day, plus holds and the closing second.")
        parser.add_argument("--pov", help="A side's point of view for the unit symbols (its slug).")
        parser.add_argument("--lang", help="The language of the dates, legend and captions (en, uk, de, ru; default en).")
        parser.add_argument("--moments", action="store_true", help="Hold on each key moment in the span with its caption.")
        parser.add_argument("--url", help="The address the closing second shows; default the operation page's path.")
        parser.add_argument("--server", metavar="URL", help="Take frames from this running server instead of starting one.")

    def handle(self, *args, slug, date_from, date_to, output, size, fps, seconds, pov, moments, url, server, lang, **options):
        try:
            request = video_request(slug=slug, date_from=date_from, date_to=date_to, output=output, size=size,
                                    fps=fps, seconds=seconds, pov=pov, moments=moments, url=url,
                                    lang=lang)
        except VideoArgumentError as error:
            raise CommandError(str(error)) from None
        try:
            result = render_video(request, server_url=server, progress_stream=self.stderr._out)
        except RuntimeError as error:
            raise CommandError(f"The video could not be rendered: {error}") from None
        self.stdout.write(self.style.SUCCESS(
            f"Wrote {result['output']}: {result['frameCount']} frames, {result['width']}x{result['height']}, "
            f"{result['fps']} fps, {result['seconds']:g} s"))
