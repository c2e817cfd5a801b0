"""Django settings for the benchmarks' server: production static files, collected into BENCHMARK_STATIC_ROOT."""

import os

from battlemap.settings import *  # noqa: F401,F403

# Production static files, collected into the server's temporary folder: hashed names,
# precompressed by whitenoise, and ES module imports rewritten to the hashed names so that each
# module is fetched (and instantiated) once, under the name the page preloads.
STATIC_ROOT = os.environ["BENCHMARK_STATIC_ROOT"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "battlemap.storage.ModuleAwareStaticFilesStorage"}}  # noqa: F405
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
# As production serves it: one bundled script (manage.py build_bundle), unless BENCHMARK_SCRIPTS=modules.
BATTLEMAP = {**BATTLEMAP,  # noqa: F405
             "SCRIPT_BUNDLE": "" if os.environ.get("BENCHMARK_SCRIPTS") == "modules" else "battlemap/build/battlemap.bundle.js"}
