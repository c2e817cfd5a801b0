"""Production static files: compressed, hashed, and with ES module imports rewritten to the hashed
names, so that every module is fetched once, under the name the page preloads."""

from whitenoise.storage import CompressedManifestStaticFilesStorage

__all__ = ["ModuleAwareStaticFilesStorage"]


class ModuleAwareStaticFilesStorage(CompressedManifestStaticFilesStorage):
    support_js_module_import_aggregation = True
