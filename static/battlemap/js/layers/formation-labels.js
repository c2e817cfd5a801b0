// The names the map gives formations: a formation's own name, with its side's word where a formation of another side has the same name ("6th Army (Soviet)", "6th Army (Germany)"), as the printed maps do (battlemap/render/labels.py).

/** The word that names a side in a label: the first of its name before any parenthesis. */
export function sideTag(side) {
  const words = String(side.name || '').split(' (')[0].trim().split(/\s+/).filter(Boolean);
  return words[0] || side.slug;
}

const normal = (name) => String(name).toLowerCase().split(/\s+/).filter(Boolean).join(' ');

/** Map formation id -> its label, for `formations` ([{id, name, side}]) and `sides` ([{slug, name}]). */
export function formationLabels(formations, sides) {
  const tags = new Map(sides.map((side) => [side.slug, sideTag(side)]));
  const sidesOf = new Map();
  for (const formation of formations) {
    const key = normal(formation.name);
    if (!sidesOf.has(key)) sidesOf.set(key, new Set());
    sidesOf.get(key).add(formation.side);
  }
  return new Map(formations.map((formation) => [formation.id, sidesOf.get(normal(formation.name)).size > 1
    ? `${formation.name} (${tags.get(formation.side) ?? formation.side})` : formation.name]));
}
