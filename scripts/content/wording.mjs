// Checks on the words themselves: reading level (English) and safe-messaging rules (each language its list).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 8;

/**
 * Text as the safe-messaging rules read it: compatibility forms folded (full-width letters, ligatures),
 * accents dropped (so "cometio" is read as "cometió"), lower case, zero-width characters and soft hyphens
 * removed, and every run of white space, no-break spaces included, one plain space.
 */
export const normalize = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
    .replace(/[‘’ʼ]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');

// Word boundaries that know letters beyond ASCII (\b does not). Patterns are written for normalized text:
// lower case, no accents, single spaces.
const word = (body) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
// Japanese has no spaces between words: its patterns match anywhere, written as a reader writes them and
// normalized like the text (so び is read as ひ, as the text is).
const japanese = (body) => new RegExp(normalize(body), 'u');
// German joins words into one (Selbstmordgedanken): its patterns match inside a word, and report all of it.
const compound = (body) => new RegExp(`\\p{L}*(?:${body})\\p{L}*`, 'u');

/**
 * Words that safe-messaging guidance rules out (Action Alliance framework, ReportingOnSuicide.org), one
 * list a language: a new language brings its own list, and a test for each of its rules
 * (scripts/content/load.test.mjs). `every` applies to every language. Each rule says why, for the message.
 */
export const RULES = {
  every: [{ id: 'old-lifeline', pattern: /1[ .-]?\(?800\)?[ .-]?273[ .-]?(?:8255|talk)/, why: 'the old Lifeline number: use 988' }],
  en: [
    // commit, comit, committed, commited, comitted, commits, committing, commiting…
    { id: 'committed-suicide', pattern: word('comm?itt?(?:s|e?d|ing)? suicides?'), why: 'say "died by suicide" or "suicide"' },
    { id: 'completed-suicide', pattern: word('completed? suicides?'), why: 'say "died by suicide"' },
    {
      id: 'successful-failed',
      pattern: word('(?:successful|unsuccessful|failed) (?:suicides?|attempts?)'),
      why: 'no "successful" or "failed" suicides or attempts',
    },
    { id: 'epidemic', pattern: word('(?:suicide )?epidemics?'), why: 'no "epidemic" framing' },
    {
      id: 'method',
      pattern: word('hang(?:ed|ing)?|overdos(?:e|ed|es|ing)|firearms?|guns?|pills|jump(?:ed|ing)? (?:off|from)|poison(?:ed|ing)?'),
      why: 'no method detail',
    },
  ],
  es: [
    {
      id: 'cometer-suicidio',
      pattern: word('comet(?:er|[eo]|i|ia|ian|io|ieron|ido|en|era|eran|iendo) (?:(?:un|el) )?suicidios?'),
      why: 'di "morir por suicidio" o "suicidio", no "cometer suicidio"',
    },
    { id: 'suicidio-consumado', pattern: word('suicidios? consumados?'), why: 'di "morir por suicidio", no "suicidio consumado"' },
    {
      id: 'exitoso-fallido',
      pattern: word('(?:intentos? (?:de suicidio )?|suicidios? )(?:fallidos?|exitosos?|frustrados?)'),
      why: 'sin suicidios ni intentos "fallidos" ni "exitosos"',
    },
    { id: 'epidemia', pattern: word('epidemias?'), why: 'sin hablar de "epidemia"' },
    { id: 'metodo', pattern: word('ahorc\\p{L}*|sobredosis|pastillas|armas? de fuego|veneno|envenen\\p{L}*'), why: 'sin detalles de métodos' },
  ],
  // Programme Papageno, « Les bons mots » and « Comment couvrir un suicide », after the WHO's guidance.
  fr: [
    // commettre, commet, commettent, commettait, commis, commit…: « commettre » sous-entend un crime.
    {
      id: 'commettre-suicide',
      pattern: word('(?:commet\\p{L}*|commis|commit) (?:un |le |leur |son )?suicides?'),
      why: 'dites « mourir par suicide » ou « se suicider », pas « commettre un suicide »',
    },
    {
      id: 'reussi-rate',
      pattern: word('(?:suicides?|tentatives?(?: de suicide)?) (?:reussie?s?|ratee?s?|manquee?s?|echouee?s?|avortee?s?)'),
      why: 'pas de suicide ni de tentative « réussis » ou « ratés »',
    },
    { id: 'epidemie', pattern: word('epidemies?'), why: 'ne parlez pas d’« épidémie »' },
    {
      id: 'methode',
      pattern: word('pendu\\p{L}*|pendaison|surdoses?|overdoses?|cachets|armes? a feu|defenestr\\p{L}*|empoisonn\\p{L}*'),
      why: 'aucun détail sur les moyens',
    },
  ],
  // The German national suicide prevention programme (NaSPro) and the DGS: „Suizid“, not „Selbstmord“ or
  // „Freitod“; these match inside compounds (Selbstmordgedanken, Freitodes) too.
  de: [
    { id: 'selbstmord', pattern: compound('selbstmord'), why: 'sagen Sie „Suizid“ oder „sich das Leben nehmen“, nicht „Selbstmord“' },
    { id: 'freitod', pattern: compound('freitod'), why: 'sagen Sie „Suizid“, nicht „Freitod“: das klingt nach freier Wahl' },
    // begehen, begeht, beging, begangen: „begehen“ klingt nach einer Straftat, wie „commit“ im Englischen.
    {
      id: 'suizid-begehen',
      pattern: word('suizid(?:versuch)?e? (?:zu )?(?:begeh\\p{L}*|beging\\p{L}*|begangen)|(?:begeh\\p{L}*|beging\\p{L}*) (?:einen |den )?suizid(?:versuch)?'),
      why: 'sagen Sie „sich das Leben nehmen“ oder „durch Suizid sterben“',
    },
    {
      id: 'erfolgreich-gescheitert',
      pattern: word('(?:erfolgreiche[rnms]?|gescheiterte[rnms]?|misslungene[rnms]?|missgluckte[rnms]?|fehlgeschlagene[rnms]?) (?:suizid\\p{L}*|versuch\\p{L}*)'),
      why: 'kein „erfolgreicher“ oder „gescheiterter“ Suizid oder Versuch',
    },
    { id: 'epidemie', pattern: compound('epidemie'), why: 'nicht von einer „Epidemie“ sprechen' },
    { id: 'methode', pattern: compound('erhang|uberdosis|tabletten|schusswaffe|vergift'), why: 'keine Einzelheiten zu Methoden' },
  ],
  // The WHO's manual for media professionals in Portuguese (OPAS, 2025), the ABP's guide for the press, and
  // Como Noticiar o Suicídio (NOVA FCSH): no “cometer suicídio”, no “epidemia”, no method.
  pt: [
    {
      id: 'cometer-suicidio',
      pattern: word('comet\\p{L}* (?:o |um )?suicidios?'),
      why: 'diga “morrer por suicídio” ou “suicídio”, não “cometer suicídio”',
    },
    {
      id: 'sucesso-fracasso',
      pattern: word('(?:suicidios?|tentativas?(?: de suicidio)?) (?:bem[- ]sucedid\\p{L}*|mal[- ]sucedid\\p{L}*|fracassad\\p{L}*|frustrad\\p{L}*|falhad\\p{L}*|consumad\\p{L}*)'),
      why: 'sem suicídios ou tentativas “bem-sucedidos” ou “fracassados”',
    },
    { id: 'epidemia', pattern: word('epidemias?'), why: 'sem falar em “epidemia”' },
    {
      id: 'metodo',
      pattern: word('enforc\\p{L}*|overdoses?|superdosagem|comprimidos|armas? de fogo|envenen\\p{L}*'),
      why: 'sem detalhes de métodos',
    },
  ],
  // 厚生労働省が紹介する WHO の手引き（自殺報道ガイドライン）: 自殺が「成功した」と言わない、センセーショナルに扱わない、
  // 手段や場所を詳しく伝えない。日本語は単語を空白で区切らないので、語の境界なしで照合する（濁点は normalize で外れる）。
  ja: [
    { id: 'seiko-shippai', pattern: japanese('自殺(?:に|が|は)?(?:成功|失敗)|(?:成功|失敗)した自殺'), why: '自殺が「成功した」「失敗した」と言わない' },
    { id: 'ryuko', pattern: japanese('自殺(?:の|が)?(?:流行|蔓延|まん延|ブーム)'), why: '自殺を「流行」のように言わない' },
    { id: 'meisho', pattern: japanese('自殺の名所'), why: '場所の詳細を伝えない' },
    { id: 'shudan', pattern: japanese('首つり|首吊り|飛び降り|練炭|服毒|過量服薬|硫化水素'), why: '手段の詳細を伝えない' },
  ],
};

/** The language whose rules apply to a content folder's language ("es" for "es-MX"). */
const ruleLanguage = (lang) => lang.split('-')[0];

/** Whether a language has its own safe-messaging list. */
export const hasRules = (lang) => ruleLanguage(lang) !== 'every' && Object.hasOwn(RULES, ruleLanguage(lang));

/** Problems with one piece of text in a language: each rule of that language (and every language) it breaks. */
export function wordingProblems(text, lang) {
  const read = normalize(text);
  return [...RULES.every, ...(RULES[ruleLanguage(lang)] ?? [])]
    .filter((rule) => rule.pattern.test(read))
    .map((rule) => `"${read.match(rule.pattern)[0]}": ${rule.why}`);
}

const words = (text) => text.match(/[A-Za-z’'-]+/g) ?? [];
const sentences = (text) => Math.max(1, (text.match(/[.!?:]+(\s|$)/g) ?? []).length);

/** The Flesch–Kincaid grade of English text. */
export function grade(text) {
  const w = words(text);
  if (!w.length) return 0;
  return fleschKincaid({
    sentence: sentences(text),
    word: w.length,
    syllable: w.reduce((n, word) => n + syllable(word), 0),
  });
}

// ---- Reading level in other languages ----
// Each language gets the formula made for it, where one is standard; each threshold is about the same plain
// level as English grade 8 (the scales' own bands are in content/README.md, "Reading level"). Japanese has
// none: its formulas need a morphological analyser, so it gets none rather than an invented one.

/** Vowels of each language, accented ones included: a run of them is one syllable. */
const VOWELS = { fr: 'aeiouyàâäéèêëîïôöùûüœæ', de: 'aeiouyäöü', pt: 'aeiouáàâãéêíóôõúü' };

/** The words of a text in a language written with the Latin alphabet: an apostrophe parts two (l’aide, qu’un). */
const latinWords = (text) => text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];

/**
 * Syllables of a word, counted as runs of vowels. In French a final mute e (-e, -es, and the -ent of
 * verbs) is not a syllable: "parlent" has one vowel sound, "parle" one. Close enough for a score over a
 * whole item, which is all the formulas ask.
 */
export function syllables(word, lang) {
  const w = word.toLowerCase();
  const runs = w.match(new RegExp(`[${VOWELS[lang]}]+`, 'g'))?.length ?? 0;
  const mute = lang === 'fr' && runs > 1 && /[^aeiouy](?:e|es|ent)$/.test(w) && !/(?:ient|ment)$/.test(w) ? 1 : 0;
  return Math.max(1, runs - mute);
}

const counts = (text, lang) => {
  const w = latinWords(text);
  const syl = w.map((word) => syllables(word, lang));
  return { w, syl, words: w.length, sentences: sentences(text), syllables: syl.reduce((a, b) => a + b, 0) };
};

/** A Flesch-type score, made for a language: `base` − 1.015 × words per sentence − `perSyllable` × syllables per word. */
const flesch = (lang, base, perSyllable) => (text) => {
  const c = counts(text, lang);
  return c.words ? base - 1.015 * (c.words / c.sentences) - perSyllable * (c.syllables / c.words) : 100;
};

/**
 * Reading-level formulas by language: `score(text)`, whether a score `passes`, and the limit in words.
 * - fr: Kandel & Moles (1958), Flesch adapted to French: 207 − 1.015 × words per sentence − 73.6 × syllables
 *   per word; higher is easier; 60 and above.
 * - de: the first Wiener Sachtextformel (Bamberger & Vanecek, 1984), a school grade: 0.1935 × % words of 3+
 *   syllables + 0.1672 × words per sentence + 0.1297 × % words over 6 letters − 0.0327 × % one-syllable words
 *   − 0.875; 8 or below.
 * - pt: Martins et al. (1996), Flesch adapted to Brazilian Portuguese: 248.835 − 1.015 × words per sentence
 *   − 84.6 × syllables per word; 50 and above ("fácil": school years 5 to 8).
 */
export const READABILITY = {
  en: { name: 'grade', score: (text) => grade(text), passes: (g) => g <= MAX_GRADE, limit: `grade ${MAX_GRADE} or below` },
  fr: {
    name: 'Kandel–Moles score',
    score: flesch('fr', 207, 73.6),
    passes: (s) => s >= 60,
    limit: '60 or above',
  },
  de: {
    name: 'Wiener Sachtextformel grade',
    score(text) {
      const c = counts(text, 'de');
      if (!c.words) return 0;
      const share = (test) => (100 * c.w.filter(test).length) / c.words;
      const ms = share((_, i) => c.syl[i] >= 3);
      const iw = share((word) => word.length > 6);
      const es = share((_, i) => c.syl[i] === 1);
      return 0.1935 * ms + 0.1672 * (c.words / c.sentences) + 0.1297 * iw - 0.0327 * es - 0.875;
    },
    passes: (g) => g <= 8,
    limit: 'grade 8 or below',
  },
  pt: {
    name: 'Flesch score for Portuguese (Martins)',
    score: flesch('pt', 248.835, 84.6),
    passes: (s) => s >= 50,
    limit: '50 or above',
  },
};

/** The reading-level formula for a content folder's language, if one fits it ("fr" for "fr-CA"). */
export const readabilityFor = (lang) => READABILITY[ruleLanguage(lang)];
