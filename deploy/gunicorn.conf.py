"""gunicorn for Battlemap: threaded workers on loopback, behind the cache (deploy/nginx.conf) and the reverse proxy (deploy/Caddyfile)."""

import os

# Only the proxy talks to gunicorn: it buffers slow clients and terminates TLS.
bind = os.environ.get("BATTLEMAP_UPSTREAM", "127.0.0.1:8100")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = 30
graceful_timeout = 30
# No keep-alive to the proxy: with gthread workers a request arriving on a kept-alive connection
# can wait for the worker's poll loop while its threads are busy; under load that made a tail of
# one to two seconds and wrk's timeouts (p99 1.0-1.1 s and 80 timeouts in 30 s with keepalive 5,
# p99 0.21-0.29 s and none with 0, same run). A new loopback connection per request costs less.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "0"))
# Django and the data are loaded once, before the workers fork: a worker starts in milliseconds
# and the workers share the loaded code's memory.
preload_app = True
# Workers are not recycled by default: a restart under load stalls the requests queued on that
# worker for as long as it takes to start (it was the whole p99 tail of the load benchmark), and
# memory is bounded anyway (the document caches are LRUs of fixed size). Set
# GUNICORN_MAX_REQUESTS to recycle after that many requests if a leak ever shows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
forwarded_allow_ips = "127.0.0.1,::1"


def on_starting(server):
    """Daemonised, gunicorn sets its umask to 022 (its `umask` setting covers only its sockets):
    what the app writes from here on is the service user's alone, as deploy/up.sh's umask 077 means."""
    os.umask(0o077)
accesslog = None
