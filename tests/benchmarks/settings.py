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
# The scale benchmark's 100x operation is a stress case far over production's loader limits
# (its timeline is about 55 MB of JSON, production refuses more than 16 MB): raised here only.
BATTLEMAP = {**BATTLEMAP, "LOADER_LIMITS": {"max_timeline_bytes": 128 * 1024 * 1024,
                                            "max_vertices_per_day": 10_000_000,
                                            "max_vertices_per_operation": 100_000_000}}
