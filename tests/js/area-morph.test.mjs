// Tests for morphing areas and the front line between days through signed distance fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMorph } from '../../static/battlemap/js/morph/create-morph.js';
import { createGrid } from '../../static/battlemap/js/core/projection.js';
import { loadD3, loadFixture } from './helpers/vendor.mjs';

const d3 = loadD3();
const d3Contour = (values, width, height, threshold) => d3.contours().size([width, height]).contour(values, threshold).coordinates;
const timeline = loadFixture();
// The drawing orders the page takes from the timeline's vocabulary.
const ORDERS = { roles: timeline.vocabulary.area_roles, certainties: timeline.vocabulary.certainties };

function makeMorph(longSideCells = 96, contour = undefined) {
  return createMorph({
    ...ORDERS,
    dates: timeline.dates,
    areasByDate: timeline.areas,
    sides: timeline.operation.sides.map((s) => s.slug),
    grid: createGrid(timeline.operation.bbox, { longSideCells }),
    contour,
  });
}

function ringArea(ring) {
  let area = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) area += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(area / 2);
}
const polygonsArea = (polygons) => polygons.reduce((sum, rings) => sum + ringArea(rings[0]) - rings.slice(1).reduce((s, r) => s + ringArea(r), 0), 0);
const shapeArea = (morph, time, key) => polygonsArea(morph.areas.at(time).find((s) => s.key === key)?.polygons ?? []);

test('exact days give one shape per side, role and certainty', () => {
  const morph = makeMorph();
  const keys = morph.areas.at(0).map((s) => s.key);
  assert.deepEqual(keys, ['axis|held|certain', 'soviet|held|certain', 'soviet|salient|probable']);
});

test('the salient grows continuously between two days', () => {
  const morph = makeMorph();
  const areas = [1, 1.25, 1.5, 1.75, 2].map((t) => shapeArea(morph, t, 'soviet|salient|probable'));
  for (let i = 1; i < areas.length; i++) assert.ok(areas[i] > areas[i - 1], `area grows: ${areas}`);
  // Grid cells are ~1/96 of the long side: the day-2 salient is 1.0° × 0.6° against 0.7° × 0.6°.
  assert.ok(areas[4] / areas[0] > 1.3 && areas[4] / areas[0] < 1.6, `ratio ${areas[4] / areas[0]}`);
});

test('a shape with no partner on the other day shrinks to nothing or grows from nothing, never pops', () => {
  const held = timeline.areas['1942-05-11'][0];
  const pocket = timeline.areas['1942-05-14'][1];
  const morph = createMorph({
    ...ORDERS,
    dates: ['1942-05-11', '1942-05-12', '1942-05-13'],
    areasByDate: { '1942-05-11': [held, pocket], '1942-05-12': [held], '1942-05-13': [held, pocket] },
    sides: ['soviet', 'axis'],
    grid: createGrid(timeline.operation.bbox, { longSideCells: 96 }),
  });
  const area = (t) => polygonsArea(morph.areas.at(t).find((s) => s.key === 'soviet|pocket|approximate')?.polygons ?? []);
  const shrinking = [0, 0.3, 0.6, 0.85].map(area);
  const growing = [1.15, 1.4, 1.7, 2].map(area);
  for (let i = 1; i < 4; i++) {
    assert.ok(shrinking[i] < shrinking[i - 1], `shrinks ${shrinking}`);
    assert.ok(growing[i] > growing[i - 1], `grows ${growing}`);
  }
  assert.ok(shrinking[3] > 0, 'still there late in the day');
  assert.ok(area(0.999) < shrinking[0] * 0.05, 'nearly gone by the end of the day');
  assert.ok(area(1.001) < growing[3] * 0.05, 'barely there at the start of the day');
  assert.equal(area(1), 0);
});

test('a hole opens in the axis area on the day the pocket is cut off, without a jump', () => {
  const morph = makeMorph();
  const axis = (t) => morph.areas.at(t).find((s) => s.key === 'axis|held|certain').polygons;
  const holes = (t) => axis(t).flatMap((p) => p.slice(1));
  assert.equal(holes(2).length, 0);
  assert.equal(holes(2.9).length, 1, 'the notch has closed into a hole before the day ends');
  assert.equal(holes(3).length, 1);
  // The notch closes at its mouth and what is left shrinks to the pocket: the area never jumps.
  let previous = polygonsArea(axis(2));
  for (let t = 2.02; t <= 3.0001; t += 0.02) {
    const area = polygonsArea(axis(Math.min(3, t)));
    assert.ok(Math.abs(area - previous) < previous * 0.01, `jump at ${t}: ${previous} -> ${area}`);
    previous = area;
  }
});

test('whole days and unchanged shapes draw the authored geometry without building a field', () => {
  const morph = makeMorph();
  const [salient] = morph.areas.at(0.5).filter((s) => s.key === 'soviet|salient|probable');
  assert.deepEqual(salient.polygons, morph.days.vectorPolygonsOf(morph.days.shapesOfDay(0).get('soviet|salient|probable')));
  morph.areas.at(1);
  morph.areas.at(3);
  assert.equal(morph.store.fieldBuildCount, 0, 'days 0 and 1 are the same: no morph needed');
  morph.areas.at(1.5);
  assert.ok(morph.store.fieldBuildCount > 0);
});

test('on whole days the authored front is drawn when the data has one', () => {
  const morph = createMorph({
    ...ORDERS,
    dates: timeline.dates,
    areasByDate: timeline.areas,
    frontsByDate: timeline.fronts,
    sides: ['soviet', 'axis'],
    grid: createGrid(timeline.operation.bbox, { longSideCells: 96 }),
  });
  const [front] = morph.front.at(1);
  assert.equal(front.lines.length, 1);
  assert.equal(front.lines[0].length, 2, 'the authored two-point line, not a contour');
  assert.ok(morph.front.at(1.5)[0].lines[0].length > 2, 'between days the morphed front');
});

test('the front line moves continuously and lies between the two sides', () => {
  const morph = makeMorph();
  const easternmost = (t) => Math.max(...morph.front.at(t).flatMap((f) => f.lines.flat()).map(([x]) => x));
  const xs = [1, 1.2, 1.4, 1.6, 1.8, 2].map(easternmost);
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i] > xs[i - 1], `front advances east: ${xs}`);
  const fronts = morph.front.at(0);
  assert.equal(fronts.length, 1);
  assert.deepEqual(fronts[0].sides, ['soviet', 'axis']);
  // No segment runs along the edge of the grid.
  const { width, height } = morph.days.grid;
  for (const line of fronts[0].lines) {
    for (let i = 1; i < line.length; i++) {
      const [p, q] = [line[i - 1], line[i]];
      assert.ok(!(p[0] === q[0] && (p[0] <= 0 || p[0] >= width)) && !(p[1] === q[1] && (p[1] <= 0 || p[1] >= height)));
    }
  }
});

test('after the pocket is cut off the front also rings the pocket', () => {
  const morph = makeMorph();
  const closedRings = morph.front.at(3)[0].lines.filter((line) => {
    const [a, b] = [line[0], line.at(-1)];
    return Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-6;
  });
  assert.ok(closedRings.length >= 1, 'a closed ring around the pocket');
});

test('d3-contour as the contour function draws the same areas', () => {
  const own = makeMorph();
  const reference = makeMorph(96, d3Contour);
  for (const t of [0, 1.5, 2.5, 3]) {
    const area = (morph) => morph.areas.at(t).map((s) => [s.key, Math.round(polygonsArea(s.polygons) * 1e6)]);
    assert.deepEqual(area(own), area(reference));
  }
});

test('on the day the pocket is cut off the salient morphs into the pocket, cross-fading', () => {
  const morph = makeMorph();
  const at = (t) => Object.fromEntries(morph.areas.at(t).map((s) => [s.key, s]));
  const middle = at(2.5);
  const salient = middle['soviet|salient|probable'];
  const pocket = middle['soviet|pocket|approximate'];
  assert.ok(salient && pocket, 'both drawn mid-way');
  assert.deepEqual(salient.polygons, pocket.polygons, 'one morphing outline');
  assert.equal(salient.opacity, 0.5);
  assert.equal(pocket.opacity, 0.5);
  assert.equal(at(2.9)['soviet|pocket|approximate'].opacity.toFixed(2), '0.90');
  // The outline moves steadily from the salient's to the pocket's.
  const areas = [2, 2.25, 2.5, 2.75, 3].map((t) => polygonsArea(Object.values(at(t)).find((s) => s.side === 'soviet' && s.role !== 'held').polygons));
  for (let i = 1; i < areas.length; i++) assert.ok(areas[i] < areas[i - 1], `shrinks towards the pocket: ${areas}`);
});

test('preparation in steps builds what prepareDay builds, a field or so at a time', () => {
  const stepped = makeMorph();
  let steps = 0;
  for (const _ of stepped.store.preparationSteps(2)) steps++;
  const whole = makeMorph();
  whole.store.prepareDay(2);
  assert.ok(steps >= 4, `${steps} steps`);
  assert.equal(stepped.store.fieldBuildCount, whole.store.fieldBuildCount);
  const built = stepped.store.fieldBuildCount;
  stepped.areas.at(2.5);
  stepped.front.at(2.5);
  assert.equal(stepped.store.fieldBuildCount, built, 'nothing left to build when scrubbing');
});

test('leaving a whole day the outlines move by less than a cell: no pop from vector to morph', () => {
  const morph = makeMorph(128);
  const segmentDistance = (p, a, b) => {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const length = dx * dx + dy * dy;
    const u = length ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length)) : 0;
    return Math.hypot(p[0] - a[0] - u * dx, p[1] - a[1] - u * dy);
  };
  const rings = (shape) => shape.polygons.flat();
  const distanceToRings = (p, targetRings) => {
    let best = Infinity;
    for (const ring of targetRings) for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(p, ring[i - 1], ring[i]));
    return best;
  };
  const farthest = (fromRings, toRings) => Math.max(0, ...fromRings.flat().map((p) => distanceToRings(p, toRings)));
  for (const day of [1, 2]) {
    const whole = Object.fromEntries(morph.areas.at(day).map((s) => [s.key, rings(s)]));
    for (const shape of morph.areas.at(day + 1e-4)) {
      if (!whole[shape.key]) continue;
      const after = rings(shape);
      // The grid border closes shapes that run off the grid; compare only away from it.
      const inside = (ring) => ring.filter(([x, y]) => x > 1 && y > 1 && x < morph.days.grid.width - 1 && y < morph.days.grid.height - 1);
      assert.ok(farthest(after.map(inside), whole[shape.key]) < 1, `${shape.key} on day ${day}`);
      assert.ok(farthest(whole[shape.key].map(inside), after) < 1, `${shape.key} on day ${day}, back`);
    }
  }
});

test('with fields built elsewhere, a morph waits on the nearer day as authored, then morphs as if built in place', async () => {
  const { buildShapeField } = await import('../../static/battlemap/js/morph/shape-field.js');
  const wanted = new Map();
  const waiting = createMorph({
    ...ORDERS,
    dates: timeline.dates,
    areasByDate: timeline.areas,
    sides: timeline.operation.sides.map((s) => s.slug),
    grid: createGrid(timeline.operation.bbox, { longSideCells: 96 }),
    buildFields: false,
    onFieldWanted: (shape) => wanted.set(shape.signature, shape),
  });
  const inPlace = makeMorph();
  const early = waiting.areas.at(1.25);
  assert.equal(waiting.areas.complete, false);
  assert.ok(wanted.size > 0, 'the fields the time needs are asked for');
  assert.deepEqual(early.map((s) => s.polygons), waiting.areas.at(1).map((s) => s.polygons), 'the nearer day (1) as authored');
  assert.deepEqual(waiting.areas.at(1.75).map((s) => s.polygons), waiting.areas.at(2).map((s) => s.polygons), 'the nearer day (2)');
  assert.deepEqual(waiting.front.at(1.25), [], 'no stored front to stand in: none until the fields are in');
  assert.equal(waiting.front.complete, false);
  assert.equal(waiting.store.fieldBuildCount, 0, 'nothing built in place');
  for (const [signature, shape] of wanted) {
    const { field, vanishOffset } = buildShapeField(waiting.days.vectorPolygonsOf(shape), waiting.days.grid.width, waiting.days.grid.height);
    waiting.store.acceptField(signature, field, vanishOffset);
  }
  assert.deepEqual(waiting.areas.at(1.25), inPlace.areas.at(1.25));
  assert.equal(waiting.areas.complete, true);
  assert.deepEqual(waiting.front.at(1.25), inPlace.front.at(1.25));
});

test('fields are 16-bit integers in field units, half the memory of 32-bit floats', async () => {
  const { FIELD_SCALE } = await import('../../static/battlemap/js/morph/shape-field.js');
  const morph = makeMorph();
  morph.store.prepareDay(2);
  const cells = morph.days.grid.width * morph.days.grid.height;
  assert.ok(morph.store.fieldBuildCount > 0);
  assert.equal(morph.store.fieldBytes % (cells * 2), 0);
  const [field] = [...morph.store._fields.values()];
  assert.ok(field instanceof Int16Array);
  assert.ok(FIELD_SCALE >= 16, 'a sixteenth of a cell or finer');
});

test("a side with one shape on a day has that shape's field as its own, not a copy, counted once", () => {
  const morph = makeMorph();
  let checked = 0;
  for (let day = 0; day < morph.days.dayCount; day++) {
    for (const side of morph.days.sides) {
      const shapes = [...morph.days.shapesOfDay(day).values()].filter((s) => s.side === side && s.role !== 'contested');
      const sideField = morph.store.sideFieldOf(day, side);
      if (shapes.length !== 1) continue;
      assert.equal(sideField, morph.store.fieldOf(shapes[0]));
      checked++;
    }
  }
  assert.ok(checked > 0, 'the fixture has a side with one shape');
  const distinct = new Set(morph.store._fields.values());
  assert.equal(morph.store.fieldCount, distinct.size);
  assert.equal(morph.store.fieldBytes, [...distinct].reduce((sum, field) => sum + field.byteLength, 0));
});

test('letting go of the fields outside some days keeps exactly those days, and the morph builds the rest again', () => {
  const morph = makeMorph();
  const last = morph.days.dayCount - 1;
  for (let day = 0; day < last; day++) morph.store.prepareDay(day);
  const whole = morph.areas.at(0.5).map((shape) => shape.polygons);
  const released = morph.store.releaseFieldsOutside(last, last);
  assert.ok(released > 0);
  const keep = morph.store.fieldSignaturesOfDays(last, last);
  assert.ok([...morph.store._fields.keys()].every((signature) => keep.has(signature)));
  assert.deepEqual(morph.areas.at(0.5).map((shape) => shape.polygons), whole, 'built again, the same morph');
});

test('preparing another day leaves the drawn morph whole as it was', async () => {
  const { buildShapeField } = await import('../../static/battlemap/js/morph/shape-field.js');
  const morph = makeMorph();
  morph.store.buildFields = false;
  const last = morph.days.dayCount - 1;
  const give = (day) => {
    for (const shape of morph.store.shapesWithoutFields(day)) {
      const { field, vanishOffset } = buildShapeField(morph.days.vectorPolygonsOf(shape), morph.days.grid.width, morph.days.grid.height);
      morph.store.acceptField(shape.signature, field, vanishOffset);
    }
  };
  // A span whose days change, with only the later span's fields in.
  const changing = [...Array(last).keys()].reverse().find((day) => {
    const [a, b] = [morph.days.shapesOfDay(day), morph.days.shapesOfDay(day + 1)];
    return [...a.values()].some((shape) => b.get(shape.key)?.signature !== shape.signature);
  });
  assert.ok(changing > 0, 'the fixture changes after its first day');
  give(changing);
  give(changing + 1);
  morph.areas.at(changing + 0.5);
  morph.front.at(changing + 0.5);
  assert.equal(morph.areas.complete && morph.front.complete, true);
  morph.areas.prepareDay(0); // its fields are not in
  morph.front.prepareDay(0);
  assert.equal(morph.areas.complete && morph.front.complete, true, 'the drawn time is still whole');
  morph.areas.at(changing + 0.5);
  assert.equal(morph.areas.complete, true, 'and a drawn time kept is whole');
});

test('while playing, a day not prepared shows its nearer whole day; once prepared, it morphs', () => {
  const morph = makeMorph();
  const whole = (time) => JSON.stringify(morph.areas.at(time));
  const dayOne = whole(1);
  const early = JSON.stringify(morph.areas.at(1.3, { preparedOnly: true }));
  assert.equal(early, dayOne, 'at 1.3 the nearer day is day 1');
  assert.equal(morph.areas.complete, false, 'and the answer says it is not the morph');
  assert.equal(morph.areas.isPrepared(1), false);
  morph.areas.prepareDay(1);
  morph.areas.warmUp(1);
  assert.equal(morph.areas.isPrepared(1), true);
  const morphed = JSON.stringify(morph.areas.at(1.3, { preparedOnly: true }));
  assert.notEqual(morphed, dayOne, 'prepared, 1.3 is a morph between the days');
  assert.equal(morph.areas.complete, true);
  // Paused (not preparedOnly), any time morphs at once, as before.
  assert.notEqual(JSON.stringify(makeMorph().areas.at(1.3)), JSON.stringify(makeMorph().areas.at(1)));
});
