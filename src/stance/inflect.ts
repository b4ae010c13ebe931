/** Regular English verb and noun forms, so one lexicon entry matches every inflection. */

const VOWEL = /[aeiou]/;

function doublesFinal(verb: string): boolean {
  // stop → stopped, ban → banned; not for -w, -x, -y or long verbs ending in an unstressed syllable
  return /^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(verb) || /(?:^|[^aeiou])(?:ref|comm|contr|ad|rebu|reb|ab|ex|imp|prop|pat|rob|omit|permit|submit|admit|commit|regret|abet|upset|extol)$/.test(verb) && /[aeiou][bdgklmnprt]$/.test(verb);
}

export function verbForms(verb: string): string[] {
  const forms = new Set([verb]);
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  let stem = verb;
  if (/e$/.test(verb)) stem = verb.slice(0, -1);
  else if (/[^aeiou]y$/.test(verb)) stem = `${verb.slice(0, -1)}i`;
  else if (doublesFinal(verb)) stem = verb + verb.at(-1);
  forms.add(/e$/.test(verb) ? `${verb}d` : `${stem}ed`);
  forms.add(/ie$/.test(verb) ? `${verb.slice(0, -2)}ying` : /[^aeiou]y$/.test(verb) ? `${verb}ing` : `${/e$/.test(verb) && !/(?:ee|ye|oe)$/.test(verb) ? verb.slice(0, -1) : stem === verb + verb.at(-1) ? stem : verb}ing`);
  return [...forms].filter((f) => VOWEL.test(f) || f.length > 2);
}

export function nounForms(noun: string): string[] {
  const forms = new Set([noun]);
  if (/(?:s|sh|ch|x|z)$/.test(noun)) forms.add(`${noun}es`);
  else if (/[^aeiou]y$/.test(noun)) forms.add(`${noun.slice(0, -1)}ies`);
  else forms.add(`${noun}s`);
  return [...forms];
}
