// Texts of the first-play introduction, the glossary, the reflection questions and the craft
// profile. Written fresh from the theory (shared THEORY.md), Dutch first.
import type { CraftKind, ReflectionId, Text } from '../../engine';

export interface IntroPage {
  title: Text;
  body: Text[];
}

export const INTRO_PAGES: IntroPage[] = [
  {
    title: { nl: 'Twee werelden en een black box', en: 'Two worlds and a black box' },
    body: [
      {
        nl: 'Buiten het gemeentehuis vragen bewoners om maatwerk, snelheid en een gemeente die als één geheel optreedt. Binnen werkt de gemeente met regels, procedures, afdelingen en budgetten. Bij participatie komen die twee werelden samen.',
        en: 'Outside the town hall, residents ask for tailor-made answers, speed and a municipality that acts as one. Inside, the municipality runs on rules, procedures, departments and budgets. Participation is where those two worlds meet.',
      },
      {
        nl: 'Voor bewoners is de gemeente vaak een black box: ze doen mee aan een avond, en maanden later komt er iets uit. Wat er tussendoor gebeurde, zien ze niet. Jij staat in die box, met één been binnen en één buiten: de participatiespagaat.',
        en: 'For residents the municipality is often a black box: they take part in an evening, and months later something comes out. What happened in between, they never see. You stand inside that box, one foot in and one foot out: the participation split.',
      },
    ],
  },
  {
    title: { nl: 'Vier perspectieven op de overheid', en: 'Four perspectives on government' },
    body: [
      {
        nl: 'Binnen de gemeente bestaan vier manieren van kijken naast elkaar, als lagen die over elkaar heen zijn komen te liggen. Elk heeft eigen waarden en een eigen meter in het spel. Kies een kwadrant om te zien waar het om draait.',
        en: 'Inside the municipality four ways of seeing government exist side by side, like layers laid down one on top of another. Each has its own values and its own meter in the game. Choose a quadrant to see what it is about.',
      },
    ],
  },
  {
    title: { nl: 'Vijf manieren om ermee om te gaan', en: 'Five ways of coping' },
    body: [
      {
        nl: 'In elke situatie botsen waarden. Je kiest steeds uit dezelfde vijf manieren, die ambtenaren in de praktijk ook gebruiken. Geen enkele is altijd goed; elke heeft een prijs.',
        en: 'In every situation values clash. Each time you choose from the same five ways, the ones civil servants use in practice. None is always right; each has a price.',
      },
    ],
  },
  {
    title: { nl: 'Zo speel je', en: 'How to play' },
    body: [
      {
        nl: 'Lees de situatie en vraag gerust je vier adviseurs om raad. Kies dan een aanpak met de knoppen of de toetsen 1 tot en met 5. Je ziet wat er binnen gebeurde en wat bewoners ervan merkten, en hoe de vier meters bewegen. Het voorstel van de bewoners reist ondertussen door de gemeente, of blijft ergens hangen.',
        en: 'Read the situation and feel free to ask your four advisors. Then choose an approach with the buttons or the keys 1 to 5. You see what happened inside and what residents noticed, and how the four meters move. Meanwhile the residents’ proposal travels through the municipality, or gets stuck somewhere.',
      },
      {
        nl: 'Zakt een meter naar nul, dan loopt het spel vast. Aan het eind laat de nabespreking zien waar jouw keuzes je op het vlak van de vier perspectieven brachten, en wat de andere keuzes hadden gedaan.',
        en: 'If a meter drops to zero, the game ends in a crisis. At the end, the debrief shows where your choices took you on the plane of the four perspectives, and what the other choices would have done.',
      },
    ],
  },
];

export const STRATEGY_GIST: Record<string, Text> = {
  'navigate-rules': {
    nl: 'Houd je aan de harde kaders (juridisch, financieel, praktisch) en geef daarbinnen ruimte.',
    en: 'Keep to the hard frames (legal, financial, practical) and give room within them.',
  },
  align: { nl: 'Breng collega’s van verschillende afdelingen samen aan tafel; kost tijd, kan budgetten bundelen.', en: 'Bring colleagues from several departments to one table; takes time, can pool budgets.' },
  prioritise: {
    nl: 'Laat de waarden van één perspectief voorgaan. Te lang hetzelfde kiezen bouwt spanning op, tot je moet wisselen.',
    en: 'Let one perspective’s values come first. Choosing the same one too long builds strain, until you must switch.',
  },
  escalate: { nl: 'Leg de keuze bij iemand hoger in de lijn. Dekt je in, kost tijd, en slijt als je het vaak doet.', en: 'Hand the choice to someone higher up. Covers you, costs time, and wears thin when repeated.' },
  silo: {
    nl: 'Houd je aan de doelen van je eigen afdeling. Snel resultaat nu, een rekening voor anderen later.',
    en: 'Stick to your own department’s targets. Quick results now, a bill for others later.',
  },
};

export interface GlossaryEntry {
  term: Text;
  meaning: Text;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    term: { nl: 'Participatiespagaat', en: 'Participation split (participatiespagaat)' },
    meaning: {
      nl: 'De positie van de ambtenaar die bewoners en de eigen organisatie bij elkaar probeert te brengen, en daarbij met één been in elke wereld staat.',
      en: 'The position of the civil servant who tries to bring residents and their own organisation together, standing with one foot in each world.',
    },
  },
  {
    term: { nl: 'Doorwerking', en: 'Follow-through (doorwerking)' },
    meaning: {
      nl: 'Wat er van de inbreng van bewoners terechtkomt in besluiten, beleid en uitvoering van de gemeente.',
      en: 'What becomes of residents’ input in the municipality’s decisions, policy and delivery.',
    },
  },
  {
    term: { nl: 'Black box', en: 'Black box' },
    meaning: {
      nl: 'Het beeld van de gemeente voor bewoners: er gaat iets in en er komt iets uit, maar wat er binnen gebeurt, is onzichtbaar.',
      en: 'How residents see the municipality: something goes in and something comes out, but what happens inside is invisible.',
    },
  },
  {
    term: { nl: 'Verkokering', en: 'Working in silos (verkokering)' },
    meaning: {
      nl: 'Afdelingen die elk hun eigen doelen, budgetten en regels voorop zetten, zodat een vraag die over meer afdelingen gaat tussen wal en schip valt.',
      en: 'Departments each putting their own targets, budgets and rules first, so that a question that spans several departments falls through the cracks.',
    },
  },
  {
    term: { nl: 'Sedimentatie', en: 'Layering (sedimentatie)' },
    meaning: {
      nl: 'De vier perspectieven op de overheid zijn na elkaar ontstaan en liggen nu als lagen over elkaar: ze gelden allemaal tegelijk.',
      en: 'The four perspectives on government arose one after another and now lie over each other like layers: they all apply at once.',
    },
  },
  {
    term: { nl: 'Inspraak', en: 'Consultation (inspraak)' },
    meaning: {
      nl: 'Inwoners en belanghebbenden mogen hun mening geven over een voorgenomen plan of besluit van de gemeente; de gemeente weegt die mee, het gemeentebestuur beslist.',
      en: 'Residents and other interested parties may give their view on a proposed municipal plan or decision; the municipality weighs it, and the elected municipal government decides.',
    },
  },
  {
    term: { nl: 'Inspraakavond', en: 'Consultation evening (inspraakavond)' },
    meaning: { nl: 'Een bijeenkomst waarop bewoners op een plan kunnen reageren.', en: 'A meeting where residents can respond to a plan.' },
  },
  {
    term: { nl: 'Participatieladder', en: 'Participation ladder (participatieladder)' },
    meaning: {
      nl: 'Een veelgebruikt beeld van vormen van participatie, van raadplegen en adviseren via coproductie tot zelforganisatie: hoe hoger op de ladder, hoe meer bewoners zelf vormgeven.',
      en: 'A common picture of the forms participation can take, from consultation and advice through co-production to self-organisation: the higher up the ladder, the more residents shape things themselves.',
    },
  },
  {
    term: { nl: 'Coproductie', en: 'Co-production' },
    meaning: {
      nl: 'Gemeente en bewoners maken samen beleid of een voorziening, vanaf het begin.',
      en: 'Municipality and residents make policy or a service together, from the start.',
    },
  },
  {
    term: { nl: 'Bewonersinitiatief (burgerinitiatief)', en: 'Citizens’ initiative (bewonersinitiatief)' },
    meaning: {
      nl: 'Bewoners nemen zelf het initiatief en voeren het grotendeels zelf uit; de gemeente kan faciliteren, bijvoorbeeld met een kleine subsidie of materiaal in bruikleen. Let op: “burgerinitiatief” is in veel gemeenten ook het formele recht om een onderwerp op de agenda van de raad te zetten.',
      en: 'Residents take the initiative and largely carry it out themselves; the municipality can help, for example with a small grant or equipment on loan. Note: in many municipalities “burgerinitiatief” is also the formal right of residents to put an item on the council’s agenda.',
    },
  },
  {
    term: { nl: 'Uitdaagrecht (Right to Challenge)', en: 'Right to Challenge (uitdaagrecht)' },
    meaning: {
      nl: 'Bewoners dagen de gemeente uit: zij willen een taak overnemen, zoals groenonderhoud, met het budget dat erbij hoort, omdat ze het beter, slimmer of goedkoper denken te kunnen. Gemeenten kunnen het regelen in hun participatieverordening.',
      en: 'Residents challenge the municipality to let them take over a task, such as green maintenance, with the budget that goes with it, because they think they can do it better, smarter or cheaper. Municipalities can provide for it in their participation bylaw (participatieverordening).',
    },
  },
  {
    term: { nl: 'Wethouder', en: 'Alderman (wethouder)' },
    meaning: {
      nl: 'Lid van het college van B&W, benoemd door de gemeenteraad en verantwoordelijk voor een eigen portefeuille met beleidsterreinen.',
      en: 'Member of the municipal executive, appointed by the council and responsible for a portfolio of policy areas.',
    },
  },
  {
    term: { nl: 'College van B&W', en: 'Municipal executive (college van B&W)' },
    meaning: { nl: 'Burgemeester en wethouders samen: het dagelijks bestuur, dat raadsbesluiten voorbereidt en uitvoert.', en: 'The mayor and aldermen together: the day-to-day executive, which prepares and carries out council decisions.' },
  },
  {
    term: { nl: 'Gemeenteraad', en: 'Municipal council (gemeenteraad)' },
    meaning: {
      nl: 'Het gekozen hoogste orgaan van de gemeente; stelt kaders, beslist over de begroting en controleert het college.',
      en: 'The elected highest body of the municipality; sets frameworks, decides the budget and holds the executive to account.',
    },
  },
  {
    term: { nl: 'Raadsinformatiebrief', en: 'Council information letter (raadsinformatiebrief)' },
    meaning: {
      nl: 'Een brief waarmee het college de raad op de hoogte brengt, zonder dat de raad iets hoeft te besluiten.',
      en: 'A letter in which the executive informs the council, without the council having to decide anything.',
    },
  },
  {
    term: { nl: 'Griffie', en: 'Council clerk’s office (griffie)' },
    meaning: { nl: 'De ondersteuning van de gemeenteraad, los van de ambtelijke organisatie van het college; hier meld je je bijvoorbeeld om in te spreken.', en: 'The council’s own support office, separate from the officials who work for the executive; for example, where you sign up to speak at a meeting.' },
  },
  {
    term: { nl: 'Omgevingsplan', en: 'Environment plan (omgevingsplan)' },
    meaning: {
      nl: 'Het plan onder de Omgevingswet, vastgesteld door de raad, met de regels voor de fysieke leefomgeving in de hele gemeente, zoals waar gebouwd mag worden.',
      en: 'The plan under the Environment and Planning Act (Omgevingswet), adopted by the council, with the rules for the physical environment across the municipality, such as where building is allowed.',
    },
  },
  {
    term: { nl: 'Nota van beantwoording', en: 'Response document (nota van beantwoording)' },
    meaning: {
      nl: 'Het stuk waarin de gemeente ingaat op de inspraakreacties of zienswijzen en zegt wat ze ermee doet.',
      en: 'The document in which the municipality responds to the consultation responses or formal views (zienswijzen) and says what it does with them.',
    },
  },
  {
    term: { nl: 'Gebiedsregisseur', en: 'Area coordinator (gebiedsregisseur)' },
    meaning: {
      nl: 'Ambtenaar die voor een wijk of gebied het aanspreekpunt is en verbindingen legt tussen bewoners en afdelingen.',
      en: 'Civil servant who is the point of contact for a neighbourhood and connects residents with departments.',
    },
  },
];

export const REFLECTION_TEXT: Record<ReflectionId, Text> = {
  'black-box': {
    nl: 'Wat zagen de bewoners van wat er binnen de gemeente gebeurde? Op welk moment had jij de black box kunnen openen, en hoe?',
    en: 'What did residents see of what happened inside the municipality? At which moment could you have opened the black box, and how?',
  },
  'strain-switch': {
    nl: 'Welke waarde liet je te lang liggen? Hoe merk je in je eigen werk dat het tijd is om van focus te wisselen?',
    en: 'Which value did you leave aside for too long? How do you notice in your own work that it is time to switch focus?',
  },
  'barriers-silo': {
    nl: 'Wat maakte het aantrekkelijk om bij je eigen afdeling te blijven? Welke drempels in jouw organisatie duwen collega’s die kant op?',
    en: 'What made it attractive to stay within your own department? Which barriers in your organisation push colleagues that way?',
  },
  'escalate-hierarchy': {
    nl: 'Wanneer helpt het om een keuze hoger in de lijn te leggen, en wanneer haal je daarmee het werk weg bij de bewoners?',
    en: 'When does it help to take a choice higher up, and when does that take the work away from residents?',
  },
  'helpful-align': {
    nl: 'Afstemmen kostte tijd. Wat in jouw organisatie maakt het mogelijk om afdelingen aan één tafel te krijgen, en wat houdt het tegen?',
    en: 'Aligning took time. What in your organisation makes it possible to get departments round one table, and what holds it back?',
  },
  'what-you-do': {
    nl: 'Je koos het vaakst voor “{strategy}”. Is dat ook wat je in de praktijk doet? Wat zou een collega in jouw plaats kiezen?',
    en: 'You chose “{strategy}” most often. Is that also what you do in practice? What would a colleague in your place choose?',
  },
  'recognise-perspectives': {
    nl: 'Herken je de vier perspectieven in je eigen gemeente? Welke staat er bij jou, en bij je afdeling, vooraan?',
    en: 'Do you recognise the four perspectives in your own municipality? Which one comes first for you, and for your department?',
  },
  'form-matters': {
    nl: 'Dit scenario ging uit van {form}. Zouden de dilemma’s anders zijn gelopen bij een andere vorm van participatie?',
    en: 'This scenario started from {form}. Would the dilemmas have played out differently with another form of participation?',
  },
  strengthen: {
    nl: 'Wat zou er in jouw organisatie moeten veranderen zodat de inbreng van bewoners beter doorwerkt in beleid?',
    en: 'What would have to change in your organisation for residents’ input to carry through into policy better?',
  },
};

/** The title a player takes home: a craft from the plane, coloured by the balance of the meters. */
export const CRAFT_NOUN: Record<CraftKind, Text> = {
  lawful: { nl: 'poortwachter', en: 'gatekeeper' },
  performing: { nl: 'aanjager', en: 'pacesetter' },
  networking: { nl: 'verbinder', en: 'connector' },
  responsive: { nl: 'ruimtemaker', en: 'enabler' },
  bridging: { nl: 'spagaatkunstenaar', en: 'splits artist' },
};

export const CRAFT_TEXT: Record<CraftKind, Text> = {
  lawful: {
    nl: 'Je keuzes dienden vooral de rechtmatige overheid: zorgvuldigheid, gelijke behandeling en loyaliteit aan de politiek. Bewoners konden rekenen op een eerlijk proces, maar minder op ruimte.',
    en: 'Your choices mostly served lawful government: care, equal treatment and loyalty to elected politicians. Residents could count on a fair process, but less on room of their own.',
  },
  performing: {
    nl: 'Je keuzes dienden vooral de presterende overheid: resultaat, tempo en zuinig met middelen. Er kwam iets uit, al was het niet altijd wat de buurt voor ogen had.',
    en: 'Your choices mostly served performing government: results, pace and careful use of resources. Something came out of it, though not always what the neighbourhood had in mind.',
  },
  networking: {
    nl: 'Je keuzes dienden vooral de netwerkende overheid: samenwerken, verbinden en vertrouwen opbouwen, binnen en buiten. Dat kostte tijd en vroeg soms om creatief omgaan met regels.',
    en: 'Your choices mostly served networking government: working together, connecting and building trust, inside and out. That took time and sometimes called for creativity with the rules.',
  },
  responsive: {
    nl: 'Je keuzes dienden vooral de responsieve overheid: bewoners de ruimte geven, zelf een stap terug doen en alleen bijspringen waar het nodig was.',
    en: 'Your choices mostly served responsive government: giving residents room, stepping back yourself and helping out only where needed.',
  },
  bridging: {
    nl: 'Je bewoog tussen alle vier de perspectieven en bleef dicht bij het midden van het vlak. Precies dat bewegen tussen schurende perspectieven is het vak.',
    en: 'You moved between all four perspectives and stayed close to the middle of the plane. Moving between chafing perspectives like that is the craft itself.',
  },
};

const ADJECTIVE: Record<'balanced' | 'leaning' | 'fragile' | 'crisis', Text> = {
  balanced: { nl: 'evenwichtige ', en: 'balanced ' },
  leaning: { nl: '', en: '' },
  fragile: { nl: 'overvraagde ', en: 'overstretched ' },
  crisis: { nl: 'gestrande ', en: 'stranded ' },
};

/** "De evenwichtige verbinder" / "The balanced connector". */
export function craftTitle(kind: CraftKind, ending: { kind: 'crisis' } | { kind: 'completed'; balance: { kind: 'balanced' | 'leaning' | 'fragile' } }): Text {
  const tone = ending.kind === 'crisis' ? 'crisis' : ending.balance.kind;
  return {
    nl: `De ${ADJECTIVE[tone].nl}${CRAFT_NOUN[kind].nl}`,
    en: `The ${ADJECTIVE[tone].en}${CRAFT_NOUN[kind].en}`,
  };
}
