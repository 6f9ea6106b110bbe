// Interface text in Dutch and English. Scenario text comes from the scenario files instead.
import type { Ending, HierarchyStance, Lang, Meter, ParticipationForm, Perspective, Text } from '../engine';

const nl = {
  skipLink: 'Naar de inhoud',
  langLabel: 'Taal',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  brandTagline: 'Een spel over burgerparticipatie en de gemeente van binnen',
  titleHeading: 'Spagaat',
  titleLead: 'Bewoners brengen een idee in bij de gemeente. Voor hen is de gemeente een zwarte doos. Jij staat erin, met één been bij de bewoners en één in je eigen organisatie.',
  titleBody: 'Je neemt een bewonersvoorstel mee door de gemeente. In elke situatie kies je hoe je met een dilemma omgaat. Vier meters laten zien wat dat doet met legitimiteit, efficiëntie, vertrouwen en burgerinitiatief.',
  titleKeys: 'Met het toetsenbord: cijfers 1–5 kiezen een aanpak, Enter gaat verder, Escape gaat terug.',
  start: 'Begin',
  chooseScenarioHeading: 'Kies een scenario',
  chooseScenarioLead: 'Elk scenario volgt één bewonersvoorstel door de gemeente.',
  playScenario: 'Speel “{title}”',
  situationsCount: '{n} situaties',
  back: 'Terug',
  brokenScenario: 'Dit scenariobestand kan niet worden geladen',
  brokenScenarioLead: 'Het bestand {file} bevat fouten. Los ze op en laad de pagina opnieuw:',
  noScenarios: 'Er zijn geen scenario’s gevonden.',
  municipality: 'Gemeente',
  participationForm: 'Vorm van participatie',
  yourRole: 'Jouw rol',
  proposal: 'Het voorstel van de bewoners',
  cast: 'Wie je tegenkomt',
  briefingHeading: 'Briefing',
  beginScenario: 'Naar de eerste situatie',
  quit: 'Stoppen',
  situationOf: 'Situatie {n} van {total}',
  dilemma: 'Dilemma',
  dilemmas: 'Dilemma’s',
  advisorsHeading: 'Vraag je adviseurs',
  advisorsLead: 'Elke adviseur kijkt vanuit één perspectief op de overheid.',
  askAdvisor: 'Vraag {name}',
  strategiesHeading: 'Hoe pak je het aan?',
  strategiesLead: 'Kies met de knoppen of met de toetsen 1 tot en met 5.',
  prioritiseHeading: 'Welk perspectief gaat voor?',
  prioritiseLead: 'Je geeft de waarden van één perspectief voorrang. Kies met de knoppen of met de toetsen 1 tot en met 4.',
  putFirst: '{name} gaat voor',
  consequenceHeading: 'Wat er gebeurde',
  yourChoice: 'Jouw keuze',
  inside: 'Binnen de gemeente',
  outside: 'Buiten: wat bewoners zagen',
  effectHeading: 'Waarom de meters bewogen',
  meterChanges: 'Verandering van de meters',
  continue: 'Verder',
  toEnding: 'Naar de afloop',
  endingHeading: 'Afloop',
  toDebrief: 'Naar de nabespreking',
  debriefHeading: 'Nabespreking',
  debriefLead: 'Zo liep het voorstel van “{proposal}” door de gemeente.',
  finalMeters: 'Eindstand van de meters',
  perSituation: 'Per situatie',
  choice: 'Keuze',
  backToTitle: 'Terug naar het begin',
  metersHeading: 'Meters',
  metersCanvasLabel: 'Grafiek van de vier meters',
  meterValue: '{meter}: {value} van 100',
  noChange: 'geen verandering',
  announceConsequence: '{strategy} gekozen. {changes}.',
  announceScreen: '{heading}',
  partFitTheory: 'Past bij dit dilemma: {strategy} is de aanpak die de theorie noemt voor {dilemma}',
  partFit: 'Effect van {strategy} bij het dilemma {dilemma}',
  partOverride: 'Effect van deze keuze in deze situatie',
  partAdjust: 'Bijzonder aan deze situatie',
  partPriority: 'Voorrang voor de {perspective}: {raised} stijgt, {lowered} daalt',
  partHierarchy: 'Wat de top ermee doet ({stance})',
  stance_supportive: 'de top steunt het voorstel',
  stance_undecided: 'de top twijfelt en vraagt tijd',
  stance_opposed: 'de top is tegen',
  meter_legitimacy: 'Legitimiteit',
  meter_efficiency: 'Efficiëntie',
  meter_trust: 'Vertrouwen',
  meter_initiative: 'Burgerinitiatief',
  form_consultation: 'Raadplegen (inspraak)',
  'form_advice': 'Adviseren',
  'form_co-production': 'Coproductie',
  'form_self-organisation': 'Zelforganisatie (burgerinitiatief)',
  advisor_lawful: 'Ingrid',
  advisor_performing: 'Ruben',
  advisor_networking: 'Samira',
  advisor_responsive: 'Kees',
  advisorRole_lawful: 'juridisch adviseur',
  advisorRole_performing: 'controller',
  advisorRole_networking: 'gebiedsregisseur',
  advisorRole_responsive: 'opbouwwerker',
  ending_crisis_legitimacy: 'De raad trekt de stekker eruit',
  ending_crisis_legitimacy_text: 'De legitimiteit is op. De raad ziet geen zorgvuldig proces meer en zet het stop. Het voorstel verdwijnt in een la, en iedereen vraagt zich af wie dit had moeten zien aankomen.',
  ending_crisis_efficiency: 'De begroting bevriest',
  ending_crisis_efficiency_text: 'Tijd en geld zijn op. Financiën zet de uitgaven stil tot de volgende begroting. Het voorstel wacht, de bewoners ook, en niemand kan zeggen hoe lang.',
  ending_crisis_trust: 'De bewoners haken af',
  ending_crisis_trust_text: 'Het vertrouwen is weg. De bewoners komen niet meer naar de avonden en zeggen tegen de buren dat meedoen geen zin heeft. De volgende keer begint de gemeente met een achterstand.',
  ending_crisis_initiative: 'Het initiatief dooft uit',
  ending_crisis_initiative_text: 'Er is geen energie meer bij de bewoners. De trekkers zijn op, niemand neemt het over. Wat de gemeente ook nog besluit, er is niemand meer om het mee te doen.',
  ending_balanced: 'Bruggenbouwer',
  ending_balanced_text: 'Je hield beide werelden bij elkaar. Geen meter is diep gezakt: de procedure klopte, het werk liep, de bewoners bleven erbij en hun initiatief leeft.',
  ending_leaning_legitimacy: 'Hoeder van de procedure',
  ending_leaning_legitimacy_text: 'Alles is keurig volgens de regels gegaan. De raad is tevreden; of de bewoners zich herkennen in wat eruit kwam, is een andere vraag.',
  ending_leaning_efficiency: 'Op schema',
  ending_leaning_efficiency_text: 'Het project liep op tijd en binnen budget. De organisatie draaide goed; het voorstel van de bewoners moest daarvoor wel wat inleveren.',
  ending_leaning_trust: 'Verbinder',
  ending_leaning_trust_text: 'Je bracht mensen bij elkaar, binnen en buiten het gemeentehuis. De relaties zijn sterk; de rekening in tijd en procedure komt later.',
  ending_leaning_initiative: 'Ruimtemaker',
  ending_leaning_initiative_text: 'De bewoners voelen zich eigenaar. Jij deed een stap terug en liet hen trekken; de gemeente moet nog wennen aan zoveel eigen regie.',
  ending_fragile: 'Gespleten',
  ending_fragile_text: 'Het proces is rond, maar {meter} is diep gezakt. De spagaat was te groot: één kant van het werk heeft het zwaar te verduren gehad.',
  startLoadError: 'Het spel kon niet starten',
  canvasLoading: 'De grafiek wordt geladen…',
  canvasFailed: 'De grafiek kon niet worden geladen; de meters staan hieronder als tekst.',
} as const;

export type UiKey = keyof typeof nl;

const en: Record<UiKey, string> = {
  skipLink: 'Skip to content',
  langLabel: 'Language',
  langSwitch: 'Nederlands',
  langSwitchLabel: 'Schakel naar het Nederlands',
  brandTagline: 'A game about citizen participation and the municipality from the inside',
  titleHeading: 'Spagaat',
  titleLead: 'Residents bring an idea to the municipality. To them, the municipality is a black box. You are inside it, with one foot among the residents and one in your own organisation.',
  titleBody: 'You carry a residents’ proposal through the municipality. In each situation you choose how to handle a dilemma. Four meters show what that does to legitimacy, efficiency, trust and citizen initiative.',
  titleKeys: 'With the keyboard: numbers 1–5 choose an approach, Enter continues, Escape goes back.',
  start: 'Start',
  chooseScenarioHeading: 'Choose a scenario',
  chooseScenarioLead: 'Each scenario follows one residents’ proposal through the municipality.',
  playScenario: 'Play “{title}”',
  situationsCount: '{n} situations',
  back: 'Back',
  brokenScenario: 'This scenario file cannot be loaded',
  brokenScenarioLead: 'The file {file} has errors. Fix them and reload the page:',
  noScenarios: 'No scenarios were found.',
  municipality: 'Municipality',
  participationForm: 'Form of participation',
  yourRole: 'Your role',
  proposal: 'The residents’ proposal',
  cast: 'Who you will meet',
  briefingHeading: 'Briefing',
  beginScenario: 'To the first situation',
  quit: 'Quit',
  situationOf: 'Situation {n} of {total}',
  dilemma: 'Dilemma',
  dilemmas: 'Dilemmas',
  advisorsHeading: 'Ask your advisors',
  advisorsLead: 'Each advisor sees the situation from one government perspective.',
  askAdvisor: 'Ask {name}',
  strategiesHeading: 'How do you handle it?',
  strategiesLead: 'Choose with the buttons or with the keys 1 to 5.',
  prioritiseHeading: 'Which perspective comes first?',
  prioritiseLead: 'You give one perspective’s values priority. Choose with the buttons or with the keys 1 to 4.',
  putFirst: '{name} comes first',
  consequenceHeading: 'What happened',
  yourChoice: 'Your choice',
  inside: 'Inside the municipality',
  outside: 'Outside: what residents saw',
  effectHeading: 'Why the meters moved',
  meterChanges: 'Change in the meters',
  continue: 'Continue',
  toEnding: 'To the outcome',
  endingHeading: 'Outcome',
  toDebrief: 'To the debrief',
  debriefHeading: 'Debrief',
  debriefLead: 'This is how the proposal “{proposal}” travelled through the municipality.',
  finalMeters: 'Final meters',
  perSituation: 'Situation by situation',
  choice: 'Choice',
  backToTitle: 'Back to the start',
  metersHeading: 'Meters',
  metersCanvasLabel: 'Chart of the four meters',
  meterValue: '{meter}: {value} out of 100',
  noChange: 'no change',
  announceConsequence: 'You chose {strategy}. {changes}.',
  announceScreen: '{heading}',
  partFitTheory: 'Fits this dilemma: {strategy} is the approach the theory names for {dilemma}',
  partFit: 'Effect of {strategy} on the dilemma {dilemma}',
  partOverride: 'Effect of this choice in this situation',
  partAdjust: 'Particular to this situation',
  partPriority: 'Priority for the {perspective}: {raised} rises, {lowered} falls',
  partHierarchy: 'What the top makes of it ({stance})',
  stance_supportive: 'the top backs the proposal',
  stance_undecided: 'the top hesitates and asks for time',
  stance_opposed: 'the top is against it',
  meter_legitimacy: 'Legitimacy',
  meter_efficiency: 'Efficiency',
  meter_trust: 'Trust',
  meter_initiative: 'Citizen initiative',
  form_consultation: 'Consultation (inspraak)',
  form_advice: 'Advice',
  'form_co-production': 'Co-production',
  'form_self-organisation': 'Self-organisation (citizens’ initiative)',
  advisor_lawful: 'Ingrid',
  advisor_performing: 'Ruben',
  advisor_networking: 'Samira',
  advisor_responsive: 'Kees',
  advisorRole_lawful: 'legal adviser',
  advisorRole_performing: 'controller',
  advisorRole_networking: 'area manager (gebiedsregisseur)',
  advisorRole_responsive: 'community worker',
  ending_crisis_legitimacy: 'The council pulls the plug',
  ending_crisis_legitimacy_text: 'Legitimacy has run out. The council no longer sees a careful process and stops it. The proposal disappears into a drawer, and everyone wonders who should have seen this coming.',
  ending_crisis_efficiency: 'The budget freezes',
  ending_crisis_efficiency_text: 'Time and money have run out. Finance freezes spending until the next budget. The proposal waits, the residents wait, and nobody can say for how long.',
  ending_crisis_trust: 'Residents walk away',
  ending_crisis_trust_text: 'Trust is gone. Residents stop coming to the evenings and tell their neighbours that taking part is pointless. Next time the municipality starts behind.',
  ending_crisis_initiative: 'The initiative dies',
  ending_crisis_initiative_text: 'The residents have no energy left. The people who carried it are exhausted and nobody takes over. Whatever the municipality decides now, there is no one left to do it with.',
  ending_balanced: 'Bridge builder',
  ending_balanced_text: 'You held both worlds together. No meter sank deep: the procedure was sound, the work got done, residents stayed involved and their initiative is alive.',
  ending_leaning_legitimacy: 'Guardian of procedure',
  ending_leaning_legitimacy_text: 'Everything went by the book. The council is satisfied; whether residents recognise themselves in the result is another question.',
  ending_leaning_efficiency: 'On schedule',
  ending_leaning_efficiency_text: 'The project ran on time and within budget. The organisation worked well; the residents’ proposal had to give something up for it.',
  ending_leaning_trust: 'Connector',
  ending_leaning_trust_text: 'You brought people together, inside and outside the town hall. The relationships are strong; the bill in time and procedure comes later.',
  ending_leaning_initiative: 'Room-maker',
  ending_leaning_initiative_text: 'The residents feel they own it. You stepped back and let them lead; the municipality still has to get used to so much self-direction.',
  ending_fragile: 'Split apart',
  ending_fragile_text: 'The process is complete, but {meter} has sunk deep. The split was too wide: one side of the work has taken a heavy blow.',
  startLoadError: 'The game could not start',
  canvasLoading: 'Loading the chart…',
  canvasFailed: 'The chart could not be loaded; the meters are listed below as text.',
};

const DICTIONARY: Record<Lang, Record<UiKey, string>> = { nl, en };

export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return DICTIONARY[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function tx(lang: Lang, text: Text): string {
  return text[lang];
}

export const meterName = (lang: Lang, meter: Meter) => t(lang, `meter_${meter}`);
export const formName = (lang: Lang, form: ParticipationForm) => t(lang, `form_${form}`);
export const stanceName = (lang: Lang, stance: HierarchyStance) => t(lang, `stance_${stance}`);
export const advisorName = (lang: Lang, p: Perspective) => t(lang, `advisor_${p}`);
export const advisorRole = (lang: Lang, p: Perspective) => t(lang, `advisorRole_${p}`);

export function endingTitle(lang: Lang, ending: Ending): string {
  switch (ending.kind) {
    case 'crisis':
      return t(lang, `ending_crisis_${ending.meter}`);
    case 'leaning':
      return t(lang, `ending_leaning_${ending.meter}`);
    default:
      return t(lang, `ending_${ending.kind}`);
  }
}

export function endingText(lang: Lang, ending: Ending): string {
  switch (ending.kind) {
    case 'crisis':
      return t(lang, `ending_crisis_${ending.meter}_text`);
    case 'leaning':
      return t(lang, `ending_leaning_${ending.meter}_text`);
    case 'fragile':
      return t(lang, 'ending_fragile_text', { meter: meterName(lang, ending.meter).toLowerCase() });
    case 'balanced':
      return t(lang, 'ending_balanced_text');
  }
}

/** "+6 trust, −2 efficiency" with a real minus sign, in meter order. */
export function formatDelta(lang: Lang, delta: Partial<Record<Meter, number>>): string {
  const parts = (['legitimacy', 'efficiency', 'trust', 'initiative'] as const)
    .filter((m) => delta[m])
    .map((m) => `${signed(delta[m] ?? 0)} ${meterName(lang, m).toLowerCase()}`);
  return parts.length ? parts.join(', ') : t(lang, 'noChange');
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
