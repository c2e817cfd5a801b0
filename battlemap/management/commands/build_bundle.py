"""manage.py build_bundle: the production pages' script, the ES modules bundled by esbuild."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from battlemap.site_export import BUNDLE_PATH, SiteExportError, build_bundle


class Command(BaseCommand):
    # It runs before collectstatic (deploy/up.sh): the URLconf's checks would ask for a manifest
    # that does not exist yet, and bundling needs nothing they check.
    requires_system_checks = []
    help = f"Bundle static/battlemap/js into static/{BUNDLE_PATH}, which production pages load (BATTLEMAP['SCRIPT_BUNDLE'])."

    def handle(self, *args, **options):
        target = Path(settings.BASE_DIR) / "static" / BUNDLE_PATH
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            build_bundle(target)
        except SiteExportError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Wrote {target} ({target.stat().st_size / 1024:.1f} KB)")
