"""manage.py build_bundle: the production pages' script, the ES modules bundled by esbuild."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from battlemap.site_export import BUNDLE_PATH, SiteExportError, build_bundle


class Command(BaseCommand):
    help = f"Bundle static/battlemap/js into static/{BUNDLE_PATH}, which production pages load (BATTLEMAP['SCRIPT_BUNDLE'])."

    def handle(self, *args, **options):
        target = Path(settings.BASE_DIR) / "static" / BUNDLE_PATH
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            build_bundle(target)
        except SiteExportError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Wrote {target} ({target.stat().st_size / 1024:.1f} KB)")
