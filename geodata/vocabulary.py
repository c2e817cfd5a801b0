"""The allowed values of the operation data, shared by the file loader and the Django models."""

__all__ = [
    "AREA_ROLES", "AREA_ROLES_PAINTED", "BASES", "BRANCHES", "CERTAINTIES", "ECHELONS", "ECHELON_LABELS", "EVENT_IMPORTANCES", "FRONT_ORIGINS",
    "MOVEMENT_KINDS", "PLACE_KINDS", "POSITION_STATUSES", "VIEW_LAYERS", "VIEW_ZOOMS", "choices", "vocabulary_for_browser",
]

CERTAINTIES = ("certain", "probable", "approximate")

# How we know a record: `stated` (a cited passage says it: at least one citation with a locator),
# `derived` (computed by the project from stated records: it names them or the method, in
# `derived_from`) or `inferred` (the authors' judgement: the note says why).
BASES = ("stated", "derived", "inferred")

ECHELONS = ("front", "army_group", "army", "corps", "division", "brigade", "regiment", "group")

# Each echelon's name for a reader, largest first: the map shows the formations at or above a
# chosen echelon and ranks their labels in this order (a group is smaller than a corps).
ECHELON_LABELS = {
    "front": "Front", "army_group": "Army group", "army": "Army", "corps": "Corps", "group": "Group",
    "division": "Division", "brigade": "Brigade", "regiment": "Regiment",
}

BRANCHES = (
    "infantry", "armour", "motorised", "cavalry", "mountain", "light", "artillery", "air",
    "headquarters",
)

POSITION_STATUSES = ("engaged", "reserve", "moving", "encircled", "destroyed", "withdrawn")

AREA_ROLES = ("held", "salient", "pocket", "contested")

# The order in which the map paints the roles, bottom first: a pocket over the ground around it.
AREA_ROLES_PAINTED = ("held", "salient", "contested", "pocket")

# Whether a front line was drawn from a source, or derived at load where the sides' areas meet.
FRONT_ORIGINS = ("authored", "derived")

MOVEMENT_KINDS = ("attack", "counterattack", "withdrawal", "breakout", "encirclement", "relief")

PLACE_KINDS = ("city", "town", "village", "river", "railway", "region", "height")

# 1 is context, 3 a turning point of the operation.
EVENT_IMPORTANCES = (1, 2, 3)

# The layers a key moment may show, and the zoom levels its view may take (a region to a town).
VIEW_LAYERS = ("areas", "fronts", "positions", "movements", "events", "places")
VIEW_ZOOMS = tuple(range(5, 15))


def vocabulary_for_browser():
    """The orders and names the browser needs, sent in the timeline document so that it never
    restates them: echelons largest first with their labels, roles in painting order, certainties
    from the surest."""
    return {
        "echelons": [[echelon, label] for echelon, label in ECHELON_LABELS.items()],
        "area_roles": list(AREA_ROLES_PAINTED),
        "certainties": list(CERTAINTIES),
    }


def choices(values):
    """Django `choices` for a vocabulary: each value labelled with itself, underscores as spaces."""
    return [(value, str(value).replace("_", " ")) for value in values]
