"""The allowed values of the operation data, shared by the file loader and the Django models."""

__all__ = [
    "AREA_ROLES", "BRANCHES", "CERTAINTIES", "ECHELONS", "EVENT_IMPORTANCES", "FRONT_ORIGINS",
    "MOVEMENT_KINDS", "PLACE_KINDS", "POSITION_STATUSES", "VIEW_LAYERS", "VIEW_ZOOMS", "choices",
]

CERTAINTIES = ("certain", "probable", "approximate")

ECHELONS = ("front", "army_group", "army", "corps", "division", "brigade", "regiment", "group")

BRANCHES = (
    "infantry", "armour", "motorised", "cavalry", "mountain", "light", "artillery", "air",
    "headquarters",
)

POSITION_STATUSES = ("engaged", "reserve", "moving", "encircled", "destroyed", "withdrawn")

AREA_ROLES = ("held", "salient", "pocket", "contested")

# Whether a front line was drawn from a source, or derived at load where the sides' areas meet.
FRONT_ORIGINS = ("authored", "derived")

MOVEMENT_KINDS = ("attack", "counterattack", "withdrawal", "breakout", "encirclement", "relief")

PLACE_KINDS = ("city", "town", "village", "river", "railway", "region", "height")

# 1 is context, 3 a turning point of the operation.
EVENT_IMPORTANCES = (1, 2, 3)

# The layers a key moment may show, and the zoom levels its view may take (a region to a town).
VIEW_LAYERS = ("areas", "fronts", "positions", "movements", "events", "places")
VIEW_ZOOMS = tuple(range(5, 15))


def choices(values):
    """Django `choices` for a vocabulary: each value labelled with itself, underscores as spaces."""
    return [(value, str(value).replace("_", " ")) for value in values]
