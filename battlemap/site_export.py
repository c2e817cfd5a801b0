"""The static site export: every listed operation's map and embed pages, the scripts, styles and
vendored libraries, the timeline data and preview images, and an index page, in one folder that
any static host serves, or a browser opens straight from file:// with no server.

Layout of OUTPUT_DIR:
    index.html                       the operations, linked
    <slug>/index.html                an operation's map
    embed/<slug>/index.html          its embed, for iframes
    data/<slug>/timeline.json        the timeline document (for other tools)
    data/<slug>/timeline.js          the same, as a script the pages load (file:// cannot fetch)
    preview/<slug>.png               its preview image (Open Graph, the index)
    static/...                       styles, vendored libraries and battlemap.bundle.js
    uk/, de/, ru/                    the same pages, data and previews in each other language
                                     (static/ shared); every page's language switch links them

English, the source language, is at the top; each other language offered (settings.LANGUAGES)
in a folder of its own, its interface, dates, data texts and pictures in that language.
"""

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.template.loader import render_to_string
from django.test.utils import override_settings
from django.utils import translation

from . import selectors
from .conf import battlemap_setting
from .documents import timeline_payload
from .i18n import DEFAULT_LANGUAGE, SHORT_NAMES, activation_code, offered_languages, page_language
from .models import Operation
from .render.preview import preview_cached

__all__ = ["SiteExportError", "build_bundle", "export_site", "field_worker_bundle", "BUNDLE_PATH"]

# The build tools live in tools/build (package.json, package-lock.json): a package.json at the
# repository's root would change how node reads the project's own scripts.
ESBUILD = Path(settings.BASE_DIR) / "tools" / "build" / "node_modules" / ".bin" / "esbuild"
# What of static/ a page needs: styles, vendored libraries, the favicon (the ES modules travel
# as one bundle), and the script an embed's host page includes to size its frame.
STATIC_PARTS = ("vendor", "battlemap/css", "battlemap/favicon.svg", "battlemap/pages/embed-resize.js")
# Vendored libraries only the admin uses: an export has no admin, so it leaves them out.
ADMIN_ONLY_VENDOR = ("leaflet-geoman",)
# Where `manage.py build_bundle` writes the production pages' script, under static/ (not in git).
BUNDLE_PATH = "battlemap/build/battlemap.bundle.js"
STATIC_URL = re.compile(r'(["(])/static/')
# The field worker's bundle, written beside the page's.
FIELD_WORKER_BUNDLE = "field-worker.bundle.js"
# The file that marks a folder as an export's (written before anything else), so that a folder
# holding half an export is written again rather than refused as someone else's.
EXPORT_MARK = ".battlemap-export"
# The static files as an export copies them, under their own names (production's manifest storage
# would name hashed copies only collectstatic writes, and has no entry for the export's bundles).
EXPORT_STORAGES = {**settings.STORAGES,
                   "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


class SiteExportError(Exception):
    """An export that cannot be written; the message says what is wrong and what to do."""


def _operations(slugs):
    if not slugs:
        operations = list(selectors.listed_operations())
        if not operations:
            raise SiteExportError("no operation is loaded: run `make load` or `manage.py load_operation` first")
        return operations
    known = {operation.slug: operation for operation in Operation.objects.all()}
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        raise SiteExportError(f"no operation {', '.join(repr(s) for s in unknown)} (known: {', '.join(sorted(known))})")
    return [known[slug] for slug in slugs]


def _prepare(output):
    output = Path(output)
    if output.exists() and not output.is_dir():
        raise SiteExportError(f"{output} exists and is not a folder")
    earlier = (output / "index.html").exists() or (output / EXPORT_MARK).exists()
    if output.exists() and any(output.iterdir()) and not earlier:
        raise SiteExportError(f"{output} is not empty and holds no earlier export: choose an empty or new folder")
    try:
        output.mkdir(parents=True, exist_ok=True)
        # Written first, so that an export stopped halfway (a full disk) may be written again.
        (output / EXPORT_MARK).write_text("Written by manage.py export_site.\n")
    except OSError as error:
        raise SiteExportError(f"cannot write to {output}: {error.strerror or error}") from None
    return output


def field_worker_bundle(script_bundle):
    """The static path of the field worker's bundle that build_bundle writes beside `script_bundle`."""
    return str(PurePosixPath(script_bundle).parent / FIELD_WORKER_BUNDLE)


def build_bundle(target):
    """The page's ES modules as one minified classic script at `target`, and the field worker's
    as one module beside it, built by the pinned esbuild (the sources stay as they are in
    static/battlemap/js)."""
    if not ESBUILD.exists():
        raise SiteExportError("esbuild is missing: run `make install` (it runs `npm install` for the build tools)")
    scripts = Path(settings.BASE_DIR) / "static" / "battlemap" / "js"
    target = Path(target)
    # Both map pages' entries in one script: tools/build/page-bundle.js runs the one the page's options name.
    for entry, output, output_format in ((Path(settings.BASE_DIR) / "tools" / "build" / "page-bundle.js", target, "iife"),
                                         (scripts / "field-worker.js", target.parent / FIELD_WORKER_BUNDLE, "esm")):
        result = subprocess.run([str(ESBUILD), str(entry), "--bundle", f"--format={output_format}", "--minify",
                                 "--target=es2020", "--legal-comments=none", f"--outfile={output}"],
                                capture_output=True, text=True)
        if result.returncode:
            raise SiteExportError(f"esbuild could not bundle the scripts: {result.stderr.strip()}")


def _copy_static(output, bundles):
    """The static parts a page needs, and the bundles built in the folder `bundles`."""
    source = Path(settings.BASE_DIR) / "static"
    for part in STATIC_PARTS:
        origin, target = source / part, output / "static" / part
        if origin.is_dir():
            ignore = shutil.ignore_patterns(*ADMIN_ONLY_VENDOR) if part == "vendor" else None
            shutil.copytree(origin, target, dirs_exist_ok=True, ignore=ignore)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, target)
    shutil.copytree(bundles, output / "static" / "battlemap", dirs_exist_ok=True)


def _relative(html, depth):
    """The page's /static/ URLs made relative to a page `depth` folders below the export's root."""
    return STATIC_URL.sub(lambda match: f"{match.group(1)}{'../' * depth}static/", html)


def _language_folder(code):
    """The folder a language's pages are in, under the export's root: "" for English, "uk/" ..."""
    return "" if code == DEFAULT_LANGUAGE else f"{code}/"


def _switch(code, path):
    """The language switch of the page at `path` (under its language's folder) in language `code`:
    relative links to the same page in every language's folder."""
    root = "../" * (path.count("/") + (code != DEFAULT_LANGUAGE))
    return [{"code": other, "name": name, "short_name": SHORT_NAMES.get(other, other.upper()),
             "href": f"{root}{_language_folder(other)}{path}", "current": other == code}
            for other, name in offered_languages().items()]


def _page(operation, *, embed, depth, language=DEFAULT_LANGUAGE):
    up = "../" * depth
    # The static files are the root's, shared by every language's folder.
    static_up = "../" * (depth + (language != DEFAULT_LANGUAGE))
    options = {
        "slug": operation.slug,
        "timeline_url": f"{up}data/{operation.slug}/timeline.json",
        "situation_url": "",
        "tile_layers": battlemap_setting("TILE_LAYERS"),
        "embed": embed,
    }
    context = {
        "operation": operation, "options": options,
        # From file:// no worker can start and the page builds the fields itself; from a static
        # host the worker runs.
        "field_worker": field_worker_bundle("battlemap/battlemap.bundle.js"),
        "export": {"timeline_script": f"{up}data/{operation.slug}/timeline.js",
                   "bundle": f"{static_up}static/battlemap/battlemap.bundle.js", "index": f"{up}index.html"},
        "page_language": page_language(language, _switch(language, f"{'embed/' if embed else ''}{operation.slug}/index.html")),
    }
    if embed:
        options["allowed_origins"] = battlemap_setting("EMBED_ALLOWED_ORIGINS")
        options["full_map_url"] = f"{up}{operation.slug}/index.html"
        context["source_credits"] = selectors.source_credits(operation)
    # No request: a static page has no address of its own to print (og:url stays empty).
    return _relative(render_to_string("battlemap/operation.html", context), depth + (language != DEFAULT_LANGUAGE))


def _rendered(operations):
    """Every file of the export but the static ones, as {path under the folder: bytes}, rendered
    before anything is written."""
    files = {}
    with override_settings(STORAGES=EXPORT_STORAGES):
        for language in offered_languages():
            with translation.override(activation_code(language)):
                files.update(_rendered_in(operations, language))
    return files


def _rendered_in(operations, language):
    """The pages, documents and previews of one language, under its folder (_language_folder)."""
    folder, lifted = _language_folder(language), language != DEFAULT_LANGUAGE
    data_language = selectors.data_language(language)
    files, cards = {}, []
    for stored in operations:
        # Each language's texts on a copy of its own: the folders' pages must not mix languages.
        operation = Operation.objects.get(pk=stored.pk)
        selectors.texts_for(operation, data_language).put_on(operation, "operation", None, ("name", "summary", "tagline"))
        payload = json.loads(timeline_payload(operation, data_language).body)
        document = json.dumps(payload, separators=(",", ":"))
        files[f"{folder}data/{operation.slug}/timeline.json"] = document.encode()
        # A script, not markup: "</script>" cannot occur in it, and it is never parsed as HTML.
        files[f"{folder}data/{operation.slug}/timeline.js"] = f"window.BATTLEMAP_TIMELINE = {document};\n".encode()
        files[f"{folder}preview/{operation.slug}.png"] = preview_cached(operation, operation.end_date.isoformat(), "card")
        files[f"{folder}{operation.slug}/index.html"] = _page(operation, embed=False, depth=1, language=language).encode()
        files[f"{folder}embed/{operation.slug}/index.html"] = _page(operation, embed=True, depth=2, language=language).encode()
        cards.append((operation, selectors.tagline_of(operation)))
    files[f"{folder}index.html"] = _relative(render_to_string("battlemap/export_index.html", {
        "operations": cards, "page_language": page_language(language, _switch(language, "index.html")),
    }), int(lifted)).encode()
    return files


def export_site(output, slugs=(), *, log=lambda message: None):
    """Write the static site for `slugs` (default: every listed operation) into `output`; returns
    the folder. Every page, document, preview and bundle is made before the first file is written,
    so an unknown slug, a page that cannot be rendered, an unwritable or foreign folder, or a
    missing build tool raise SiteExportError with nothing written."""
    operations = _operations(list(slugs))
    try:
        files = _rendered(operations)
    except Exception as error:  # a template, a document or an image: say which, write nothing
        raise SiteExportError(f"the pages could not be rendered, nothing was written: "
                              f"{type(error).__name__}: {error}") from error
    with tempfile.TemporaryDirectory() as bundles:
        build_bundle(Path(bundles) / "battlemap.bundle.js")
        output = _prepare(output)
        _copy_static(output, bundles)
    for name, content in files.items():
        path = output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    for operation in operations:
        log(f"  {operation.slug}: map, embed, data and preview in {', '.join(offered_languages())}")
    return output
