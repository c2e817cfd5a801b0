// The embed's postMessage protocol (version 1): validate commands from the host, build reports to it.

/** Every message either way is an object {battlemap: PROTOCOL_VERSION, type, ...payload}. */
export const PROTOCOL_VERSION = 1;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const isString = (value) => typeof value === 'string' && value.length > 0;

/** Each command's payload fields: name -> [check, what it must be, required]. */
export const COMMANDS = {
  'set-date': { date: [(v) => typeof v === 'string' && DATE.test(v), 'a YYYY-MM-DD string', true],
                time: [(v) => typeof v === 'string' && TIME.test(v), 'an HH:MM string', false] },
  play: {},
  pause: {},
  'set-speed': { speed: [(v) => isNumber(v) && v > 0 && v <= 16, 'a number in (0, 16]', true] },
  'fly-to': { lat: [(v) => isNumber(v) && v >= -90 && v <= 90, 'a latitude in [-90, 90]', true],
              lng: [(v) => isNumber(v) && v >= -180 && v <= 180, 'a longitude in [-180, 180]', true],
              zoom: [(v) => isNumber(v) && v >= 0 && v <= 20, 'a zoom in [0, 20]', false],
              animate: [(v) => typeof v === 'boolean', 'true or false', false] },
  'set-layers': { show: [(v) => Array.isArray(v) && v.every(isString), 'a list of layer names', false],
                  hide: [(v) => Array.isArray(v) && v.every(isString), 'a list of layer names', false] },
  'select-unit': { unit: [(v) => v === null || isString(v), 'a formation id or null', true] },
};

/**
 * Check one incoming message. Returns {command} when valid, {problem} naming what is wrong,
 * or {ignore: true} for messages not meant for us (other protocols share the channel).
 */
export function parseCommand(data) {
  if (data === null || typeof data !== 'object' || !('battlemap' in data)) return { ignore: true };
  if (data.battlemap !== PROTOCOL_VERSION) {
    return { problem: `protocol version ${JSON.stringify(data.battlemap)} is not supported (use ${PROTOCOL_VERSION})` };
  }
  // Own properties only: '__proto__', 'constructor' or 'toString' are no command.
  const fields = typeof data.type === 'string' && Object.hasOwn(COMMANDS, data.type) ? COMMANDS[data.type] : null;
  if (!fields) {
    return { problem: `unknown message type ${JSON.stringify(data.type)}; known: ${Object.keys(COMMANDS).join(', ')}` };
  }
  for (const [name, [check, expected, required]] of Object.entries(fields)) {
    if (!Object.hasOwn(data, name) || data[name] === undefined) {
      if (required) return { problem: `'${data.type}' needs '${name}', ${expected}` };
      continue;
    }
    if (!check(data[name])) {
      return { problem: `'${data.type}': '${name}' must be ${expected}, got ${JSON.stringify(data[name])}` };
    }
  }
  const unknown = Object.keys(data).filter((key) => key !== 'battlemap' && key !== 'type' && !Object.hasOwn(fields, key));
  if (unknown.length) return { problem: `'${data.type}' has unknown field(s) ${unknown.join(', ')}` };
  return { command: data };
}

/** Whether a message from `origin` may command us: any origin when the list is empty. */
export function originAllowed(origin, allowedOrigins) {
  return !allowedOrigins || allowedOrigins.length === 0 || allowedOrigins.includes(origin);
}

/** Reports to the host. */
export const report = {
  ready: ({ slug, date, dates }) => ({ battlemap: PROTOCOL_VERSION, type: 'ready', slug, date, dates }),
  dateChanged: ({ date, time }) => ({ battlemap: PROTOCOL_VERSION, type: 'date-changed', date, time }),
  height: (height) => ({ battlemap: PROTOCOL_VERSION, type: 'height', height: Math.ceil(height) }),
  viewChanged: ({ lat, lng, zoom }) => ({ battlemap: PROTOCOL_VERSION, type: 'view-changed', lat, lng, zoom }),
};
