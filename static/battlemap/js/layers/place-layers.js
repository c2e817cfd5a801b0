// The period gazetteer: settlements and heights as labelled points; rivers and railways as lines.
const L = window.L;

const POINT_KINDS = { city: 5, town: 3.5, village: 2.5, height: 3, region: 0 };
const LINE_STYLE = {
  river: { color: '#2e86de', weight: 2.5, opacity: 0.9 },
  railway: { color: '#222', weight: 2, opacity: 0.8, dashArray: '6 4' },
};

function approximate(place) {
  return place.certainty === 'approximate' ? 0.55 : 1;
}

/** Settlements, heights and regions. */
export function settlementLayer(places) {
  const features = places.filter((p) => p.kind in POINT_KINDS && p.geometry);
  return L.geoJSON(
    { type: 'FeatureCollection', features: features.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: p })) },
    {
      pointToLayer(feature, latlng) {
        const place = feature.properties;
        const marker = L.circleMarker(latlng, {
          radius: POINT_KINDS[place.kind],
          color: '#111',
          weight: 1.5,
          fillColor: '#fff',
          fillOpacity: approximate(place),
          opacity: approximate(place),
          interactive: false,
        });
        const modern = place.modern_name && place.modern_name !== place.name ? ` (${place.modern_name})` : '';
        marker.bindTooltip(`${place.name}${modern}`, { permanent: true, direction: 'right', className: `bm-place-label bm-place-label--${place.kind}`, offset: [4, 0] });
        return marker;
      },
      style: (feature) => ({ color: '#555', weight: 1, fill: false, dashArray: '2 4', opacity: approximate(feature.properties) }),
    },
  );
}

/** Rivers and railways. */
export function waterAndRailLayer(places) {
  const features = places.filter((p) => p.kind in LINE_STYLE && p.geometry);
  return L.geoJSON(
    { type: 'FeatureCollection', features: features.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: p })) },
    {
      style: (feature) => ({ ...LINE_STYLE[feature.properties.kind], opacity: LINE_STYLE[feature.properties.kind].opacity * approximate(feature.properties), interactive: false }),
      onEachFeature(feature, layer) {
        if (feature.properties.kind === 'river') layer.bindTooltip(feature.properties.name, { sticky: true });
      },
    },
  );
}
