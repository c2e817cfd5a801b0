"""Geometry helpers with no Django in them: GeoJSON in and out, validation, equal-area measures."""

import json
from functools import lru_cache

import numpy
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import mapping, shape
from shapely.validation import explain_validity

__all__ = [
    "GeometryProblem", "from_geojson", "to_geojson", "geometry_problems", "to_geojson_dict",
    "equal_area_km2", "length_km", "merged_parts", "oriented", "projected", "round_coordinates",
]

LONGITUDE_RANGE = (-180.0, 180.0)
LATITUDE_RANGE = (-90.0, 90.0)


class GeometryProblem(ValueError):
    """A geometry that cannot be read, or is not what its field expects."""


def from_geojson(value):
    """A shapely geometry from GeoJSON text, a GeoJSON dict, or a shapely geometry."""
    if value is None or value == "":
        return None
    if isinstance(value, shapely.Geometry):
        return value
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as error:
            raise GeometryProblem(f"not valid GeoJSON: {error}") from error
    if not isinstance(value, dict) or "type" not in value:
        raise GeometryProblem("not a GeoJSON geometry: expected an object with a 'type'")
    if value["type"] == "Feature":
        value = value.get("geometry")
        if value is None:
            return None
    try:
        return shape(value)
    except Exception as error:  # shapely raises several types for malformed input
        raise GeometryProblem(f"not a valid GeoJSON {value.get('type')}: {error}") from error


def to_geojson_dict(geometry, precision=None):
    """A GeoJSON geometry dict (RFC 7946), coordinates rounded to `precision` decimals if given."""
    if geometry is None:
        return None
    # Wound before rounding: GEOS judges a ring's direction by its highest point, which rounding
    # can turn into a flat top or a spike and so misjudge.
    geometry = oriented(geometry)
    if precision is not None:
        geometry = round_coordinates(geometry, precision)
    return mapping(geometry)


def to_geojson(geometry):
    """GeoJSON text for a shapely geometry (None stays None)."""
    if geometry is None:
        return None
    return json.dumps(mapping(oriented(geometry)), separators=(",", ":"))


def merged_parts(geometry):
    """A MultiPolygon whose parts are each valid but overlap or share an edge, as their union (how a
    part drawn over another on the admin's map merges with it); any other geometry unchanged."""
    if geometry is None or geometry.geom_type != "MultiPolygon" or geometry.is_valid:
        return geometry
    parts = list(geometry.geoms)
    if not all(part.is_valid for part in parts):
        return geometry
    return shapely.union_all(parts)


def round_coordinates(geometry, precision):
    """The geometry with every coordinate rounded to `precision` decimals."""
    return shapely.transform(geometry, lambda xy: xy.round(precision))


def geometry_problems(geometry, allowed_types=None):
    """What is wrong with a geometry, as sentences; an empty list when it is fine.

    Checks, in order: the type against `allowed_types`, the coordinates against the longitude
    and latitude ranges, and validity (with shapely's explain_validity).
    """
    if geometry is None:
        return ["no geometry"]
    problems = []
    if allowed_types and geometry.geom_type not in allowed_types:
        problems.append(
            f"geometry is a {geometry.geom_type}; expected {' or '.join(allowed_types)}"
        )
    if geometry.is_empty:
        problems.append("geometry is empty")
        return problems
    coordinates = shapely.get_coordinates(geometry)
    lons, lats = coordinates[:, 0], coordinates[:, 1]
    if lons.min() < LONGITUDE_RANGE[0] or lons.max() > LONGITUDE_RANGE[1]:
        problems.append(
            f"longitude out of range [-180, 180]: found {_out_of_range(lons, LONGITUDE_RANGE)}"
        )
    if lats.min() < LATITUDE_RANGE[0] or lats.max() > LATITUDE_RANGE[1]:
        problems.append(
            f"latitude out of range [-90, 90]: found {_out_of_range(lats, LATITUDE_RANGE)}"
        )
    if not geometry.is_valid:
        problems.append(f"invalid geometry: {explain_validity(geometry)}")
    return problems


def _out_of_range(values, bounds):
    low, high = bounds
    bad = values[(values < low) | (values > high)]
    return f"{bad[0]:g}"


@lru_cache(maxsize=32)
def _equal_area_transformer(centre_lon, centre_lat):
    # Lambert azimuthal equal-area centred on the operation: areas are true, distortion small.
    laea = CRS.from_proj4(
        f"+proj=laea +lat_0={centre_lat:.3f} +lon_0={centre_lon:.3f} +datum=WGS84 +units=m"
    )
    return Transformer.from_crs("EPSG:4326", laea, always_xy=True)


def projected(geometry, centre):
    """The geometry (or array of geometries) in metres on the equal-area projection at `centre`."""
    return _project(geometry, centre)


def oriented(geometry):
    """The geometry with RFC 7946 §3.1.6 winding: exterior rings counter-clockwise, holes clockwise."""
    if geometry is None or geometry.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
        return geometry
    return shapely.orient_polygons(geometry)


def _project(geometry, centre):
    transformer = _equal_area_transformer(round(centre[0], 3), round(centre[1], 3))
    return shapely.transform(
        geometry, lambda xy: numpy.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
    )


def equal_area_km2(geometry, centre):
    """Area in km² on a Lambert azimuthal equal-area projection centred on `centre` (lon, lat)."""
    if geometry is None or geometry.is_empty:
        return 0.0
    return _project(geometry, centre).area / 1e6


def length_km(geometry, centre):
    """Length in km of a line measured on the same projection as `equal_area_km2`."""
    if geometry is None or geometry.is_empty:
        return 0.0
    return _project(geometry, centre).length / 1000
