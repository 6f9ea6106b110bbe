// The rules that are the game's own, not the source paper's: in one place, so that the README
// (`npm run assumptions` writes them there; a test checks it is current) and the debrief's
// sources section both read them from here. The paper gives the perspectives, dilemmas and
// coping strategies and what each costs in kind; every number and every mechanism below is ours.
import type { Text } from './text';

export interface Assumption {
  id: string;
  /** The engine module where the rule lives. */
  module: string;
  text: Text;
}

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'meters',
    module: 'meters.ts',
    text: {
      nl: 'De meters lopen van 0 tot 100 en bewegen in stappen van 5; ze beginnen op 50, tenzij het scenario iets anders zegt.',
      en: 'The meters run from 0 to 100 and move in steps of 5; they start at 50 unless the scenario says otherwise.',
    },
  },
  {
    id: 'sizes',
    module: 'fit.ts',
    text: {
      nl: 'Hoe groot een effect is, staat niet in het onderzoek: alle getallen zijn van het spel. Elk scenario geeft elke keuze een eigen effect dat bij de tekst past.',
      en: 'The research does not say how large an effect is: every number is the game’s. Each scenario gives each choice an effect of its own that fits its text.',
    },
  },
  {
    id: 'time',
    module: 'pressure.ts',
    text: {
      nl: 'Navigeren, afstemmen en escaleren kosten tijd: 5 efficiëntie. Vanaf de derde keer dat je dezelfde aanpak kiest, kost die 10 en blijft het voorstel zolang liggen.',
      en: 'Navigating, aligning and escalating take time: 5 efficiency. From the third time you choose the same approach, it costs 10 and the proposal waits meanwhile.',
    },
  },
  {
    id: 'pressure',
    module: 'pressure.ts',
    text: {
      nl: 'Vanaf de zesde situatie kost elke keuze 5 efficiëntie: uren en aandacht raken op naarmate een zaak langer loopt.',
      en: 'From the sixth situation on, every choice costs 5 efficiency: hours and attention run out as a case drags on.',
    },
  },
  {
    id: 'waiting',
    module: 'pressure.ts',
    text: {
      nl: 'Zolang het voorstel stilligt, kost elke keuze 5 burgerinitiatief: wie voor de black box wacht, haakt af. De black box komt uit het onderzoek, deze regel niet.',
      en: 'While the proposal is stuck, every choice costs 5 citizen initiative: people left waiting outside the black box give up. The black box comes from the research; this rule does not.',
    },
  },
  {
    id: 'navigate',
    module: 'navigate.ts',
    text: {
      nl: 'Navigeren geeft pas ruimte als de kaders op orde zijn (legitimiteit 40 of meer). Buiten het dilemma ‘regels volgen of flexibel zijn’ is die ruimte 5 kleiner, en elke eerdere keer navigeren maakt die nog 5 kleiner (hooguit 10).',
      en: 'Navigating gives room only once the frames are in order (legitimacy 40 or more). Outside the rules-or-flexibility dilemma that room is 5 smaller, and each earlier navigation makes it 5 smaller again (at most 10).',
    },
  },
  {
    id: 'priority',
    module: 'prioritise.ts',
    text: {
      nl: 'Voorrang geven: +10 voor het gekozen perspectief als het een van de twee kanten van het dilemma is (+5 als het erbuiten staat) en −5 voor elke meter aan de andere kant. Per casus: +5, dezelfde verliezen, +5 legitimiteit en −5 efficiëntie. Een geldende beleidslijn die de voorrang dekt: +5 legitimiteit.',
      en: 'Prioritising: +10 for the chosen perspective if it is one of the dilemma’s two sides (+5 if it stands outside it) and −5 for each meter on the other side. Case by case: +5, the same losses, +5 legitimacy and −5 efficiency. An adopted policy line that backs the priority: +5 legitimacy.',
    },
  },
  {
    id: 'strain',
    module: 'prioritise.ts',
    text: {
      nl: 'Spanning: steeds hetzelfde perspectief voorrang geven kost 5 per niveau op de meter van het tegenoverliggende kwadrant; bij niveau 2 volgt de spanningscrisis. Wisselen geeft 5 per niveau terug. Dat je moet wisselen komt uit het onderzoek (Thacher & Rein 2004), de getallen niet.',
      en: 'Strain: giving the same perspective priority again and again costs 5 per level on the meter of the opposite quadrant; at level 2 the strain crisis follows. Switching gives 5 per level back. That you must switch comes from the research (Thacher & Rein 2004); the numbers do not.',
    },
  },
  {
    id: 'hierarchy',
    module: 'escalate.ts',
    text: {
      nl: 'Escaleren: een steunende top geeft +5 burgerinitiatief en brengt het voorstel verder, een twijfelende top laat het liggen, een tegenwerkende top past het aan en kost 5 vertrouwen en 5 burgerinitiatief. Vanaf de tweede keer kost escaleren legitimiteit (−5, vanaf de derde −10), en bij de derde keer gaat een steunende top twijfelen.',
      en: 'Escalating: a supportive leadership gives +5 citizen initiative and moves the proposal on, an undecided one lets it lie, an opposed one changes it and costs 5 trust and 5 citizen initiative. From the second time escalating costs legitimacy (−5, from the third −10), and at the third a supportive leadership turns undecided.',
    },
  },
  {
    id: 'silo',
    module: 'silo.ts',
    text: {
      nl: 'Verkokeren: +10 voor de meter van je eigen afdeling en één siloschuld (hooguit 3). Vanaf twee schulden kost elke keuze 5 vertrouwen, aan het eind kost elke schuld 5 burgerinitiatief (inbreng die is blijven steken), en afstemmen lost één schuld af (+5 vertrouwen).',
      en: 'Working in your silo: +10 for your own department’s meter and one silo debt (at most 3). From two debts every choice costs 5 trust, at the end each debt costs 5 citizen initiative (input left stranded), and aligning pays one debt back (+5 trust).',
    },
  },
  {
    id: 'form',
    module: 'form.ts',
    text: {
      nl: 'De participatievorm telt mee. Bij inspraak wegen grote veranderingen in legitimiteit en groot verlies van burgerinitiatief anderhalf keer zo zwaar, en komt de crisis al bij legitimiteit 15. Bij advies weegt groot verlies van vertrouwen zwaarder (crisis bij 5), bij coproductie elke grote verandering in vertrouwen (crisis bij 15), bij zelforganisatie elke grote verandering in burgerinitiatief (crisis bij 15). Het onderzoek vraagt of de vorm uitmaakt; dit is het antwoord van het spel.',
      en: 'The form of participation counts. Under consultation, large changes in legitimacy and large losses of citizen initiative weigh one and a half times as much, and the crisis comes at legitimacy 15. Under advice a large loss of trust weighs more (crisis at 5), under co-production any large change in trust (crisis at 15), under self-organisation any large change in citizen initiative (crisis at 15). The research asks whether the form matters; this is the game’s answer.',
    },
  },
  {
    id: 'journey',
    module: 'journey.ts',
    text: {
      nl: 'Het voorstel moet vijf stappen verder komen om de uitvoering te halen; na drie aanpassingen is het ‘uitgevoerd, maar anders’. Wat elke aanpak standaard met het voorstel doet (doorschuiven, laten liggen, aanpassen), is een keuze van het spel.',
      en: 'The proposal needs five steps forward to reach implementation; after three changes it is ‘carried out, but changed’. What each approach does to the proposal by default (move on, let lie, change) is the game’s choice.',
    },
  },
  {
    id: 'endings',
    module: 'endings.ts',
    text: {
      nl: 'Een meter op 0 (of op de drempel van de participatievorm) is een crisis die het spel beëindigt; dan valt het voorstel af, of blijft het liggen als het geld op is. Anders telt eerst wat er van het voorstel werd, dan de balans (alle meters 50 of meer; wankel als er één onder 25 zit), dan de laagste meter.',
      en: 'A meter at 0 (or at the threshold for the form of participation) is a crisis that ends the game; the proposal is then dropped, or stalls if the money has run out. Otherwise what became of the proposal counts first, then the balance (every meter 50 or more; fragile if one is below 25), then the lowest meter.',
    },
  },
  {
    id: 'profile',
    module: 'profile.ts',
    text: {
      nl: 'Je profiel op het vlak volgt uit de waarden die je keuzes dienden: voorrang dient het gekozen perspectief, afstemmen vooral het netwerkende, escaleren het rechtmatige, navigeren de kaders en de ruimte die het de andere kant van het dilemma geeft, verkokeren de waarden van je eigen afdeling. De gewichten zijn van het spel.',
      en: 'Your profile on the plane follows from the values your choices served: prioritising serves the chosen perspective, aligning mostly the networking one, escalating the lawful one, navigating the frames and the room it gives the dilemma’s other side, working in your silo your own department’s values. The weights are the game’s.',
    },
  },
];
