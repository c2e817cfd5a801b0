"""How the drawn maps tell the sides apart when a photocopier prints them in grey: each side's ground
has its own lightness (well apart in luma, whatever the sides' colours) and the first side a
hatching as well; the pocket is cross-hatched; each side's arrows have their own dash.

The same styles draw the map (matplotlib) and the legend beside it (SVG swatches in the handout),
so the legend shows exactly what the map does."""

from dataclasses import dataclass

__all__ = ["PAPER", "SideStyle", "luma", "side_styles", "side_tags", "tint_to_luma"]

# The ground no side holds, and the paper the fills are mixed with.
PAPER = "#f4f4f0"
# The luma (0-255) each side's ground is drawn at, in the sides' order: 60 levels apart, so the
# sides differ by far more than a photocopier's 35 levels; both light enough for black text.
GROUND_LUMA = (226, 166, 196, 136)
# The hatching's lines: dark enough to be seen in grey, light enough that names over them read.
HATCH_LUMA = 150
# The pocket: light, cross-hatched (its lines bring its grey between the two sides').
POCKET_LUMA = 214
# matplotlib's hatch patterns: the first side hatched, the second plain, then the others.
GROUND_HATCH = ("///", "", "\\\\\\", "...")
POCKET_HATCH = "xx"
# Each side's arrows: solid for the first, dashed for the second, then dotted and dash-dot.
ARROW_DASH = ("solid", (0, (3.5, 1.6)), (0, (1, 1.2)), (0, (4, 1.5, 1, 1.5)))
# The same dashes in SVG's stroke-dasharray (in stroke widths), for the legend.
SVG_DASH = ("", "7 3", "2 2.4", "8 3 2 3")
# The hatch patterns in SVG, for the legend's swatches: (name, path in a 6x6 tile).
SVG_HATCH = {"///": "M-1,7 l8,-8 M-1,1 l2,-2 M5,7 l2,-2", "\\\\\\": "M-1,-1 l8,8 M5,-1 l2,2 M-1,5 l2,2",
             "xx": "M-1,7 l8,-8 M-1,-1 l8,8", "...": "M2,2 h1 M5,5 h1", "": ""}


def _rgb(colour):
    colour = colour.lstrip("#")
    if len(colour) != 6:
        raise ValueError(f"colour {colour!r} is not #rrggbb")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))


def luma(colour):
    """The Rec. 601 luma (0-255) of '#rrggbb': the grey a photocopier prints it as."""
    r, g, b = _rgb(colour)
    return 0.299 * r + 0.587 * g + 0.114 * b


def _mix(colour, other, share):
    """`share` of `colour` and the rest of `other`, as '#rrggbb'."""
    return "#" + "".join(f"{round(share * a + (1 - share) * b):02x}" for a, b in zip(_rgb(colour), _rgb(other)))


def tint_to_luma(colour, target, paper=PAPER):
    """`colour` mixed with the paper (or with black, when the colour is lighter than `target`)
    until its luma is `target`: the side's hue at the lightness the map wants."""
    own, ground = luma(colour), luma(paper)
    if abs(own - target) < 0.5:
        return _mix(colour, colour, 1)
    if own < target:
        return _mix(colour, paper, (ground - target) / (ground - own))
    return _mix(colour, "#000000", target / own)


@dataclass(frozen=True)
class SideStyle:
    slug: str
    colour: str
    # The ground held, the pocket's fill, each opaque, and their hatchings.
    ground: str
    ground_hatch: str
    pocket: str
    # The colour of the hatching's lines, and of the side's arrows and the pocket's edge.
    hatch: str
    ink: str
    arrow_dash: object
    svg_dash: str

    @property
    def svg_ground_hatch(self):
        return SVG_HATCH[self.ground_hatch]

    @property
    def svg_pocket_hatch(self):
        return SVG_HATCH[POCKET_HATCH]


def side_styles(sides):
    """{slug: SideStyle} of the operation's sides (dicts or models with slug and colour), in order."""
    styles = {}
    for index, side in enumerate(sides):
        slug, colour = (side["slug"], side["colour"]) if isinstance(side, dict) else (side.slug, side.colour)
        turn = index % len(GROUND_LUMA)
        styles[slug] = SideStyle(
            slug=slug, colour=colour,
            ground=tint_to_luma(colour, GROUND_LUMA[turn]), ground_hatch=GROUND_HATCH[turn],
            pocket=tint_to_luma(colour, POCKET_LUMA),
            hatch=tint_to_luma(colour, HATCH_LUMA), ink=tint_to_luma(colour, min(luma(colour), 110)),
            arrow_dash=ARROW_DASH[turn % len(ARROW_DASH)], svg_dash=SVG_DASH[turn % len(SVG_DASH)],
        )
    return styles


def side_tags(sides):
    """{slug: the word that names the side in a label}, the first word of its name before any
    parenthesis ("Soviet Union (…)" -> "Soviet", "Germany and allies (…)" -> "Germany")."""
    tags = {}
    for side in sides:
        slug, name = (side["slug"], side["name"]) if isinstance(side, dict) else (side.slug, side.name)
        words = name.split(" (")[0].split()
        tags[slug] = words[0] if words else slug
    return tags
