"""Safe by default: production settings, security headers, methods, JSON errors (throttled logins: test_login_throttle.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from battlemap.api.negotiation import accepts_gzip

REPO = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "battlemap.settings.production",
    "DJANGO_SECRET_KEY": "a-test-only-production-key-that-is-long-enough-and-random-4f9c2e7d1b8a",
    "ALLOWED_HOSTS": "maps.example.org",
}


def run_manage(*args, env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.pop("ALLOWED_HOSTS", None)
    environment.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_production_check_deploy_is_clean():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_collects_every_static_file_with_hashed_names(tmp_path):
    """The deployment's collectstatic: every file a vendored library refers to (a source map, an
    image) must be there, or the hashed names cannot be written and the deployment stops."""
    env = {**PRODUCTION_ENV, "DJANGO_STATIC_ROOT": str(tmp_path), "DJANGO_STATIC_MANIFEST": "1"}
    result = run_manage("collectstatic", "--noinput", env=env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "vendor/leaflet-geoman/leaflet-geoman.css" in manifest and "battlemap/js/operation-page.js" in manifest


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


@pytest.mark.parametrize("hosts", [",", " , ,"])
def test_production_refuses_allowed_hosts_that_name_no_host(hosts):
    result = run_manage("check", env={**PRODUCTION_ENV, "ALLOWED_HOSTS": hosts})
    assert result.returncode != 0
    assert f"ALLOWED_HOSTS={hosts!r} names no host" in result.stderr


@pytest.mark.parametrize("value,expected", [("0", False), ("false", False), ("1", True), ("on", True)])
def test_production_flags_parse_strictly(value, expected):
    env = {**PRODUCTION_ENV, "DJANGO_SECURE_SSL_REDIRECT": value}
    result = run_manage("shell", "-c", "from django.conf import settings; print(settings.SECURE_SSL_REDIRECT)", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(expected)


def test_production_refuses_an_unreadable_flag_and_names_it():
    result = run_manage("check", env={**PRODUCTION_ENV, "DJANGO_SECURE_COOKIES": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_SECURE_COOKIES='maybe'" in result.stderr


def test_production_never_runs_with_debug():
    result = run_manage("check", env={**PRODUCTION_ENV, "DJANGO_DEBUG": "1"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr


@pytest.mark.parametrize("mode,owner,refused", [
    (0o700, None, False), (0o755, None, False), (0o777, None, True), (0o770, None, True), (0o700, "nobody", True),
])
def test_production_refuses_a_cache_folder_others_may_write(tmp_path, mode, owner, refused):
    """The file cache keeps pickles: one planted in its folder would run as whoever reads it."""
    if owner and os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(mode)
    if owner:
        shutil.chown(folder, owner)
    result = run_manage("check", env={**PRODUCTION_ENV, "DJANGO_CACHE_DIR": str(folder)})
    assert (result.returncode != 0) is refused, result.stderr
    if refused:
        assert f"DJANGO_CACHE_DIR={folder}" in result.stderr and "pickles" in result.stderr


def test_wsgi_defaults_to_production_settings():
    assert 'battlemap.settings.production' in (REPO / "battlemap" / "wsgi.py").read_text()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/operations/sample/", "/api/operations/", "/admin/login/"])
def test_every_page_carries_a_strict_policy_and_forbids_framing(client, sample_operation, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "trace"])
@pytest.mark.parametrize("path", ["/", "/operations/sample/", "/api/operations/", "/api/operations/sample/timeline/"])
def test_only_reads_are_answered(client, sample_operation, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405, f"{method.upper()} {path} answered {response.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/operations/no-such-thing/", "/api/operations/x%20y/situation/", "/api/nothing/"])
def test_api_404s_are_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


@pytest.mark.django_db
def test_crowded_query_string_is_a_json_400(client, sample_operation):
    query = "&".join(f"f{i}=1" for i in range(2000))
    response = client.get(f"/api/operations/sample/situation/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert "too many" in response.json()["detail"]


@pytest.mark.parametrize("header,expected", [
    ("gzip", True), ("gzip, deflate, br", True), ("br;q=1.0, gzip;q=0.8", True), ("x-gzip", True),
    ("gzip;q=0", False), ("gzip;q=0.0, *;q=1", False), ("*", True), ("*;q=0", False),
    ("identity", False), ("", False), ("gzip;q=abc", False), ("GZIP;Q=0.5", True),
])
def test_accepts_gzip(header, expected):
    assert accepts_gzip(header) is expected


@pytest.mark.django_db
def test_gzip_refused_with_q_zero_is_not_sent(client, sample_operation):
    for path in ("/api/operations/sample/timeline/", "/api/operations/sample/stats/"):
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip;q=0, identity")
        assert response.status_code == 200
        assert response.get("Content-Encoding") is None, path
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        assert response.get("Content-Encoding") in ("gzip", None)


@pytest.mark.django_db
@override_settings(BATTLEMAP={"EMBED_FRAME_ANCESTORS": ["https://news.example.org"]})
def test_framing_allowed_uses_the_setting(rf):
    from django.http import HttpResponse

    from battlemap.security import framing_allowed

    response = framing_allowed(lambda request: HttpResponse("ok"))(rf.get("/embed/x/"))
    assert "frame-ancestors https://news.example.org" in response["Content-Security-Policy"]
    assert getattr(response, "xframe_options_exempt", False)
