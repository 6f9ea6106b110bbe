// The theory's default effect of each coping strategy on each dilemma ("fit"), before a
// scenario's own adjustments. Order per row: [legitimacy, efficiency, trust, initiative].
import type { MeterDelta } from './meters';
import type { Dilemma, Strategy } from './theory';

type Row = [legitimacy: number, efficiency: number, trust: number, initiative: number];

const FIT_TABLE: Record<Strategy, Record<Dilemma, Row>> = {
  // Aschhoff & Vogel 2018: meet the essential frames, then give room. Made for
  // rules-vs-flexibility; also carries political frames into co-creation.
  'navigate-rules': {
    'rules-vs-flexibility': [6, -2, 3, 4],
    'specialisation-vs-integration': [3, -2, 1, 0],
    'performance-vs-responsiveness': [2, 0, 1, 1],
    'expert-vs-facilitator': [4, -1, 1, 1],
    'implement-vs-cocreate': [4, -2, 2, 3],
    'individual-vs-shared': [3, -1, 0, 0],
  },
  // Blijleven & Van Hulst 2020: bringing departments to one table suits
  // specialisation-vs-integration; it always costs time.
  align: {
    'rules-vs-flexibility': [0, -5, 4, 2],
    'specialisation-vs-integration': [2, -4, 8, 5],
    'performance-vs-responsiveness': [-1, -6, 5, 3],
    'expert-vs-facilitator': [0, -4, 5, 4],
    'implement-vs-cocreate': [1, -5, 6, 3],
    'individual-vs-shared': [1, -4, 6, 3],
  },
  // Thacher & Rein 2004: the gain of prioritising is mostly in the priority part itself;
  // switching roles case by case pays off where expert and facilitator roles clash.
  prioritise: {
    'rules-vs-flexibility': [0, 0, 0, 0],
    'specialisation-vs-integration': [0, 0, -1, 0],
    'performance-vs-responsiveness': [0, 0, 1, 1],
    'expert-vs-facilitator': [1, 0, 2, 2],
    'implement-vs-cocreate': [1, 0, 2, 1],
    'individual-vs-shared': [0, 0, 0, 0],
  },
  // De Graaf et al. 2016; Jaspers & Steen 2019: legitimacy is covered, time is lost.
  // Informing the alderman and council early keeps outcomes from stranding (Edelenbos 2005).
  escalate: {
    'rules-vs-flexibility': [6, -5, -2, -3],
    'specialisation-vs-integration': [4, -5, 0, -1],
    'performance-vs-responsiveness': [4, -4, 0, 0],
    'expert-vs-facilitator': [4, -4, -1, -2],
    'implement-vs-cocreate': [6, -4, 1, -1],
    'individual-vs-shared': [6, -2, 2, 3],
  },
  // Thacher & Rein 2004: one's own department's values first gives quick relief and
  // pushes the cost onto trust and initiative; it pays most where targets are the issue.
  silo: {
    'rules-vs-flexibility': [3, 5, -5, -5],
    'specialisation-vs-integration': [0, 6, -6, -4],
    'performance-vs-responsiveness': [1, 9, -2, -1],
    'expert-vs-facilitator': [3, 5, -4, -4],
    'implement-vs-cocreate': [3, 6, -3, -5],
    'individual-vs-shared': [1, 5, -4, -3],
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
