import { TIP_IDS } from './content.js';
import { describe, toText } from './warn.js';

/**
 * The `tips` input of <ally-tips> as the ids of the tips to show, in its order; every tip when it names
 * none that exists, with one warning per problem. Any value a page or framework passes is read: a comma-
 * separated text, or an array (by index, not through its own, possibly replaced, methods) of at most 20
 * items, each of them any value. Part of the tips' view (prose.ts): until that is here, no tip shows.
 */
export function tipIds(value: unknown, warn: (message: string) => void): readonly string[] {
  if (value === undefined || value === null) return TIP_IDS;
  let list: string | undefined;
  try {
    list = Array.isArray(value)
      ? Array.from({ length: Math.min(value.length >>> 0, 20) }, (_, i) => toText(value[i], 'a tips item', warn)).join()
      : toText(value, 'tips', warn);
  } catch (error) {
    warn(`tips unreadable (${describe(error)}); showing all.`);
    return TIP_IDS;
  }
  const wanted = [
    ...new Set(
      (list ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const known = wanted.filter((id) => TIP_IDS.includes(id));
  const ids = `Known ids: ${TIP_IDS.join(', ')}.`;
  // An empty or wholly wrong list would leave a blank widget: show every tip instead.
  if (!known.length) {
    if (list !== undefined) warn(`tips=${describe(list)} names no known tip; showing all tips. ${ids}`);
    return TIP_IDS;
  }
  for (const id of wanted) if (!known.includes(id)) warn(`unknown tip id ${describe(id)} skipped. ${ids}`);
  return known;
}
