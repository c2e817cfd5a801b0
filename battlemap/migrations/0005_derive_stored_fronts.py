"""Derive and store the front lines of operations loaded before fronts were held in the database,
as a load does today, so that a database migrated in place shows its fronts without a reload."""

from collections import defaultdict

from django.db import migrations

from geodata.fronts import derived_front_records


def derive_fronts(apps, schema_editor):
    Operation, Area, Front = (apps.get_model("battlemap", name) for name in ("Operation", "Area", "Front"))
    for operation in Operation.objects.all():
        sides = {side.slug: side for side in operation.sides.order_by("id")}
        sources = {source.key: source for source in operation.sources.all()}
        areas_by_day = defaultdict(list)
        for area in Area.objects.filter(operation=operation).select_related("side").prefetch_related("sources"):
            areas_by_day[area.date].append({
                "side": area.side.slug, "role": area.role, "geometry": area.geometry,
                "certainty": area.certainty, "sources": [source.key for source in area.sources.all()],
            })
        authored_days = set(Front.objects.filter(operation=operation).values_list("date", flat=True))
        for day, areas in sorted(areas_by_day.items()):
            if day in authored_days:
                continue
            for record in derived_front_records(day, areas, list(sides)):
                front = Front.objects.create(
                    operation=operation, date=day, time=None, side_a=sides[record["side_a"]],
                    side_b=sides[record["side_b"]], origin="derived", geometry=record["geometry"],
                    certainty=record["certainty"], note=record["note"],
                )
                front.sources.set([sources[key] for key in record["sources"] if key in sources])


class Migration(migrations.Migration):

    dependencies = [
        ("battlemap", "0004_front"),
    ]

    operations = [
        migrations.RunPython(derive_fronts, migrations.RunPython.noop),
    ]
