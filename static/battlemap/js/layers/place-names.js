// A place's two names: as the period sources spell it and its official name today, in the page's
// language (the timeline gives period_name and today_name, each with "<name>_lang": "en" when it is
// the English fallback), and which of them the map shows (?names=today).

/** The two ways of naming places; the first is the default. */
export const NAME_MODES = ['period', 'today'];

/** The mode a query string asks for (`?names=today`), else the default. */
export function nameModeFrom(search) {
  const asked = new URLSearchParams(search).get('names');
  return NAME_MODES.includes(asked) ? asked : NAME_MODES[0];
}

/** The query string with `mode` set (the default leaves no `names=` behind). */
export function searchWithNameMode(search, mode) {
  const params = new URLSearchParams(search);
  if (mode === NAME_MODES[0]) params.delete('names');
  else params.set('names', mode);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The place's period name (in the page's language where the data gives one). */
export function periodName(place) {
  return place.period_name || place.name;
}

/** The place's official name today (in the page's language where the data gives one). */
export function todayName(place) {
  return place.today_name || place.modern_name || place.name;
}

/** The name the map shows in `mode` and the other one. */
export function namesFor(place, mode) {
  return mode === 'today'
    ? { shown: todayName(place), other: periodName(place) }
    : { shown: periodName(place), other: todayName(place) };
}

/** The language a name is in when it is the English fallback ('en'), else null (the page's). */
export function nameLanguage(place, which) {
  return place[`${which}_name_lang`] || null;
}

/** The switch's label for each mode: the operation's year for the period ("As in 1942"). */
export function modeLabels(startDate, gettext = (text) => text) {
  const year = String(startDate || '').slice(0, 4);
  return {
    period: gettext('As in %(year)s').replace('%(year)s', year),
    today: gettext('Today'),
  };
}
