// Plain-language messages for scenario errors, in the player's language, each with a fix.
import type { Lang } from '../engine/text';
import type { ScenarioError, ScenarioProblem } from './parseScenario';

const LANG_NAME = { nl: { nl: 'Nederlandse', en: 'Dutch' }, en: { nl: 'Engelse', en: 'English' } } as const;

function list(values: string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

export function describeProblem(problem: ScenarioProblem, lang: Lang): string {
  const nl = lang === 'nl';
  switch (problem.kind) {
    case 'invalid-json': {
      const at = problem.line ? (nl ? ` (regel ${problem.line}, kolom ${problem.column})` : ` (line ${problem.line}, column ${problem.column})`) : '';
      return nl
        ? `Het bestand is geen geldige JSON${at}: ${problem.reason}. Controleer komma's, aanhalingstekens en haakjes.`
        : `The file is not valid JSON${at}: ${problem.reason}. Check commas, quotes and brackets.`;
    }
    case 'not-an-object':
      return nl ? 'Het bestand moet één JSON-object { … } bevatten.' : 'The file must contain one JSON object { … }.';
    case 'missing-field':
      if (problem.allowed) return nl ? `Dit veld ontbreekt; kies uit: ${list(problem.allowed)}.` : `This field is missing; choose one of: ${list(problem.allowed)}.`;
      return nl ? `Dit veld ontbreekt; verwacht: ${problem.expected}.` : `This field is missing; expected: ${problem.expected}.`;
    case 'missing-text':
      return nl
        ? `De ${LANG_NAME[problem.lang].nl} tekst ontbreekt. Voeg "${problem.lang}": "…" toe.`
        : `The ${LANG_NAME[problem.lang].en} text is missing. Add "${problem.lang}": "…".`;
    case 'empty-text':
      return nl ? `De ${LANG_NAME[problem.lang].nl} tekst is leeg.` : `The ${LANG_NAME[problem.lang].en} text is empty.`;
    case 'wrong-type':
      return nl
        ? `Verwacht: ${problem.expected}, maar gevonden: ${problem.received}.`
        : `Expected ${problem.expected}, but found ${problem.received}.`;
    case 'unknown-value':
      return nl
        ? `Onbekende waarde ${problem.received}. Kies uit: ${list(problem.allowed)}.`
        : `Unknown value ${problem.received}. Choose one of: ${list(problem.allowed)}.`;
    case 'unknown-fields':
      return nl
        ? `Onbekend veld ${list(problem.keys)}. Controleer de spelling of verwijder het.`
        : `Unknown field ${list(problem.keys)}. Check the spelling or remove it.`;
    case 'out-of-range': {
      const range = `${problem.minimum ?? '…'}–${problem.maximum ?? '…'}`;
      return nl ? `Waarde buiten bereik (${range}): ${problem.received ?? ''}.` : `Value out of range (${range}): ${problem.received ?? ''}.`;
    }
    case 'too-short':
      return nl ? `Hier is minstens ${problem.minimum} item nodig.` : `At least ${problem.minimum} item(s) needed here.`;
    case 'too-long':
      return nl ? `Hier mogen hoogstens ${problem.maximum} items staan.` : `At most ${problem.maximum} items allowed here.`;
    case 'bad-id':
      return nl
        ? `Ongeldige id ${problem.received}: gebruik kleine letters, cijfers en streepjes, zoals "eerste-avond".`
        : `Invalid id ${problem.received}: use lower-case letters, digits and hyphens, such as "first-evening".`;
    case 'duplicate-id':
      return nl
        ? `De id "${problem.id}" komt al voor bij ${problem.firstPath}. Elke situatie heeft een eigen id.`
        : `The id "${problem.id}" is already used at ${problem.firstPath}. Each situation needs its own id.`;
    case 'missing-prioritise-text':
      return nl
        ? `Geen tekst voor prioriteren met perspectief "${problem.perspective}". Geef byPerspective.${problem.perspective} of algemene inside/outside-teksten.`
        : `No text for prioritising the "${problem.perspective}" perspective. Give byPerspective.${problem.perspective} or general inside/outside texts.`;
    case 'unsupported-version':
      return nl
        ? `Onbekende formatVersion ${problem.received}; deze versie van Spagaat leest formatVersion 2 (en zet 1 om).`
        : `Unknown formatVersion ${problem.received}; this version of Spagaat reads formatVersion 2 (and converts 1).`;
    case 'not-a-step':
      return nl
        ? `Meters bewegen in stappen van ${problem.step}: ${problem.received} kan niet. Rond af naar ${problem.nearest}.`
        : `Meters move in steps of ${problem.step}: ${problem.received} is not one. Round it to ${problem.nearest}.`;
    case 'unknown-flag':
      return nl
        ? `Onbekende vlag "${problem.flag}". Declareer hem onder "flags" of kies uit: ${list(problem.declared)}.`
        : `Unknown flag "${problem.flag}". Declare it under "flags" or choose one of: ${list(problem.declared)}.`;
    case 'unknown-situation':
      return nl ? `Er is geen situatie met id "${problem.id}".` : `There is no situation with id "${problem.id}".`;
    case 'situation-not-earlier':
      return nl
        ? `De situatie "${problem.id}" komt niet eerder in het bestand; een voorwaarde kan alleen naar eerdere keuzes kijken.`
        : `The situation "${problem.id}" does not come earlier in the file; a condition can only look at earlier choices.`;
    case 'crisis-with-condition':
      return nl
        ? 'Een spanningscrisis (kind "strain-crisis") krijgt geen "when": de engine zet hem in zodra de spanning te hoog is.'
        : 'A strain crisis (kind "strain-crisis") takes no "when": the engine inserts it once strain is too high.';
    case 'too-many-crises':
      return nl ? 'Een scenario heeft hoogstens één situatie met kind "strain-crisis".' : 'A scenario has at most one situation of kind "strain-crisis".';
    case 'no-unconditional-situation':
      return nl
        ? 'Minstens één gewone situatie moet zonder "when" zijn, anders kan het spel niet beginnen.'
        : 'At least one regular situation must have no "when", or the game cannot start.';
    case 'empty-range':
      return nl
        ? `Dit bereik is leeg: min ${problem.min} is groter dan max ${problem.max}.`
        : `This range is empty: min ${problem.min} is greater than max ${problem.max}.`;
    case 'other':
      return problem.message;
  }
}

export function describeError(error: ScenarioError, lang: Lang): string {
  const where = error.path ? `${error.file} › ${error.path}` : error.file;
  return `${where}: ${describeProblem(error.problem, lang)}`;
}
