"""Frames into a video file with the ffmpeg that imageio-ffmpeg ships: written to a temporary file
beside the output and renamed over it only when complete, so a failure leaves nothing at the path."""

import os
import subprocess
import tempfile
from pathlib import Path

# The colours of a web page (sRGB) as HD video states them, so that players convert them back alike.
BT709 = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"]
# Each format's encoder: MP4 as H.264 in yuv420p with its index up front (plays in slide decks and
# on phones), WebM as VP9, GIF with one palette made for the whole clip.
CODEC_ARGS = {
    "mp4": ["-vf", "scale=out_color_matrix=bt709:out_range=tv", *BT709, "-c:v", "libx264", "-preset", "veryfast",
            "-crf", "21", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4"],
    "webm": ["-vf", "scale=out_color_matrix=bt709:out_range=tv", *BT709, "-c:v", "libvpx-vp9", "-deadline", "realtime",
             "-cpu-used", "8", "-row-mt", "1", "-b:v", "0", "-crf", "34", "-pix_fmt", "yuv420p", "-f", "webm"],
    "gif": ["-filter_complex", "[0:v]split[frames][forpalette];[forpalette]palettegen=stats_mode=full[palette];"
            "[frames][palette]paletteuse=dither=bayer:bayer_scale=3", "-loop", "0", "-f", "gif"],
}


def ffmpeg_path():
    """The ffmpeg binary imageio-ffmpeg ships (or the one IMAGEIO_FFMPEG_EXE names)."""
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


class VideoWriter:
    """Write PNG frames (bytes) to `output` as `format` at `fps`: `with VideoWriter(...) as writer:
    writer.add(png)`; the file appears at `output` only when the block ends without an error."""

    def __init__(self, output, *, format, fps):
        self.output = Path(output)
        self.format = format
        self.fps = fps
        self.frames = 0
        self._process = None
        self._temporary = None

    def __enter__(self):
        handle, name = tempfile.mkstemp(dir=self.output.parent, prefix=f".{self.output.name}.", suffix=".part")
        os.close(handle)
        self._temporary = Path(name)
        self._process = subprocess.Popen(
            [ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-y", "-f", "image2pipe",
             "-framerate", str(self.fps), "-c:v", "png", "-i", "-", *CODEC_ARGS[self.format],
             str(self._temporary)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return self

    def add(self, png):
        try:
            self._process.stdin.write(png)
        except BrokenPipeError:
            raise RuntimeError(f"ffmpeg stopped: {self._process.stderr.read().decode(errors='replace')}") from None
        self.frames += 1

    def __exit__(self, kind, error, traceback):
        process = self._process
        try:
            if kind is not None:
                process.kill()
                process.wait()
                return False
            process.stdin.close()
            message = process.stderr.read().decode(errors="replace")
            if process.wait() != 0:
                raise RuntimeError(f"ffmpeg failed: {message.strip()}")
            # mkstemp made it private; the video gets the permissions of any new file.
            umask = os.umask(0)
            os.umask(umask)
            self._temporary.chmod(0o666 & ~umask)
            os.replace(self._temporary, self.output)
            self._temporary = None
            return False
        finally:
            if process.stderr:
                process.stderr.close()
            if self._temporary is not None:
                self._temporary.unlink(missing_ok=True)
