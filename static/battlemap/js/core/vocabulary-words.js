// The data's vocabulary (geodata/vocabulary.py: statuses, certainties, area roles, echelons, branches) in the reader's words and language.
import { pgettext } from './i18n.js';

// Each word is a pgettext call with its kind as the context, so that xgettext finds it and a translator
// knows which 'moving' or 'held' is meant; a value the table lacks is shown as it is.
const WORDS = {
  status: {
    engaged: () => pgettext('unit status', 'engaged'),
    reserve: () => pgettext('unit status', 'reserve'),
    moving: () => pgettext('unit status', 'moving'),
    encircled: () => pgettext('unit status', 'encircled'),
    destroyed: () => pgettext('unit status', 'destroyed'),
    withdrawn: () => pgettext('unit status', 'withdrawn'),
  },
  certainty: {
    certain: () => pgettext('certainty', 'certain'),
    probable: () => pgettext('certainty', 'probable'),
    approximate: () => pgettext('certainty', 'approximate'),
  },
  role: {
    held: () => pgettext('area role', 'held'),
    salient: () => pgettext('area role', 'salient'),
    pocket: () => pgettext('area role', 'pocket'),
    contested: () => pgettext('area role', 'contested'),
  },
  echelon: {
    front: () => pgettext('echelon', 'Front'),
    army_group: () => pgettext('echelon', 'Army group'),
    army: () => pgettext('echelon', 'Army'),
    corps: () => pgettext('echelon', 'Corps'),
    group: () => pgettext('echelon', 'Group'),
    division: () => pgettext('echelon', 'Division'),
    brigade: () => pgettext('echelon', 'Brigade'),
    regiment: () => pgettext('echelon', 'Regiment'),
  },
  branch: {
    infantry: () => pgettext('branch', 'infantry'),
    armour: () => pgettext('branch', 'armour'),
    motorised: () => pgettext('branch', 'motorised'),
    cavalry: () => pgettext('branch', 'cavalry'),
    mountain: () => pgettext('branch', 'mountain'),
    light: () => pgettext('branch', 'light'),
    artillery: () => pgettext('branch', 'artillery'),
    air: () => pgettext('branch', 'air'),
    headquarters: () => pgettext('branch', 'headquarters'),
  },
};

/** The word for a value of the data's vocabulary (`kind`: status, certainty, role, echelon, branch); `fallback` or the value itself when unknown. */
export function vocabularyWord(kind, value, fallback = value) {
  const word = WORDS[kind]?.[value];
  return word ? word() : fallback;
}
