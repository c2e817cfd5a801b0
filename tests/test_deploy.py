"""The deployment's cache (deploy/nginx.conf, filled in by deploy/nginx-conf.sh), run for real in
front of a stand-in upstream that counts what reaches it: what it keeps, for how long, and what it
must never mix up or keep; and the whole stack as deploy/up.sh starts it, run by nobody."""

import http.client
import json
import os
import pwd
import re
import shutil
import socket
import ssl
import stat
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
CADDY = shutil.which("caddy")
SERVICE_USER = "battlemap"  # deploy/up.sh's default

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


def deploy_venv():
    return Path(os.environ.get("BATTLEMAP_VENV", ROOT / ".venv"))


def runnable_by_others(path):
    """Whether a user other than root can run this file: every folder above it lets others through."""
    real = Path(os.path.realpath(path))
    return all(folder.stat().st_mode & 0o001 for folder in real.parents) and real.stat().st_mode & 0o005 == 0o005


def up_skip_reason():
    if os.geteuid() != 0:
        return "deploy/up.sh creates its service user and switches to it: run the tests as root"
    if CADDY is None:
        return "caddy is not installed (Debian: apt-get install caddy; `make test` installs it)"
    if not all(folder.stat().st_mode & 0o001 for folder in [ROOT, *ROOT.parents]):
        return f"the service user cannot reach the working tree {ROOT} (a folder above it is closed to others)"
    python = deploy_venv() / "bin" / "python"
    if not runnable_by_others(python):
        return (f"the service user cannot run {python} (it is {os.path.realpath(python)}, under a folder closed "
                "to others): create the virtualenv with Debian's python3, or point BATTLEMAP_VENV at one")
    return None


@pytest.fixture
def deploy_parent():
    """A folder only root can write, which the service user may pass through, for the run folder."""
    folder = Path(tempfile.mkdtemp(prefix="battlemap-deploy-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def deploy_env(run):
    keep = {name: value for name, value in os.environ.items()
            if not name.startswith(("DJANGO_", "BATTLEMAP_")) and name not in ("DATABASE_URL", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS")}
    return {**keep, "BATTLEMAP_RUN_DIR": str(run), "BATTLEMAP_VENV": str(deploy_venv()),
            "BATTLEMAP_OPERATIONS": "tests/data/sample", "BATTLEMAP_SITE_ADDRESS": f"localhost:{free_port()}",
            "BATTLEMAP_CACHE": f"127.0.0.1:{free_port()}", "BATTLEMAP_UPSTREAM": f"127.0.0.1:{free_port()}",
            "BATTLEMAP_CADDY_ADMIN_PORT": str(free_port())}


def up(env):
    return subprocess.run([str(ROOT / "deploy" / "up.sh")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def process_user(pid):
    return subprocess.run(["ps", "-o", "user=", "-p", str(pid)], capture_output=True, text=True).stdout.strip()


def children_users(pid):
    return set(subprocess.run(["ps", "-o", "user=", "--ppid", str(pid)], capture_output=True, text=True).stdout.split())


def effective_capabilities(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^CapEff:\s+([0-9a-f]+)$", status, re.M).group(1), 16)


@pytest.mark.skipif(os.geteuid() != 0, reason="deploy/up.sh creates its service user: run the tests as root")
def test_up_refuses_a_run_folder_others_could_write(deploy_parent):
    run = deploy_parent / "run"
    run.mkdir(mode=0o700)  # root's, not the service user's
    result = up(deploy_env(run))
    assert result.returncode != 0 and f"{run} exists with owner root and mode 700" in result.stderr, result.stderr
    shutil.chown(run, SERVICE_USER, SERVICE_USER)  # up.sh created the user before refusing
    run.chmod(0o755)
    result = up(deploy_env(run))
    assert result.returncode != 0 and "mode 755" in result.stderr, result.stderr
    run.rmdir()
    run.symlink_to(deploy_parent)
    result = up(deploy_env(run))
    assert result.returncode != 0 and "is not a folder" in result.stderr, result.stderr
    # Never straight under /tmp, which anyone can write.
    in_tmp = Path("/tmp") / f"battlemap-refused-{os.getpid()}"
    result = up(deploy_env(in_tmp))
    assert result.returncode != 0 and "may be written by others" in result.stderr, result.stderr
    assert not in_tmp.exists()
    assert sorted(path.name for path in deploy_parent.iterdir()) == ["run"], "nothing else was written"


def test_up_runs_the_stack_as_nobody(deploy_parent):
    reason = up_skip_reason()
    if reason:
        pytest.skip(reason)
    run = deploy_parent / "run"
    env = deploy_env(run)
    # A first start that failed once left an empty secret: it must not block this one. (Refused
    # first, for a folder of root's, so that up.sh has created the service user to give it to.)
    run.mkdir(mode=0o700)
    assert up(env).returncode != 0
    (run / "secret").touch(mode=0o600)
    for path in (run, run / "secret"):
        shutil.chown(path, SERVICE_USER, SERVICE_USER)
    started = time.monotonic()
    try:
        result = up(env)
        assert result.returncode == 0, result.stdout + result.stderr
        seconds = time.monotonic() - started
        pids = {name: int((run / f"{name}.pid").read_text()) for name in ("gunicorn", "nginx", "caddy")}
        for name, pid in pids.items():
            assert process_user(pid) == SERVICE_USER, name
            assert children_users(pid) <= {SERVICE_USER}, name
        # Caddy may bind 443 on a real host and do nothing else a user could not; the rest, nothing.
        assert effective_capabilities(pids["caddy"]) == 1 << 10  # CAP_NET_BIND_SERVICE
        assert effective_capabilities(pids["gunicorn"]) == effective_capabilities(pids["nginx"]) == 0

        site = env["BATTLEMAP_SITE_ADDRESS"].split(":")

        def get(path):
            connection = http.client.HTTPSConnection(site[0], int(site[1]), timeout=30,
                                                     context=ssl._create_unverified_context())
            connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        status, headers, _ = get("/api/operations/sample/timeline/")
        assert status == 200 and "Server" not in headers, dict(headers)
        status, headers, body = get("/api/operations/" + "x" * 10_000)
        assert status == 414 and headers["Content-Type"] == "application/json" and "Server" not in headers
        assert json.loads(body)["detail"] == "Request URI too long."

        # The run folder and everything in it are the service user's: nobody else may write there
        # (some files are readable, 0644 from Django's storage or gunicorn's pid file, behind the
        # closed folder); the secret and the cache's pickles nobody else may even read.
        assert stat.S_IMODE(run.stat().st_mode) == 0o700
        secret = run / "secret"
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600 and len(secret.read_text().strip()) >= 50
        assert (run / "cache").is_dir() and any((run / "cache").iterdir()), "the timeline was cached"
        for folder, folders, files in os.walk(run):
            for path in [Path(folder)] + [Path(folder, name) for name in folders + files]:
                info = path.lstat()
                assert info.st_uid == pwd.getpwnam(SERVICE_USER).pw_uid, path
                private = path == run or path == secret or "cache" in path.relative_to(run).parts[:1]
                assert stat.S_IMODE(info.st_mode) & (0o077 if private else 0o022) == 0, f"{path}: {oct(info.st_mode)}"
        # Caddy's own errors: with nginx gone, JSON on /api/ and still no Server header.
        subprocess.run(["kill", "-QUIT", str(pids["nginx"])], check=True)
        deadline = time.monotonic() + 30
        while Path(f"/proc/{pids['nginx']}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        status, headers, body = get("/api/operations/")
        assert status == 502 and headers["Content-Type"] == "application/json" and "Server" not in headers
        assert "502" in json.loads(body)["detail"]
        print(f"deploy/up.sh took {seconds:.1f} s")
    finally:
        subprocess.run([str(ROOT / "deploy" / "down.sh")], cwd=ROOT, env=env, timeout=120)
    for name, pid in pids.items():
        state = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True).stdout.strip()
        assert state in ("", "Z"), f"{name} still runs after deploy/down.sh"
