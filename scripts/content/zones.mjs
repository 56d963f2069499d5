// The time zones of the countries with lines of their own, for finding a reader's country from their
// device (src/internal/locale.ts). Built from @vvo/tzdb, which names every current IANA zone and gives
// each exactly one country, and kept as small as it can be, since it ships in the script:
//   - each zone's IANA name, and the name ICU gives it (browsers built on ICU report e.g. "Asia/Calcutta"
//     where others report "Asia/Kolkata");
//   - without its area ("America/", "Europe/", ...), which the widget strips too; a build error if that
//     makes a covered zone's name equal to a name another country's zone is reported by;
//   - a group of a country's zones under one name, such as America/Indiana/…, as that name with its slash
//     ("Indiana/"), where no other country has a zone under it (see groupZones);
//   - as a string: a country code, then its zones, e.g. "GB London IE Dublin" (see tableOf).
import { getCountryCode, timeZonesNames } from '@vvo/tzdb';

/** Areas of IANA names that are places; any other name (UTC, Etc/GMT+5) says nothing of a country. */
export const AREAS = ['Africa', 'America', 'Antarctica', 'Arctic', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific'];
const stripArea = (name) => name.slice(name.indexOf('/') + 1);

function icuName(name) {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Returns { zones: Map(country code → zone names without area), errors: [] } for the given codes. */
export function zoneTable(countries) {
  const errors = [];
  const byCountry = new Map();
  const others = new Set();
  for (const name of timeZonesNames) {
    const code = getCountryCode(name);
    const names = [name, icuName(name)].filter((n) => n && AREAS.includes(n.split('/')[0])).map(stripArea);
    if (countries.includes(code)) byCountry.set(code, [...new Set([...(byCountry.get(code) ?? []), ...names])]);
    else for (const n of names) others.add(n);
  }
  for (const [code, names] of byCountry) {
    for (const name of names) if (others.has(name)) errors.push(`time zone "${name}" of ${code} has the same name as another country's zone`);
  }
  for (const [code, names] of byCountry) {
    const elsewhere = [...others, ...[...byCountry].flatMap(([other, list]) => (other === code ? [] : list))];
    byCountry.set(code, groupZones(names, elsewhere));
  }
  return { zones: byCountry, errors };
}

/**
 * A country's zone names with each group of two or more under one name ("Indiana/Knox",
 * "Indiana/Vevay"…) given as that name with its slash ("Indiana/"), which src/internal/locale.ts
 * reads as every zone under it: only where no zone of another country (`elsewhere`) is under it too.
 */
function groupZones(names, elsewhere) {
  const groups = new Map();
  for (const n of names.filter((n) => n.includes('/'))) {
    const prefix = n.slice(0, n.indexOf('/') + 1);
    groups.set(prefix, [...(groups.get(prefix) ?? []), n]);
  }
  const grouped = [...groups].filter(([prefix, list]) => list.length > 1 && !elsewhere.some((n) => n.startsWith(prefix))).map(([p]) => p);
  return [...names.filter((n) => !grouped.some((prefix) => n.startsWith(prefix))), ...grouped];
}

/** The zones of some countries as one string: "GB London IE Dublin". */
export const tableOf = (zones, countries) =>
  countries.filter((code) => zones.has(code)).map((code) => [code, ...zones.get(code).sort()].join(' ')).join(' ');
