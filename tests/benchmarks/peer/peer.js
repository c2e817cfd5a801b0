// The benchmark's peer: the same Kharkov timeline drawn as a Leaflet user would with Leaflet.TimeDimension (GeoJSON features with times, milsymbol icons as markers, the time slider control), following its documentation.
(async function peer() {
  const slug = new URLSearchParams(window.location.search).get('operation') || 'kharkov-1942';
  const response = await fetch(`/api/operations/${slug}/timeline/`, { headers: { Accept: 'application/json' } });
  const timeline = await response.json();
  const { operation } = timeline;
  const colourOf = Object.fromEntries(operation.sides.map((side) => [side.slug, side.colour]));
  const time = (date) => Date.parse(`${date}T00:00:00Z`);
  const times = timeline.dates.map(time);

  const [west, south, east, north] = operation.bbox;
  const map = L.map('map', {
    timeDimension: true,
    timeDimensionOptions: { times, currentTime: times[0] },
    timeDimensionControl: true,
    timeDimensionControlOptions: { position: 'bottomleft', autoPlay: false, loopButton: true, timeSliderDragUpdate: true,
      playerOptions: { transitionTime: 1000, loop: false } },
  });
  map.fitBounds([[south, west], [north, east]]);

  // Each day's features carry that day's time; a duration of just under a day shows one day's.
  // The GeoJSON layer slices a line's or polygon's `coordinates` by the indices of its `times`
  // that fall in range (as for a track), so a feature that holds for one day carries that day once
  // per top-level coordinate: every vertex of a front, every ring of a polygon, every polygon of a
  // multipolygon. A single `time` would keep only the first of them.
  const timesOf = (geometry, date) => geometry.coordinates.map(() => time(date));
  const dayFeatures = (byDate, toFeature) => Object.entries(byDate).flatMap(([date, items]) =>
    items.map((item) => toFeature(item, date)).filter(Boolean));
  const areas = dayFeatures(timeline.areas, (area, date) => area.geometry && ({
    type: 'Feature', geometry: area.geometry, properties: { times: timesOf(area.geometry, date), side: area.side, role: area.role } }));
  const fronts = dayFeatures(timeline.fronts || {}, (front, date) => front.geometry && ({
    type: 'Feature', geometry: front.geometry, properties: { times: timesOf(front.geometry, date) } }));
  const formations = new Map(timeline.formations.map((formation) => [formation.id, formation]));
  const positionsByDate = {};
  for (const position of timeline.positions) {
    (positionsByDate[position.date] ??= []).push(position);
  }
  const units = dayFeatures(positionsByDate, (position, date) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [position.lon, position.lat] },
    properties: { time: time(date), formation: position.formation } }));

  // One icon per code and side, as milsymbol's Leaflet example builds them.
  const icons = new Map();
  const iconOf = (formation) => {
    const key = `${formation.sidc}|${formation.side}`;
    if (!icons.has(key)) {
      const symbol = new ms.Symbol(formation.sidc, { size: 20, fillColor: colourOf[formation.side], colorMode: 'Light' });
      const anchor = symbol.getAnchor();
      icons.set(key, L.icon({ iconUrl: symbol.toDataURL(), iconAnchor: [anchor.x, anchor.y] }));
    }
    return icons.get(key);
  };

  const duration = 'PT23H59M';
  const layers = [
    L.timeDimension.layer.geoJson(L.geoJSON(areas, {
      style: (feature) => ({ color: colourOf[feature.properties.side], weight: 1, fillOpacity: feature.properties.role === 'pocket' ? 0.6 : 0.35 }),
    }), { duration }),
    L.timeDimension.layer.geoJson(L.geoJSON(fronts, { style: { color: '#111', weight: 3, dashArray: '6 4' } }), { duration }),
    L.timeDimension.layer.geoJson(L.geoJSON(units, {
      pointToLayer: (feature, latlng) => {
        const formation = formations.get(feature.properties.formation);
        return L.marker(latlng, { icon: iconOf(formation), title: formation.name });
      },
    }), { duration }),
  ];
  // A TimeDimension layer draws its current time when it is added (onAdd calls _update): the
  // first complete frame is the next animation frame.
  for (const layer of layers) layer.addTo(map);
  requestAnimationFrame(() => {
    performance.mark('peer:first-frame');
    document.documentElement.dataset.peerReady = 'true';
  });
  window.peer = { map, times, layers };
}()).catch((error) => console.error(error));
