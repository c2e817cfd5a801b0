"""gunicorn for Battlemap: threaded workers on loopback, behind the reverse proxy (deploy/Caddyfile)."""

import os

# Only the proxy talks to gunicorn: it buffers slow clients and terminates TLS.
bind = os.environ.get("BATTLEMAP_UPSTREAM", "127.0.0.1:8100")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that no slow leak grows without bound.
max_requests = 20000
max_requests_jitter = 2000
forwarded_allow_ips = "127.0.0.1,::1"
accesslog = None
