// The map's names on screen: inside the frame, the two 6th Armies told apart, the day's places named.
import test from 'node:test';
import assert from 'node:assert/strict';
import { placeLabels } from '../../static/battlemap/js/core/label-placement.js';
import { formationLabels, sideTag } from '../../static/battlemap/js/layers/formation-labels.js';
import { namedPlacesOn, namesIn } from '../../static/battlemap/js/layers/named-places.js';

test('a label the frame would cut moves to an alternative inside it, or is dropped', () => {
  const frame = { width: 100, height: 50 };
  const edge = { x: 80, y: 10, width: 40, height: 10, alternatives: [{ x: 30, y: 10 }] };
  const out = { x: 90, y: 45, width: 40, height: 10 };
  const fits = { x: 0, y: 0, width: 20, height: 10 };
  assert.deepEqual(placeLabels([edge, out, fits], [], frame), [0, 2]);
  assert.equal(edge.x, 30);
  // Without a frame, as before.
  assert.deepEqual(placeLabels([{ x: 90, y: 45, width: 40, height: 10 }]), [0]);
});

test('formations of two sides with one name carry their side; others keep their name', () => {
  const sides = [{ slug: 'soviet', name: 'Soviet Union (Southwestern Front)' }, { slug: 'axis', name: 'Germany and allies (Army Group South)' }];
  const labels = formationLabels([
    { id: 'a', name: '6th Army', side: 'soviet' }, { id: 'b', name: '6th  army', side: 'axis' },
    { id: 'c', name: '9th Army', side: 'soviet' }, { id: 'd', name: '9th Army', side: 'soviet' },
  ], sides);
  assert.deepEqual([...labels.values()], ['6th Army (Soviet)', '6th  army (Germany)', '9th Army', '9th Army']);
  assert.equal(sideTag({ slug: 'x', name: '' }), 'x');
});

test("the day's events and key moments name their places, as whole words", () => {
  const places = [{ name: 'Balakleya' }, { name: 'Gusarovka' }, { name: 'Izyum' }, { name: 'Izy' }];
  assert.deepEqual([...namesIn(['Fighting at Izyum.'], places)], ['Izyum']);
  const index = {
    dates: ['1942-05-21', '1942-05-22'],
    places,
    timeline: { key_moments: [{ date: '1942-05-22', title: 'The ring closed', caption: 'complete at Gusarovka, south of Balakleya' }] },
    eventsOnDay: (day) => (day === 1 ? [{ title: 'Ring closed', text: 'Kleist holds Chepel' }] : [{ title: 'Izyum', text: '' }]),
  };
  assert.deepEqual([...namedPlacesOn(index, 1)].sort(), ['Balakleya', 'Gusarovka']);
  assert.deepEqual([...namedPlacesOn(index, 0)], ['Izyum']);
});
