// A place's card: a click on a place's dot says both its names, as the period sources spell it and
// today's official name, in the page's language (a name left in English is marked lang="en").
import { gettext } from '../core/i18n.js';
import { modeLabels, nameLanguage, periodName, todayName } from '../layers/place-names.js';

const L = window.L;

function line(doc, label, name, lang) {
  const row = doc.createElement('span');
  row.className = 'bm-place-card__row';
  const term = doc.createElement('span');
  term.className = 'bm-place-card__label';
  term.textContent = `${label}: `;
  const value = doc.createElement('strong');
  value.textContent = name;
  if (lang) value.lang = lang;
  row.append(term, value);
  return row;
}

/** The card's content for `place` (text only, never markup). */
export function placeCardContent(place, startDate, doc = document) {
  const labels = modeLabels(startDate, gettext);
  const content = doc.createElement('span');
  content.className = 'bm-place-card';
  content.dataset.place = place.name;
  content.append(
    line(doc, labels.period, periodName(place), nameLanguage(place, 'period')),
    doc.createElement('br'),
    line(doc, labels.today, todayName(place), nameLanguage(place, 'today')),
  );
  return content;
}

/** Open a place's card on a click on its dot, over any other tooltip the click opened (the ground's). */
export function wirePlaceCard({ map, placeLayer, startDate }) {
  let card = null;
  const hide = () => {
    card?.remove();
    card = null;
  };
  map.on('click', (event) => {
    hide();
    if (!map.hasLayer(placeLayer)) return;
    const place = placeLayer.placeAt(event.containerPoint);
    if (!place) return;
    map.eachLayer((layer) => {
      if (layer instanceof L.Tooltip) layer.remove();
    });
    card = L.tooltip({ direction: 'top', className: 'bm-place-card-tip', offset: [0, -6] })
      .setLatLng(place.at ? [place.at[1], place.at[0]] : event.latlng).setContent(placeCardContent(place, startDate)).openOn(map);
  });
  map.on('movestart zoomstart', hide);
  return { hide };
}
