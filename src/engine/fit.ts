// The theory's default effect of each coping strategy on each dilemma ("fit"): what the choice
// itself achieves, before the rules for time, routine, priority, hierarchy and silo are added.
// A scenario replaces it per situation with an effect that follows its own text.
// Order per row: [legitimacy, efficiency, trust, initiative], in steps of 5.
import type { MeterDelta } from './meters';
import type { Dilemma, Strategy } from './theory';

type Row = [legitimacy: number, efficiency: number, trust: number, initiative: number];

const FIT_TABLE: Record<Strategy, Record<Dilemma, Row>> = {
  // Aschhoff & Vogel 2018: meet the essential frames, then give room. Made for
  // rules-vs-flexibility; elsewhere the frames are met but the room is smaller.
  'navigate-rules': {
    'rules-vs-flexibility': [5, 0, 5, 5],
    'specialisation-vs-integration': [5, 0, 0, 0],
    'performance-vs-responsiveness': [5, 0, 0, 0],
    'expert-vs-facilitator': [5, 0, 0, 5],
    'implement-vs-cocreate': [5, 0, 5, 0],
    'individual-vs-shared': [5, 0, 0, 0],
  },
  // Blijleven & Van Hulst 2020: bringing departments to one table suits
  // specialisation-vs-integration; its time is counted by the time rule.
  align: {
    'rules-vs-flexibility': [0, 0, 5, 5],
    'specialisation-vs-integration': [0, 0, 10, 5],
    'performance-vs-responsiveness': [0, -5, 5, 5],
    'expert-vs-facilitator': [0, 0, 5, 5],
    'implement-vs-cocreate': [0, 0, 10, 5],
    'individual-vs-shared': [0, 0, 10, 0],
  },
  // Thacher & Rein 2004: the effect of prioritising is in the priority part itself.
  prioritise: {
    'rules-vs-flexibility': [0, 0, 0, 0],
    'specialisation-vs-integration': [0, 0, 0, 0],
    'performance-vs-responsiveness': [0, 0, 0, 0],
    'expert-vs-facilitator': [0, 0, 0, 0],
    'implement-vs-cocreate': [0, 0, 0, 0],
    'individual-vs-shared': [0, 0, 0, 0],
  },
  // De Graaf et al. 2016; Jaspers & Steen 2019: legitimacy is covered, residents wait.
  // Informing the alderman and council early keeps outcomes from stranding (Edelenbos 2005).
  escalate: {
    'rules-vs-flexibility': [10, 0, -5, -5],
    'specialisation-vs-integration': [5, 0, 0, 0],
    'performance-vs-responsiveness': [5, 0, 0, -5],
    'expert-vs-facilitator': [5, 0, -5, -5],
    'implement-vs-cocreate': [5, 0, 0, -5],
    'individual-vs-shared': [10, 0, 5, 0],
  },
  // Thacher & Rein 2004: the own department's relief is counted by the silo rule; what the
  // others and the residents lose shows here.
  silo: {
    'rules-vs-flexibility': [0, 5, -5, -5],
    'specialisation-vs-integration': [0, 5, -10, -5],
    'performance-vs-responsiveness': [0, 5, -5, -5],
    'expert-vs-facilitator': [0, 5, -5, -5],
    'implement-vs-cocreate': [0, 5, -5, -5],
    'individual-vs-shared': [0, 5, -5, -5],
  },
};

/** The strategy THEORY.md names as the best fit for a dilemma, where it names one. */
export const THEORY_FIT: Partial<Record<Dilemma, Strategy>> = {
  'rules-vs-flexibility': 'navigate-rules',
  'specialisation-vs-integration': 'align',
};

// Built once: the engine applies these on every choice.
const FIT = Object.fromEntries(
  Object.entries(FIT_TABLE).map(([strategy, row]) => [
    strategy,
    Object.fromEntries(Object.entries(row).map(([dilemma, [legitimacy, efficiency, trust, initiative]]) => [dilemma, Object.freeze({ legitimacy, efficiency, trust, initiative })])),
  ]),
) as Record<Strategy, Record<Dilemma, Readonly<MeterDelta>>>;

export function defaultFit(strategy: Strategy, dilemma: Dilemma): MeterDelta {
  return FIT[strategy][dilemma];
}
