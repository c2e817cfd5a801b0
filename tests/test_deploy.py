"""The deployment's cache (deploy/nginx.conf, filled in by deploy/nginx-conf.sh), run for real in
front of a stand-in upstream that counts what reaches it: what it keeps, for how long, and what it
must never mix up or keep."""

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt-get install nginx-light)")


class Upstream(BaseHTTPRequestHandler):
    """Answers like the app: an ETag'd document per Accept-Encoding, 304 to a matching If-None-Match."""

    seen = []

    def do_GET(self):
        headers = {name.lower(): value for name, value in self.headers.items()}
        type(self).seen.append((self.path, headers))
        encoding = headers.get("accept-encoding", "")
        gzip = "gzip" in encoding and "q=0" not in encoding
        etag = f'"v1{"-gzip" if gzip else ""}"'
        if headers.get("if-none-match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        body = f"{self.path} {'gzip' if gzip else 'identity'} {len(type(self).seen)}".encode()
        self.send_response(200)
        if "cookie" in self.path:
            self.send_header("Set-Cookie", "sessionid=private; HttpOnly")
        self.send_header("ETag", etag)
        self.send_header("Cache-Control", "public, max-age=300")
        self.send_header("Vary", "Accept-Encoding, Accept")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        type(self).seen.append((self.path, {name.lower(): value for name, value in self.headers.items()}))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def run_dir():
    """A run folder the nginx workers can reach: started as root they run as www-data, and
    pytest's own temporary folders are closed to other users."""
    folder = Path(tempfile.mkdtemp(prefix="battlemap-nginx-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def cache(run_dir):
    """nginx as deploy/nginx.conf configures it, in front of the stand-in; yields get(path, headers)."""
    Upstream.seen = []
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    run = run_dir
    (run / "nginx").mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(run / "nginx", "www-data")
    port = free_port()
    env = {**os.environ, "BATTLEMAP_UPSTREAM": f"127.0.0.1:{upstream.server_address[1]}", "BATTLEMAP_CACHE": f"127.0.0.1:{port}"}
    conf = subprocess.run([str(ROOT / "deploy" / "nginx-conf.sh"), str(run)], env=env, capture_output=True,
                          text=True, check=True).stdout
    (run / "nginx.conf").write_text(conf)
    started = subprocess.run([NGINX, "-e", str(run / "nginx-error.log"), "-c", str(run / "nginx.conf")],
                             capture_output=True, text=True)
    assert started.returncode == 0, started.stderr

    def get(path, headers=None, method="GET"):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request(method, path, body=b"" if method == "POST" else None,
                           headers={"Host": "maps.example.org:8443", **(headers or {})})
        response = connection.getresponse()
        body = response.read().decode()
        connection.close()
        return response.status, dict(response.getheaders()), body

    deadline = time.monotonic() + 30  # polled: ends as soon as nginx answers, however loaded the machine
    while time.monotonic() < deadline:
        try:
            get("/")
            break
        except OSError:
            time.sleep(0.05)
    Upstream.seen = []
    yield get
    subprocess.run(["kill", "-QUIT", (run / "nginx.pid").read_text().strip()])
    upstream.shutdown()


def reached(path):
    return [headers for seen_path, headers in Upstream.seen if seen_path == path]


def test_the_config_is_valid(run_dir):
    conf = subprocess.run([str(ROOT / "deploy" / "nginx-conf.sh"), str(run_dir)], capture_output=True,
                          text=True, check=True).stdout
    assert not re.search(r"@[A-Z]+@", conf), "a name was left unfilled"
    (run_dir / "nginx.conf").write_text(conf)
    (run_dir / "nginx").mkdir()
    result = subprocess.run([NGINX, "-t", "-e", str(run_dir / "error.log"), "-c", str(run_dir / "nginx.conf")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_an_api_document_is_kept_a_second_or_two_then_revalidated(cache):
    path = "/api/operations/x/timeline/"
    first = cache(path, {"Accept-Encoding": "gzip"})
    second = cache(path, {"Accept-Encoding": "gzip"})
    assert first[0] == second[0] == 200 and first[2] == second[2]
    assert len(reached(path)) == 1, "the second request should have been answered from the cache"
    assert (first[1].get("X-Cache-Status"), second[1].get("X-Cache-Status")) == ("MISS", "HIT")
    # nginx counts whole seconds: "1s" keeps an answer for one to two seconds.
    time.sleep(2.2)
    third = cache(path, {"Accept-Encoding": "gzip"})
    assert third[0] == 200 and third[2] == first[2], third
    assert third[1].get("X-Cache-Status") == "STALE"
    # After the second, nginx answers with what it holds and asks again in the background, with
    # the ETag it holds (Django answers 304 without a document).
    deadline = time.monotonic() + 20  # polled, as above
    while len(reached(path)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(reached(path)) == 2 and reached(path)[-1].get("if-none-match") == '"v1-gzip"'


def test_encodings_are_never_mixed(cache):
    path = "/api/operations/x/stats/"
    assert "gzip" in cache(path, {"Accept-Encoding": "gzip"})[2]
    # "gzip;q=0" refuses gzip: it must get its own answer, not the kept gzip one.
    assert "identity" in cache(path, {"Accept-Encoding": "gzip;q=0"})[2]
    assert "identity" in cache(path)[2]
    assert len(reached(path)) == 3


def test_each_host_has_its_own_pages(cache):
    # A page writes absolute URLs with its host: another host's reader must not get it.
    cache("/operations/x/", {"Host": "maps.example.org"})
    cache("/operations/x/", {"Host": "www.maps.example.org"})
    assert [headers["host"] for headers in reached("/operations/x/")] == ["maps.example.org", "www.maps.example.org"]


def test_map_pages_are_kept_and_the_admin_and_anything_setting_a_cookie_never(cache):
    for path in ("/operations/x/", "/embed/x/?date=1942-05-20"):
        cache(path)
        assert cache(path)[1].get("X-Cache-Status") == "HIT", path
        assert len(reached(path)) == 1, path
    for path in ("/admin/login/", "/admin/battlemap/area/", "/operations/x/?cookie=1", "/"):
        cache(path)
        cache(path)
        assert len(reached(path)) == 2, path


def test_the_client_address_and_host_reach_django_as_caddy_sent_them(cache):
    cache("/admin/login/", {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"})
    headers = reached("/admin/login/")[0]
    # The login throttle reads the last X-Forwarded-For entry: nginx must not append its own.
    assert headers["x-forwarded-for"] == "203.0.113.7"
    assert headers["x-forwarded-proto"] == "https"
    assert headers["host"] == "maps.example.org:8443"


def test_nginx_errors_on_the_api_are_json_and_name_no_version(cache):
    status, headers, body = cache("/api/operations/" + "x" * 10_000)
    assert status == 414 and headers["Content-Type"] == "application/json", (status, headers)
    assert json.loads(body)["detail"] == "Request URI too long."
    status, headers, body = cache("/api/operations/", {"X-Padding": "x" * 10_000})
    assert status == 400 and headers["Content-Type"] == "application/json"
    assert "headers could not be read" in json.loads(body)["detail"]
    # Elsewhere, a page; and no answer says which nginx it is.
    status, page_headers, body = cache("/operations/", {"X-Padding": "x" * 10_000})
    assert status == 400 and page_headers["Content-Type"] == "text/html" and "<h1>400</h1>" in body
    for answer in (headers, page_headers, cache("/api/operations/x/timeline/")[1]):
        assert answer["Server"] == "nginx", answer["Server"]


def test_login_attempts_are_rate_limited_per_client(cache):
    statuses = [cache("/admin/login/", {"X-Forwarded-For": "203.0.113.7"}, method="POST")[0] for _ in range(25)]
    assert statuses[:11] == [200] * 11 and set(statuses[11:]) == {429}, statuses
    assert len(reached("/admin/login/")) == 11
    # Another client, and the login form itself, are not held back.
    assert cache("/admin/login/", {"X-Forwarded-For": "203.0.113.8"}, method="POST")[0] == 200
    assert cache("/admin/login/", {"X-Forwarded-For": "203.0.113.7"})[0] == 200
