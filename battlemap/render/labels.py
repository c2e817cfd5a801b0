"""Where a drawn map's names go: each label tries the places around its mark in turn and takes
the first where it overlaps no label, no mark and nothing of the map's furniture, and lies wholly
inside the frame; a label with no such place is dropped. Labels are placed in order of priority
(the cities, then the places the day's events and captions name, then the armies, then the other
towns), so what is dropped is what matters least. Boxes are in pixels, y upwards (matplotlib's)."""

import re
from dataclasses import dataclass

__all__ = ["Box", "Label", "PlacedLabel", "PRIORITY", "formation_labels", "named_in", "place_labels"]

# Lower comes first.
PRIORITY = {"city": 0, "named": 1, "unit": 2, "town": 3, "village": 4, "context": 5}
# Where a label goes around its mark, tried in turn: (dx, dy) in units of the gap, with the
# label's alignment: right, left, above, below, then the four corners.
NEAR = (
    (1, 0, "left", "middle"), (-1, 0, "right", "middle"), (0, 1, "center", "bottom"),
    (0, -1, "center", "top"), (1, 1, "left", "bottom"), (1, -1, "left", "top"),
    (-1, 1, "right", "bottom"), (-1, -1, "right", "top"),
)
# Units put their name below their square first.
BELOW_FIRST = (NEAR[3], NEAR[2], NEAR[0], NEAR[1], *NEAR[4:])
# A city's name may go twice as far out when nothing nearer is free: a city must be named.
FAR = NEAR + tuple((2 * dx, 2 * dy, ha, va) for dx, dy, ha, va in NEAR)


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other):
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def inside(self, frame):
        return self.x0 >= frame.x0 and self.y0 >= frame.y0 and self.x1 <= frame.x1 and self.y1 <= frame.y1


@dataclass(frozen=True)
class Label:
    text: str
    # The mark's centre in pixels, the text's size in pixels, and how far from the mark it sits.
    x: float
    y: float
    width: float
    height: float
    priority: int
    gap: float = 6.0
    # Units put their name below the square first, places to the right of the dot first.
    below_first: bool = False


@dataclass(frozen=True)
class PlacedLabel:
    label: Label
    box: Box
    ha: str
    va: str


def _box(label, dx, dy, ha, va):
    x = label.x + dx * label.gap
    y = label.y + dy * label.gap
    x0 = {"left": x, "right": x - label.width, "center": x - label.width / 2}[ha]
    y0 = {"bottom": y, "top": y - label.height, "middle": y - label.height / 2}[va]
    return Box(x0, y0, x0 + label.width, y0 + label.height)


def place_labels(labels, frame, obstacles=(), suppressed=None):
    """The labels that fit, each with its box and alignment, placed in order of priority (then
    in the order given) where it overlaps no placed label and lies inside `frame`.

    `obstacles` are boxes, or (box, priority, owner) triples: a label keeps clear of the obstacles
    of its own priority or a higher one (a lower number) and may cover a less important one (a
    village's dot under a city's name); the owner (the text of the label that goes with it) is
    then added to `suppressed`, its mark left out and its label not placed. A bare box is kept
    clear by all."""
    fixed = [(box, -1, None) if isinstance(box, Box) else box for box in obstacles]
    suppressed = set() if suppressed is None else suppressed
    taken = []
    placed = []
    for label in sorted(labels, key=lambda one: one.priority):
        if label.text in suppressed:
            continue
        for dx, dy, ha, va in BELOW_FIRST if label.below_first else FAR if label.priority == PRIORITY["city"] else NEAR:
            box = _box(label, dx, dy, ha, va)
            if not box.inside(frame) or any(box.overlaps(other) for other in taken):
                continue
            under = [(rank, owner) for other, rank, owner in fixed if box.overlaps(other) and owner != label.text]
            if any(rank <= label.priority for rank, _owner in under):
                continue
            taken.append(box)
            placed.append(PlacedLabel(label, box, ha, va))
            suppressed.update(owner for _rank, owner in under)
            break
    return placed


def formation_labels(formations, sides_tags):
    """{formation id: its label}: its name, with its side's tag when a formation of another side
    has the same name ("6th Army (Soviet)", "6th Army (Germany)"), so that a map tells them apart
    by more than colour. `sides_tags` is side_tags' {slug: tag}."""
    sides_of = {}
    for formation in formations:
        sides_of.setdefault(_normal(formation["name"]), set()).add(formation["side"])
    return {
        formation["id"]: (f"{formation['name']} ({sides_tags.get(formation['side'], formation['side'])})"
                          if len(sides_of[_normal(formation["name"])]) > 1 else formation["name"])
        for formation in formations
    }


def _normal(name):
    return " ".join(name.lower().split())


def named_in(texts, names):
    """The names among `names` that any of `texts` mentions as a word (case-sensitive, as names are)."""
    joined = "\n".join(text for text in texts if text)
    return {name for name in names if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", joined)}
