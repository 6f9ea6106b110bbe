// The theory the game teaches, as typed constants (see shared THEORY.md): four government
// perspectives (Van der Steen et al. 2015, 2018), six dilemmas (Blijleven & Van Hulst 2020,
// two added by the source paper) and five ways of coping.
import type { Meter } from './meters';
import type { Text } from './text';

export const PERSPECTIVES = ['lawful', 'performing', 'networking', 'responsive'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const DILEMMAS = [
  'rules-vs-flexibility',
  'specialisation-vs-integration',
  'performance-vs-responsiveness',
  'expert-vs-facilitator',
  'implement-vs-cocreate',
  'individual-vs-shared',
] as const;
export type Dilemma = (typeof DILEMMAS)[number];

export const STRATEGIES = ['navigate-rules', 'align', 'prioritise', 'escalate', 'silo'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const PARTICIPATION_FORMS = ['consultation', 'advice', 'co-production', 'self-organisation'] as const;
export type ParticipationForm = (typeof PARTICIPATION_FORMS)[number];

export const HIERARCHY_STANCES = ['supportive', 'undecided', 'opposed'] as const;
export type HierarchyStance = (typeof HIERARCHY_STANCES)[number];

/** Position on the plane of the paper's Figure 2. */
export type World = 'inside' | 'outside';

export interface Quadrant {
  /** inside-out: society receives policy; outside-in: society takes part in or makes it. */
  horizontal: 'inside-out' | 'outside-in';
  /** preconditions first (bottom) or results first (top). */
  vertical: 'preconditions' | 'results';
}

export interface PerspectiveInfo {
  id: Perspective;
  name: Text;
  alsoKnownAs: string;
  meter: Meter;
  quadrant: Quadrant;
  /** The paper's two worlds: the municipality's inside world or the residents' outside world. */
  world: World;
  citizenRole: Text;
  values: Text[];
  competences: Text[];
}

export const PERSPECTIVE_INFO: Record<Perspective, PerspectiveInfo> = {
  lawful: {
    id: 'lawful',
    name: { nl: 'Rechtmatige overheid', en: 'Lawful government' },
    alsoKnownAs: 'Traditional Public Administration',
    meter: 'legitimacy',
    quadrant: { horizontal: 'inside-out', vertical: 'preconditions' },
    world: 'inside',
    citizenRole: {
      nl: 'Mag inspreken in een proces dat de overheid leidt; de politiek beslist.',
      en: 'May speak up in a process the government leads; politicians decide.',
    },
    values: [
      { nl: 'rechtmatigheid', en: 'lawfulness' },
      { nl: 'loyaliteit aan de politiek', en: 'loyalty to elected politicians' },
      { nl: 'neutraliteit', en: 'neutrality' },
    ],
    competences: [
      { nl: 'regels kennen en volgen', en: 'knowing and following the rules' },
      { nl: 'politieke sensitiviteit', en: 'political sensitivity' },
      { nl: 'integriteit', en: 'integrity' },
      { nl: 'vakinhoudelijke expertise', en: 'subject expertise' },
    ],
  },
  performing: {
    id: 'performing',
    name: { nl: 'Presterende overheid', en: 'Performing government' },
    alsoKnownAs: 'New Public Management',
    meter: 'efficiency',
    quadrant: { horizontal: 'inside-out', vertical: 'results' },
    world: 'inside',
    citizenRole: {
      nl: 'Klant die kan klagen, kiezen of tevredenheid laten meten.',
      en: 'A customer who can complain, choose, or have satisfaction measured.',
    },
    values: [
      { nl: 'effectiviteit', en: 'effectiveness' },
      { nl: 'efficiëntie', en: 'efficiency' },
      { nl: 'productiviteit', en: 'productivity' },
      { nl: 'innovatie', en: 'innovation' },
    ],
    competences: [
      { nl: 'resultaatgericht werken', en: 'working towards results' },
      { nl: 'budgetbeheer', en: 'managing budgets' },
      { nl: 'klantrelaties onderhouden', en: 'managing user relations' },
      { nl: 'concurrentiekracht', en: 'competitiveness' },
    ],
  },
  networking: {
    id: 'networking',
    name: { nl: 'Netwerkende overheid', en: 'Networking government' },
    alsoKnownAs: 'New Public Governance',
    meter: 'trust',
    quadrant: { horizontal: 'outside-in', vertical: 'results' },
    world: 'outside',
    citizenRole: {
      nl: 'Denkt en werkt mee als coproducent, vanaf het begin van het beleid.',
      en: 'Thinks and works along as a co-producer, from the start of policy.',
    },
    values: [
      { nl: 'betrokkenheid', en: 'involvement' },
      { nl: 'gelijkwaardigheid', en: 'equality' },
      { nl: 'vertrouwen en wederkerigheid', en: 'trust and reciprocity' },
    ],
    competences: [
      { nl: 'verbinden, onderhandelen en bemiddelen', en: 'connecting, negotiating and mediating' },
      { nl: 'openheid', en: 'openness' },
      { nl: 'aanpassingsvermogen', en: 'adaptability' },
      { nl: 'creativiteit, ook met regels', en: 'creativity, also with rules' },
    ],
  },
  responsive: {
    id: 'responsive',
    name: { nl: 'Responsieve overheid', en: 'Responsive government' },
    alsoKnownAs: 'Societal resilience',
    meter: 'initiative',
    quadrant: { horizontal: 'outside-in', vertical: 'preconditions' },
    world: 'outside',
    citizenRole: {
      nl: 'Neemt zelf het initiatief; de overheid faciliteert en stapt terug.',
      en: 'Takes the initiative; the government facilitates and steps back.',
    },
    values: [
      { nl: 'responsiviteit', en: 'responsiveness' },
      { nl: 'maatschappelijke zelfredzaamheid', en: 'societal self-reliance' },
      { nl: 'solidariteit', en: 'solidarity' },
    ],
    competences: [
      { nl: 'flexibiliteit en improvisatie', en: 'flexibility and improvisation' },
      { nl: 'sensitiviteit', en: 'sensitivity' },
      { nl: 'bedachtzaamheid', en: 'thoughtfulness' },
      { nl: 'bescheidenheid', en: 'modesty' },
    ],
  },
};

export const METER_PERSPECTIVE: Record<Meter, Perspective> = {
  legitimacy: 'lawful',
  efficiency: 'performing',
  trust: 'networking',
  initiative: 'responsive',
};

export interface DilemmaInfo {
  id: Dilemma;
  name: Text;
  /** The two sides, each with the perspectives that pull that way: the inside world's first. */
  poles: [Perspective[], Perspective[]];
  sources: string[];
}

export const DILEMMA_INFO: Record<Dilemma, DilemmaInfo> = {
  'rules-vs-flexibility': {
    id: 'rules-vs-flexibility',
    name: { nl: 'Regels volgen of flexibel zijn', en: 'Following rules or being flexible' },
    poles: [['lawful'], ['networking', 'responsive']],
    sources: ['Blijleven & Van Hulst 2020'],
  },
  'specialisation-vs-integration': {
    id: 'specialisation-vs-integration',
    name: { nl: 'Specialisatie of integraal werken', en: 'Specialisation or integrated working' },
    poles: [['lawful', 'performing'], ['networking', 'responsive']],
    sources: ['Blijleven & Van Hulst 2020', 'Peek & Heijkers 2021'],
  },
  'performance-vs-responsiveness': {
    id: 'performance-vs-responsiveness',
    name: { nl: 'Prestatiemanagement of responsiviteit', en: 'Performance management or responsiveness' },
    poles: [['performing'], ['networking', 'responsive']],
    sources: ['Blijleven & Van Hulst 2020'],
  },
  'expert-vs-facilitator': {
    id: 'expert-vs-facilitator',
    name: { nl: 'Expert of facilitator', en: 'Expert or facilitator' },
    poles: [['lawful'], ['networking', 'responsive']],
    sources: ['Blijleven & Van Hulst 2020'],
  },
  'implement-vs-cocreate': {
    id: 'implement-vs-cocreate',
    name: { nl: 'Doorvoeren of samen creëren', en: 'Implementing or co-creating' },
    poles: [['lawful', 'performing'], ['networking']],
    sources: ['Torfing et al. 2019', 'Nabatchi & Amsler 2014'],
  },
  'individual-vs-shared': {
    id: 'individual-vs-shared',
    name: { nl: 'Individuele of gedeelde verantwoordelijkheid', en: 'Individual or shared responsibility' },
    poles: [['lawful', 'performing'], ['networking', 'responsive']],
    sources: ['Jäntti et al. 2023', 'Edelenbos 2005'],
  },
};

export interface StrategyInfo {
  id: Strategy;
  name: Text;
  sources: string[];
}

export const STRATEGY_INFO: Record<Strategy, StrategyInfo> = {
  'navigate-rules': {
    id: 'navigate-rules',
    name: { nl: 'Navigeren binnen regels', en: 'Navigate within the rules' },
    sources: ['Aschhoff & Vogel 2018', 'Blijleven & Van Hulst 2020'],
  },
  align: {
    id: 'align',
    name: { nl: 'Afstemmen', en: 'Align' },
    sources: ['Blijleven & Van Hulst 2020', 'Bryson et al. 2014'],
  },
  prioritise: {
    id: 'prioritise',
    name: { nl: 'Prioriteren', en: 'Prioritise' },
    sources: ['Thacher & Rein 2004'],
  },
  escalate: {
    id: 'escalate',
    name: { nl: 'Escaleren', en: 'Escalate' },
    sources: ['De Graaf et al. 2016', 'Jaspers & Steen 2019'],
  },
  silo: {
    id: 'silo',
    name: { nl: 'Verkokeren', en: 'Work in your silo' },
    sources: ['Thacher & Rein 2004', 'Vrangbæk 2009'],
  },
};

/** The literature behind a choice: its dilemma's, its strategy's and the situation's own sources. */
export function literatureFor(dilemma: Dilemma, strategy: Strategy, extra: readonly string[] = []): string[] {
  return [...new Set([...DILEMMA_INFO[dilemma].sources, ...STRATEGY_INFO[strategy].sources, ...extra])];
}
