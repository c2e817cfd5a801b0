"""The benchmarks' server: gunicorn serving the app in production mode, and the Chromium they drive."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def launch_chromium(playwright):
    """Headless Chromium as every benchmark drives it (CHROMIUM_PATH, else Debian's)."""
    return playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS)


class Server:
    """gunicorn serving the app in production mode with a temporary SQLite database.

    Its settings are tests.benchmarks.settings, imported from the repository root (the working
    folder of manage.py and gunicorn), so no path is added to Python's.
    """

    def __init__(self, workdir):
        self.port = free_port()
        self.static_root = workdir / "static"
        self.env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir / 'benchmark.sqlite3'}",
                    "DJANGO_DEBUG": "0", "PYTHONUNBUFFERED": "1",
                    "DJANGO_SETTINGS_MODULE": "tests.benchmarks.settings",
                    "BENCHMARK_STATIC_ROOT": str(self.static_root)}
        self.process = None

    def manage(self, *args):
        subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def prepare(self, *operation_folders, add_static=None):
        """What the server serves, as production has it: the bundle built and the static files
        collected (hashed, precompressed), then add_static(static_root) if given (files of a
        benchmark's own, or changed ones), then the database migrated and each folder loaded."""
        self.manage("build_bundle")
        self.manage("collectstatic", "--noinput")
        if add_static:
            add_static(self.static_root)
        self.manage("migrate", "--noinput")
        for folder in operation_folders:
            self.manage("load_operation", str(folder))

    def start(self):
        gunicorn = str(Path(PYTHON).with_name("gunicorn"))
        self.process = subprocess.Popen(
            [gunicorn, "battlemap.wsgi", "--bind", f"127.0.0.1:{self.port}", "--workers", "1",
             "--threads", "4", "--log-level", "warning"],
            cwd=REPO, env=self.env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
