"""`manage.py export_operation SLUG [--format folder|gpkg] (--output PATH | --into-source)`: write a
stored operation out, a folder in the canonical form (geodata/writer.py) or a GeoPackage.

`--into-source` writes the operation back into its own folder, geodata/<slug>/, so that `git diff`
shows what was edited in the admin: only when that folder is the one it was loaded from (its files
unchanged since the load), and all or nothing."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from battlemap.edits import edits_summary
from battlemap.models import Operation
from battlemap.selectors import operation_get
from battlemap.services import operation_written_back
from battlemap.selectors.export import operation_as_data, operation_folder
from geodata.loader import OperationDataError, read_operation
from geodata.writer import FORMATS, replace_folder, write_operation, write_operation_folder

FOLDER_FORMATS = ("folder", "geojson")


class Command(BaseCommand):
    help = ("Export a stored operation as a folder in the canonical form the loader reads (the files "
            "of geodata/<slug>/), or as a GeoPackage for QGIS.")

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=sorted(FORMATS), default="folder",
                            help="folder (GeoJSON and CSV in canonical form; 'geojson' is the same) or gpkg.")
        parser.add_argument("--output", metavar="PATH",
                            help="A new (or empty) folder, or a .gpkg file for --format gpkg.")
        parser.add_argument("--into-source", action="store_true",
                            help="Write into the operation's own folder, geodata/<slug>/, replacing its "
                                 "data files (the others are kept): only if it is the folder the operation "
                                 "was loaded from, unchanged since.")

    def handle(self, *args, slug, format, output, into_source, **options):
        if into_source and output:
            raise CommandError("Give either --output PATH or --into-source, not both.")
        if not into_source and not output:
            raise CommandError("Give --output PATH (a new folder, or a .gpkg file) or --into-source "
                               "(the operation's own folder).")
        if into_source and format not in FOLDER_FORMATS:
            raise CommandError(f"--into-source writes the operation's folder; it takes --format folder, "
                               f"not {format}.")
        try:
            operation = operation_get(slug=slug)
        except Operation.DoesNotExist:
            known = ", ".join(Operation.objects.values_list("slug", flat=True)) or "none loaded"
            raise CommandError(f"No operation '{slug}' (known: {known}).")
        if into_source:
            return self._into_source(operation)
        if format == "gpkg":
            if not output.endswith(".gpkg"):
                raise CommandError(f"--output {output}: a GeoPackage path must end in .gpkg")
            written = write_operation(operation_as_data(operation), output, format=format)
            self.stdout.write(self.style.SUCCESS(f"Wrote {slug} as a GeoPackage to {written}"))
            return
        self._to_new_folder(operation, Path(output))

    def _to_new_folder(self, operation, folder):
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise CommandError(f"--output {folder}: not a folder; give a new folder's path")
        if folder.is_dir() and any(folder.iterdir()):
            raise CommandError(f"--output {folder}: the folder is not empty; give a new or empty folder "
                               f"(or --into-source to write into geodata/{operation.slug}/)")
        if not folder.parent.is_dir():
            raise CommandError(f"--output {folder}: no folder {folder.parent} to write it in")
        source = operation_folder(operation)
        others = source if _holds_operation(source, operation.slug) else None
        folder.mkdir(exist_ok=True)
        replace_folder(folder, lambda new: write_operation_folder(operation_as_data(operation), new,
                                                                   other_files_from=others))
        self.stdout.write(self.style.SUCCESS(f"Wrote {operation.slug} as a folder to {folder}"))
        if others is not None:
            self.stdout.write(f"Its other files (README and notes) copied from {others}; compare with "
                              f"`diff -r {others} {folder}`.")
        try:
            read_operation(folder)
        except OperationDataError as error:
            self.stdout.write(self.style.WARNING(
                f"The folder written does not load as it is; the loader says:\n{error}"))

    def _into_source(self, operation):
        slug, folder = operation.slug, operation_folder(operation)
        if folder.is_symlink() or not folder.is_dir():
            raise CommandError(f"--into-source: {folder} is not a folder; {slug} was not loaded from "
                               f"geodata/{slug}/ (use --output PATH)")
        try:
            files = read_operation(folder)
        except OperationDataError as error:
            raise CommandError(f"--into-source: {folder} does not load, so it cannot be the folder {slug} "
                               f"was loaded from; nothing written. The loader says:\n{error}")
        if files.operation["slug"] != slug:
            raise CommandError(f"--into-source: {folder} holds operation '{files.operation['slug']}', "
                               f"not '{slug}'; nothing written")
        if files.fingerprint != operation.source_fingerprint:
            raise CommandError(
                f"--into-source: {folder} is not the folder {slug} was loaded from: its files changed "
                f"since the load (or another copy was loaded), and writing over them would lose those "
                f"changes; nothing written. Write to a new folder (--output PATH) and compare, or load "
                f"the folder first.")

        def check(new):
            try:
                written = read_operation(new)
            except OperationDataError as error:
                raise CommandError(f"--into-source: the operation as stored would not load from its "
                                   f"files, so {folder} is left as it was. The loader says:\n{error}")
            return written

        data = operation_as_data(operation)
        written = replace_folder(folder, lambda new: write_operation_folder(data, new, other_files_from=folder), check)
        operation_written_back(operation=operation, fingerprint=written.fingerprint)
        self.stdout.write(self.style.SUCCESS(f"Wrote {slug} into {folder} in canonical form"))
        self.stdout.write(f"`git diff {folder}` shows what changed.")
        edited = edits_summary(operation)
        if edited:
            self.stdout.write(f"The files now hold its {edited['count']} edit(s) since the last load: "
                              f"`load_operation {folder} --discard-edits` starts afresh from them, losing nothing.")


def _holds_operation(folder, slug):
    """Whether `folder` is a folder whose operation.json names `slug`."""
    try:
        return json.loads((folder / "operation.json").read_text(encoding="utf-8")).get("slug") == slug
    except (OSError, ValueError, AttributeError):
        return False
