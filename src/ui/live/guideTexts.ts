// Texts of the facilitator guide (#guide): the arc of a workshop, plans, the discussion after a
// reveal, and what to do when the network fails. Written fresh from the theory (shared THEORY.md),
// Dutch first. `{key}` names an interface label (src/ui/shared/i18n.ts) and is filled in when
// rendered, so the guide always names the buttons as the game shows them.
import type { Dilemma, ParticipationForm, Perspective, Text } from '../../engine';

/** A paragraph, or a list item with an optional lead-in in bold. */
export interface GuideItem {
  lead?: Text;
  text: Text;
}

export const GUIDE_SECTIONS = ['core', 'before', 'during', 'after', 'plans', 'scenarios', 'discussion', 'network'] as const;
export type GuideSectionId = (typeof GUIDE_SECTIONS)[number];

export const GUIDE_UI = {
  title: { nl: 'Handleiding voor begeleiders', en: 'Facilitator guide' },
  kicker: { nl: 'Spagaat · workshops', en: 'Spagaat · workshops' },
  lead: {
    nl: 'Zo begeleid je een workshop met Spagaat: met een beamer en telefoons, of met handen tellen als het netwerk het laat afweten. Lees dit de avond van tevoren; je hoeft het niet uit je hoofd te kennen.',
    en: 'How to run a workshop with Spagaat: with a projector and phones, or by counting hands when the network lets you down. Read it the evening before; there is no need to know it by heart.',
  },
  status: {
    nl: 'De perspectieven, dilemma’s en aanpakken komen uit de literatuur over burgerparticipatie. De tijden, aantallen en werkvormen in deze handleiding zijn suggesties van de makers van het spel, geen uitkomsten van onderzoek: pas ze aan je groep aan.',
    en: 'The perspectives, dilemmas and ways of coping come from the research literature on citizen participation. The timings, numbers and formats in this guide are suggestions from the game’s makers, not research findings: adapt them to your group.',
  },
  statusLead: { nl: 'Tips, geen onderzoek.', en: 'Tips, not research.' },
  toolbar: { nl: 'Handleiding', en: 'Guide' },
  print: { nl: 'Afdrukken of opslaan als pdf', en: 'Print or save as PDF' },
  switchTo: { nl: 'English', en: 'Nederlands' },
  switchToLabel: { nl: 'Read this guide in English', en: 'Lees deze handleiding in het Nederlands' },
  toGame: { nl: 'Naar het spel', en: 'To the game' },
  contents: { nl: 'Inhoud', en: 'Contents' },
  suggestion: { nl: 'suggestie', en: 'suggestion' },
} satisfies Record<string, Text>;

export const SECTION_TITLE: Record<GuideSectionId, Text> = {
  core: { nl: 'Het spel in het kort', en: 'The game in brief' },
  before: { nl: 'Voorbereiding', en: 'Before the workshop' },
  during: { nl: 'Tijdens de workshop', en: 'During the workshop' },
  after: { nl: 'Na afloop', en: 'After the game' },
  plans: { nl: 'Draaiboeken voor 60, 90 en 180 minuten', en: 'Plans for 60, 90 and 180 minutes' },
  scenarios: { nl: 'Welk scenario past bij je groep?', en: 'Which scenario suits your group?' },
  discussion: { nl: 'Het gesprek na de onthulling', en: 'The discussion after the reveal' },
  network: { nl: 'Als het netwerk uitvalt', en: 'When the network fails' },
};

// --- The game in brief ---

export const CORE = {
  body: [
    {
      nl: 'In Spagaat loodst de zaal samen een voorstel van bewoners door de gemeente. In elke situatie botsen waarden en kiest de groep een van vijf aanpakken. Vier meters laten zien wat die keuze doet; twee korte teksten vertellen wat er binnen de gemeente gebeurde en wat bewoners daarvan merkten. Geen aanpak wint altijd: het vak zit in het wisselen.',
      en: 'In Spagaat the room steers a residents’ proposal through the municipality together. In every situation values clash, and the group chooses one of five approaches. Four meters show what that choice does; two short texts tell what happened inside the municipality and what residents noticed of it. No approach always wins: the craft lies in moving between them.',
    },
  ] as Text[],
  perspectivesHeading: { nl: 'Vier perspectieven op de overheid', en: 'Four perspectives on government' },
  perspectivesCaption: { nl: 'De vier perspectieven en hun meter in het spel', en: 'The four perspectives and their meter in the game' },
  colPerspective: { nl: 'Perspectief', en: 'Perspective' },
  colCitizen: { nl: 'Rol van de bewoner', en: 'Role of the resident' },
  colMeter: { nl: 'Meter', en: 'Meter' },
  layers: {
    nl: 'De vier zijn na elkaar ontstaan, maar gelden nu allemaal tegelijk, als lagen over elkaar heen. Daarom staat een ambtenaar bij participatie zo vaak in de spagaat.',
    en: 'The four arose one after another but now all apply at once, like layers on top of each other. That is why an official in participation so often ends up doing the splits.',
  },
  strategiesHeading: { nl: 'Vijf aanpakken', en: 'Five approaches' },
  strategiesLead: {
    nl: 'De nummers zijn de toetsen op de laptop en de nummers op de stemkaarten.',
    en: 'The numbers are the keys on the laptop and the numbers on the voting cards.',
  },
  sources: {
    nl: 'De theorie komt uit een literatuurstudie naar wat de doorwerking van burgerparticipatie vraagt van de gemeentelijke organisatie, met onder meer Van der Steen e.a. (de perspectieven) en Blijleven & Van Hulst 2020 (dilemma’s en manieren om ermee om te gaan).',
    en: 'The theory comes from a literature review of what the follow-through of citizen participation asks of the municipal organisation, drawing among others on Van der Steen et al. (the perspectives) and Blijleven & Van Hulst 2020 (dilemmas and ways of coping).',
  },
};

// --- Before, during, after ---

export const BEFORE: GuideItem[] = [
  {
    lead: { nl: 'Kies een scenario.', en: 'Choose a scenario.' },
    text: {
      nl: 'Neem een scenario dat aansluit bij het werk van de groep (zie “Welk scenario past bij je groep?”). Speel het de avond ervoor één keer alleen: dat kost een kwartier, en dan weet je waar de gesprekken heen kunnen.',
      en: 'Take a scenario close to the group’s own work (see “Which scenario suits your group?”). Play it once on your own the evening before: it takes a quarter of an hour, and you will know where the discussions may go.',
    },
  },
  {
    lead: { nl: 'De zaal.', en: 'The room.' },
    text: {
      nl: 'Zet de stoelen zo dat mensen elkaar aankijken en iedereen het scherm ziet, in een hoefijzer of aan tafels van vier tot zes. Leg een flip-over klaar voor tellingen en opvallende uitspraken.',
      en: 'Arrange the chairs so that people face each other and everyone can see the screen, in a horseshoe or at tables of four to six. Have a flip chart ready for tallies and striking remarks.',
    },
  },
  {
    lead: { nl: 'Beamer en laptop.', en: 'Projector and laptop.' },
    text: {
      nl: 'Zet het spel op volledig scherm (F11) en zoom in tot de tekst vanaf de achterste rij leesbaar is. Zet meldingen en de slaapstand van de laptop uit.',
      en: 'Put the game in full screen (F11) and zoom in until the text is readable from the back row. Turn off the laptop’s notifications and sleep mode.',
    },
  },
  {
    lead: { nl: 'Wifi en netwerk.', en: 'Wi-Fi and network.' },
    text: {
      nl: 'De telefoons moeten het adres van het spel kunnen bereiken. Vraag vooraf naar het gastnetwerk: niet elk gemeentelijk netwerk laat zulke verbindingen door. Mobiele data werkt meestal ook. Open het spel vooraf één keer op de laptop; daarna start het ook zonder internet, voor de groepsmodus.',
      en: 'The phones must be able to reach the game’s address. Ask about the guest network beforehand: not every municipal network lets such connections through. Mobile data usually works too. Open the game once on the laptop beforehand; after that it also starts without internet, for group mode.',
    },
  },
  {
    lead: { nl: 'Test een telefoon.', en: 'Test a phone.' },
    text: {
      nl: 'Start in de zaal zelf een workshop met “{menuLive}”, scan de QR-code met je eigen telefoon, stem en onthul. Werkt dat op het netwerk van de deelnemers, dan werkt het straks ook. Stop de test daarna.',
      en: 'In the room itself, start a workshop with “{menuLive}”, scan the QR code with your own phone, vote and reveal. If that works on the participants’ network, it will work in the workshop too. Then stop the test.',
    },
  },
  {
    lead: { nl: 'Plan B.', en: 'Plan B.' },
    text: {
      nl: 'Print deze handleiding en leg stemkaarten klaar (zie “Als het netwerk uitvalt”). Kies alvast twee of drie situaties waarin je het gesprek echt wilt voeren.',
      en: 'Print this guide and have voting cards ready (see “When the network fails”). Pick two or three situations in advance where you want a real discussion.',
    },
  },
];

export const DURING = {
  joinHeading: { nl: 'Meedoen via QR-code of code', en: 'Joining by QR code or code' },
  join: [
    {
      nl: 'Kies op het beginscherm “{menuLive}” en dan het scenario. Het scherm toont een code, een adres en een QR-code. Deelnemers scannen de QR-code of typen adres en code over; ze hebben geen account nodig en geven geen naam op (een bijnaam mag).',
      en: 'On the start screen choose “{menuLive}”, then the scenario. The screen shows a code, an address and a QR code. Participants scan the QR code or type in address and code; they need no account and give no name (a nickname is fine).',
    },
    {
      nl: 'Je ziet hoeveel mensen meedoen. Is iedereen binnen, kies dan “{roomClose}”: dan kan niemand van buiten de zaal nog meestemmen. Kies “{lobbyStart}” en lees de briefing voor: de gemeente, het voorstel van de bewoners, de vorm van participatie en wie je tegenkomt.',
      en: 'You see how many people have joined. Once everyone is in, choose “{roomClose}”: then nobody outside the room can join the vote. Choose “{lobbyStart}” and read the briefing aloud: the municipality, the residents’ proposal, the form of participation and who you will meet.',
    },
  ] as Text[],
  stepsHeading: { nl: 'Elke situatie in zeven stappen', en: 'Each situation in seven steps' },
  steps: [
    {
      lead: { nl: 'Voorlezen.', en: 'Read aloud.' },
      text: {
        nl: 'Lees de situatie voor, of laat een deelnemer dat doen. De telefoons tonen de titel en de vijf aanpakken, in de woorden van deze situatie.',
        en: 'Read the situation aloud, or ask a participant to. The phones show its title and the five approaches, worded for this situation.',
      },
    },
    {
      lead: { nl: 'Adviseurs.', en: 'Advisors.' },
      text: {
        nl: 'Open op het scherm een of twee adviseurs; elk kijkt vanuit één perspectief. Laat de zaal kiezen wie ze willen horen.',
        en: 'Open one or two advisors on the screen; each sees the situation from one perspective. Let the room choose whom to hear.',
      },
    },
    {
      lead: { nl: 'Stemmen.', en: 'Vote.' },
      text: {
        nl: 'Iedereen kiest op de telefoon een aanpak, bij prioriteren ook welk perspectief voorgaat. Het scherm toont hoeveel mensen gestemd hebben en wie nog niet. Tot de onthulling mag iedereen van gedachten veranderen.',
        en: 'Everyone chooses an approach on their phone, and for prioritise also which perspective comes first. The screen shows how many have voted and who has not yet. Until the reveal, anyone may change their mind.',
      },
    },
    {
      lead: { nl: 'Onthullen.', en: 'Reveal.' },
      text: {
        nl: 'Kies “{votesReveal}”. De verdeling verschijnt op het scherm en op de telefoons.',
        en: 'Choose “{votesReveal}”. The spread appears on the screen and on the phones.',
      },
    },
    {
      lead: { nl: 'Bespreken.', en: 'Discuss.' },
      text: {
        nl: 'Voer een kort gesprek over de verdeling (zie “Het gesprek na de onthulling”). Met de “{timerLabel}” van 1, 2 of 3 minuten houd je het tempo erin.',
        en: 'Hold a short discussion about the spread (see “The discussion after the reveal”). The “{timerLabel}” of 1, 2 or 3 minutes keeps up the pace.',
      },
    },
    {
      lead: { nl: 'Opnieuw stemmen (als je wilt).', en: 'Vote again (if you like).' },
      text: {
        nl: '“{votesRevote}” opent een tweede ronde. De eerste stemmen blijven bewaard en de nieuwe verdeling blijft verborgen tot je opnieuw onthult; daarna zie je hoeveel mensen van mening veranderden. Doe dit vooral als de zaal verdeeld is.',
        en: '“{votesRevote}” opens a second round. The first votes are kept, and the new spread stays hidden until you reveal again; then you see how many people changed their mind. Do this above all when the room is divided.',
      },
    },
    {
      lead: { nl: 'Besluiten.', en: 'Decide.' },
      text: {
        nl: '“{votesMajority}” speelt de keuze van de meerderheid. Je kunt ook zelf een aanpak kiezen (toetsen 1 tot en met 5), bij een gelijke stand of om bewust een andere route te verkennen. Lees daarna samen “{inside}” en “{outside}”, en kijk hoe de meters bewegen.',
        en: '“{votesMajority}” plays the majority’s choice. You can also choose an approach yourself (keys 1 to 5), on a tie or to explore another route on purpose. Then read “{inside}” and “{outside}” together, and watch how the meters move.',
      },
    },
  ] as GuideItem[],
};

export const AFTER = {
  items: [
    {
      lead: { nl: 'De gezamenlijke nabespreking.', en: 'The shared debrief.' },
      text: {
        nl: 'Na de laatste situatie volgen de afloop en de nabespreking op het scherm: de eindstand en het verloop van de meters, waar de keuzes van de groep uitkomen op het vlak van de vier perspectieven, per situatie wat de andere aanpakken hadden gedaan, en binnen en buiten naast elkaar. Op elke telefoon staan de eigen stemmen naast de keuze van de groep.',
        en: 'After the last situation come the outcome and the debrief on the screen: the final meters and how they moved, where the group’s choices land on the plane of the four perspectives, for each situation what the other approaches would have done, and inside and outside side by side. Each phone shows its own votes beside the group’s choice.',
      },
    },
    {
      lead: { nl: 'Bewaren.', en: 'Keep it.' },
      text: {
        nl: 'Met “{exportPrint}” bewaar je de nabespreking, om die na te sturen. Onder “{sessionExportHeading}” download je alle rondes als CSV of JSON: per deelnemer de eerste en de laatste stem, genummerd en zonder persoonsgegevens (alleen bijnamen, als mensen die opgaven). Doe dit voordat je het venster sluit.',
        en: 'With “{exportPrint}” you keep the debrief, to send round afterwards. Under “{sessionExportHeading}” you download every round as CSV or JSON: each participant’s first and final vote, numbered and without personal data (only nicknames, where people gave one). Do this before you close the window.',
      },
    },
    {
      lead: { nl: 'Reflectie.', en: 'Reflection.' },
      text: {
        nl: 'Maak de stap naar het eigen werk. De nabespreking geeft reflectievragen bij wat de groep speelde; kies er twee of drie. Of begin met een van deze:',
        en: 'Now connect the game to people’s own work. The debrief offers reflection questions on what the group played; pick two or three. Or start with one of these:',
      },
    },
  ] as GuideItem[],
  reflection: [
    {
      nl: 'Welk van de vier perspectieven voert in jouw gemeente de boventoon, en welk hoor je bijna nooit?',
      en: 'Which of the four perspectives sets the tone in your municipality, and which do you hardly ever hear?',
    },
    {
      nl: 'Zou het anders zijn gelopen als de bewoners niet waren geraadpleegd maar zelf het initiatief hadden genomen, of andersom?',
      en: 'Would it have gone differently if the residents had not been consulted but had taken the initiative themselves, or the other way round?',
    },
    {
      nl: 'Wat in je organisatie werkt mee als de inbreng van bewoners beleid moet worden, en waar loopt die inbreng vast?',
      en: 'What in your organisation helps when residents’ input has to become policy, and where does that input get stuck?',
    },
    { nl: 'Wat doe je maandag anders?', en: 'What will you do differently on Monday?' },
  ] as Text[],
};

// --- Plans ---

export interface PlanRow {
  /** Minutes from the start, e.g. "0–5". */
  time: string;
  part: Text;
  what: Text;
  pause?: boolean;
}

export interface Plan {
  minutes: 60 | 90 | 180;
  title: Text;
  lead: Text;
  rows: PlanRow[];
}

export const PLANS_UI = {
  lead: {
    nl: 'Reken per situatie op ongeveer 4 minuten voor een vlotte ronde (voorlezen, stemmen, onthullen, besluiten) en 8 minuten met een gesprek en een herstemming. Door de keuzes van de groep speel je in een scenario meestal 7 of 8 situaties.',
    en: 'Allow about 4 minutes per situation for a quick round (read, vote, reveal, decide) and 8 minutes with a discussion and a re-vote. Because of the group’s choices, a scenario usually runs to 7 or 8 situations.',
  },
  colTime: { nl: 'Minuten', en: 'Minutes' },
  colPart: { nl: 'Onderdeel', en: 'Part' },
  colWhat: { nl: 'Wat je doet', en: 'What you do' },
  caption: { nl: 'Draaiboek voor {n} minuten', en: 'Plan for {n} minutes' },
};

export const PLANS: Plan[] = [
  {
    minutes: 60,
    title: { nl: '60 minuten: kennismaken', en: '60 minutes: a first taste' },
    lead: {
      nl: 'Eén scenario, geen pauze. Past in een teamoverleg of als opening van een leergang.',
      en: 'One scenario, no break. Fits into a team meeting or as the opening of a course.',
    },
    rows: [
      { time: '0–5', part: { nl: 'Welkom', en: 'Welcome' }, what: { nl: 'Doel van de bijeenkomst; telefoons erbij.', en: 'Purpose of the session; phones out.' } },
      {
        time: '5–12',
        part: { nl: 'Uitleg', en: 'Introduction' },
        what: {
          nl: 'Twee werelden, de black box, vier perspectieven en vijf aanpakken. Gebruik “{menuIntro}” op het beginscherm, of vertel het zelf.',
          en: 'Two worlds, the black box, four perspectives and five approaches. Use “{menuIntro}” on the start screen, or tell it yourself.',
        },
      },
      { time: '12–15', part: { nl: 'Meedoen', en: 'Joining' }, what: { nl: 'QR-code scannen, deur dicht, briefing voorlezen.', en: 'Scan the QR code, close the door, read the briefing.' } },
      {
        time: '15–48',
        part: { nl: 'Scenario', en: 'Scenario' },
        what: {
          nl: 'Alle situaties in een vlot tempo; bij de twee of drie situaties die je vooraf koos een gesprek van drie minuten. Hooguit één herstemming.',
          en: 'All situations at a brisk pace; at the two or three situations you picked beforehand, a three-minute discussion. One re-vote at most.',
        },
      },
      {
        time: '48–57',
        part: { nl: 'Nabespreking', en: 'Debrief' },
        what: { nl: 'Waar de groep uitkwam tussen de vier perspectieven, één situatie terugkijken, twee reflectievragen.', en: 'Where the group landed among the four perspectives, look back at one situation, two reflection questions.' },
      },
      { time: '57–60', part: { nl: 'Afsluiting', en: 'Close' }, what: { nl: 'Wat neem je mee? Export bewaren.', en: 'What do you take away? Save the export.' } },
    ],
  },
  {
    minutes: 90,
    title: { nl: '90 minuten: het hele gesprek', en: '90 minutes: the full discussion' },
    lead: {
      nl: 'Eén scenario, met een gesprek bij elke situatie en tijd om te herstemmen.',
      en: 'One scenario, with a discussion at every situation and time to vote again.',
    },
    rows: [
      {
        time: '0–10',
        part: { nl: 'Welkom', en: 'Welcome' },
        what: { nl: 'Doel; ieder noemt in één zin een participatietraject uit het eigen werk.', en: 'Purpose; everyone names, in one sentence, a participation process from their own work.' },
      },
      {
        time: '10–20',
        part: { nl: 'Uitleg', en: 'Introduction' },
        what: { nl: 'De vier perspectieven en de vijf aanpakken, met voorbeelden uit de zaal.', en: 'The four perspectives and the five approaches, with examples from the room.' },
      },
      { time: '20–25', part: { nl: 'Meedoen', en: 'Joining' }, what: { nl: 'QR-code scannen, deur dicht, briefing voorlezen.', en: 'Scan the QR code, close the door, read the briefing.' } },
      {
        time: '25–70',
        part: { nl: 'Scenario', en: 'Scenario' },
        what: {
          nl: 'De eerste situatie is meteen de oefenronde. Bij elke situatie een kort gesprek; laat opnieuw stemmen waar de zaal verdeeld is.',
          en: 'The first situation doubles as the practice round. A short discussion at every situation; call a re-vote where the room is divided.',
        },
      },
      { time: '70–75', part: { nl: 'Pauze', en: 'Break' }, what: { nl: 'Korte pauze; mag ook vervallen.', en: 'Short break; may be skipped.' }, pause: true },
      {
        time: '75–87',
        part: { nl: 'Nabespreking', en: 'Debrief' },
        what: {
          nl: 'Meters en profiel; laat per perspectief iemand vertellen wat er verloren ging. Reflectie eerst in tweetallen, dan met de hele groep.',
          en: 'Meters and profile; for each perspective, let someone tell what was lost. Reflection first in pairs, then with the whole group.',
        },
      },
      { time: '87–90', part: { nl: 'Afsluiting', en: 'Close' }, what: { nl: 'Wat neem je mee? Export bewaren.', en: 'What do you take away? Save the export.' } },
    ],
  },
  {
    minutes: 180,
    title: { nl: '180 minuten: een dagdeel, twee scenario’s', en: '180 minutes: a half day, two scenarios' },
    lead: {
      nl: 'Twee scenario’s met een verschillende vorm van participatie, zodat de groep kan vergelijken.',
      en: 'Two scenarios with a different form of participation, so the group can compare.',
    },
    rows: [
      {
        time: '0–15',
        part: { nl: 'Welkom', en: 'Welcome' },
        what: { nl: 'Doel; ieder noemt een participatietraject uit het eigen werk en wat daar schuurde.', en: 'Purpose; everyone names a participation process from their own work and where it chafed.' },
      },
      {
        time: '15–35',
        part: { nl: 'Theorie', en: 'Theory' },
        what: {
          nl: 'Twee werelden en de black box, vier perspectieven, zes dilemma’s, vijf aanpakken. Vraag bij elk perspectief of de zaal het herkent.',
          en: 'Two worlds and the black box, four perspectives, six dilemmas, five approaches. For each perspective, ask whether the room recognises it.',
        },
      },
      { time: '35–40', part: { nl: 'Meedoen', en: 'Joining' }, what: { nl: 'QR-code scannen, deur dicht.', en: 'Scan the QR code, close the door.' } },
      {
        time: '40–85',
        part: { nl: 'Scenario 1', en: 'Scenario 1' },
        what: {
          nl: 'Bijvoorbeeld een scenario met inspraak. Bij elke situatie een gesprek; herstemmen waar het schuurt.',
          en: 'For example a scenario with consultation. A discussion at every situation; a re-vote where it chafes.',
        },
      },
      { time: '85–100', part: { nl: 'Nabespreking 1', en: 'Debrief 1' }, what: { nl: 'Meters, profiel, binnen en buiten naast elkaar.', en: 'Meters, profile, inside and outside side by side.' } },
      { time: '100–115', part: { nl: 'Pauze', en: 'Break' }, what: { nl: 'Koffie; bewaar de export van scenario 1.', en: 'Coffee; save the export of scenario 1.' }, pause: true },
      {
        time: '115–160',
        part: { nl: 'Scenario 2', en: 'Scenario 2' },
        what: {
          nl: 'Een nieuw scenario krijgt een nieuwe code: iedereen scant opnieuw. Kies een andere vorm, bijvoorbeeld zelforganisatie. Variant: laat elke tafel vooraf één perspectief verdedigen, hoe het ook uitvalt.',
          en: 'A new scenario gets a new code: everyone scans again. Choose another form, for example self-organisation. Variation: have each table argue for one perspective beforehand, whatever happens.',
        },
      },
      {
        time: '160–170',
        part: { nl: 'Vergelijken', en: 'Compare' },
        what: { nl: 'Leg de twee nabesprekingen naast elkaar: veranderde de vorm van participatie de dilemma’s?', en: 'Put the two debriefs side by side: did the form of participation change the dilemmas?' },
      },
      {
        time: '170–180',
        part: { nl: 'Naar de praktijk', en: 'Back to practice' },
        what: {
          nl: 'Wat zit in de eigen organisatie in de weg, en wat helpt? Wat doe je maandag anders? Export bewaren.',
          en: 'What stands in the way in people’s own organisation, and what helps? What will you do differently on Monday? Save the export.',
        },
      },
    ],
  },
];

// --- Which scenario for which group (the table itself is rendered from the catalogue) ---

export const SCENARIOS_UI = {
  lead: {
    nl: 'Dit overzicht komt uit de scenariobestanden zelf; het klopt dus ook als er scenario’s bijkomen. Kies een vorm van participatie die de groep uit het eigen werk kent, of juist een die nieuw voor ze is.',
    en: 'This overview comes from the scenario files themselves, so it stays true when scenarios are added. Choose a form of participation the group knows from its own work, or precisely one that is new to them.',
  },
  caption: { nl: 'Scenario’s in het spel ({n})', en: 'Scenarios in the game ({n})' },
  colScenario: { nl: 'Scenario', en: 'Scenario' },
  colForm: { nl: 'Vorm van participatie', en: 'Form of participation' },
  colRole: { nl: 'Je speelt bij', en: 'You play in' },
  colSituations: { nl: 'Situaties', en: 'Situations' },
  colSolo: { nl: 'Alleen (min)', en: 'Alone (min)' },
  colRoom: { nl: 'In de zaal (min)', en: 'In the room (min)' },
  colDilemmas: { nl: 'Dilemma’s', en: 'Dilemmas' },
  colLevels: { nl: 'Bedoeld voor', en: 'Made for' },
  situations: { nl: '{n} (+{extra} mogelijk)', en: '{n} (+{extra} possible)' },
  allDilemmas: { nl: 'alle zes', en: 'all six' },
  someDilemmas: { nl: '{n} van 6, zonder: {missing}', en: '{n} of 6, not: {missing}' },
  custom: { nl: 'eigen scenario', en: 'own scenario' },
  tableNote: {
    nl: 'Situaties: de vaste, plus hoeveel er door de keuzes kunnen bijkomen. In de zaal (suggestie): 4 minuten per situatie voor een vlotte ronde tot 8 met een gesprek, voor de vaste situaties plus één, zonder uitleg en nabespreking.',
    en: 'Situations: the fixed ones, plus how many the choices can add. In the room (a suggestion): 4 minutes per situation for a quick round up to 8 with a discussion, for the fixed situations plus one, without introduction and debrief.',
  },
  summariesHeading: { nl: 'Waar de scenario’s over gaan', en: 'What the scenarios are about' },
  formsHeading: { nl: 'De vormen van participatie in het spel', en: 'The forms of participation in the game' },
  loading: { nl: 'De scenario’s worden geladen…', en: 'Loading the scenarios…' },
  failed: {
    nl: 'De scenario’s konden niet worden geladen. Herlaad de pagina, of bekijk ze in het spel zelf.',
    en: 'The scenarios could not be loaded. Reload the page, or look at them in the game itself.',
  },
  quickHeading: { nl: 'Snel kiezen', en: 'Quick picks' },
  quickOnboarding: { nl: 'Voor nieuwe collega’s of een eerste kennismaking: {titles}.', en: 'For new colleagues or a first encounter: {titles}.' },
  quickShort: { nl: 'Weinig tijd? De minste vaste situaties ({n}): {titles}.', en: 'Short of time? The fewest fixed situations ({n}): {titles}.' },
  quickContrast: {
    nl: 'Voor een dagdeel met twee scenario’s: combineer {a}, een scenario met {formA}, met {b}, een scenario met {formB}. Vergelijk daarna of de vorm van participatie de dilemma’s verandert.',
    en: 'For a half day with two scenarios: pair {a}, a scenario built on {formA}, with {b}, a scenario built on {formB}. Then compare whether the form of participation changes the dilemmas.',
  },
};

/** Who a form suits, and how the game plays it (the game's own rules, src/engine/form.ts). */
export const FORM_FIT: Record<ParticipationForm, Text> = {
  consultation: {
    nl: 'Voor wie inspraak en raadplegingen organiseert. In het spel weegt de procedure zwaar en is het initiatief van bewoners broos.',
    en: 'For those who run consultations. In the game the procedure weighs heavily and residents’ initiative is fragile.',
  },
  advice: {
    nl: 'Voor wie bewoners om advies vraagt. In het spel is vertrouwen snel weg als een advies onbeantwoord blijft.',
    en: 'For those who ask residents for advice. In the game trust is quickly gone when advice goes unanswered.',
  },
  'co-production': {
    nl: 'Voor teams die samen met bewoners ontwerpen of uitvoeren. In het spel beweegt vertrouwen snel, beide kanten op.',
    en: 'For teams who design or deliver together with residents. In the game trust moves fast, both ways.',
  },
  'self-organisation': {
    nl: 'Voor wie bewonersinitiatieven ondersteunt. In het spel draait alles om het initiatief: dooft het, dan is het spel voorbij.',
    en: 'For those who support citizens’ initiatives. In the game everything turns on the initiative: if it dies out, the game is over.',
  },
};

// --- The discussion ---

export const DISCUSSION = {
  lead: {
    nl: 'Na de onthulling gebeurt het leren. Een paar vuistregels:',
    en: 'The learning happens after the reveal. A few rules of thumb:',
  },
  tips: [
    {
      nl: 'Er is geen goed antwoord. Elke aanpak heeft een prijs en geen enkele wint altijd; zo is het spel gebouwd. Beoordeel een stem dus niet als goed of fout.',
      en: 'There is no right answer. Every approach has a price and none always wins; the game is built that way. So do not judge a vote as right or wrong.',
    },
    {
      nl: 'Laat de zaal het werk doen: jij stelt vragen en vat samen. Stemmen is anoniem, dus vraag naar argumenten, niet naar wie wat koos.',
      en: 'Let the room do the work: you ask questions and sum up. Voting is anonymous, so ask for arguments, not for who chose what.',
    },
    {
      nl: 'Houd het kort. Drie minuten per situatie is vaak genoeg; bewaar de lange gesprekken voor de situaties die je vooraf koos.',
      en: 'Keep it short. Three minutes per situation is often enough; save the long discussions for the situations you picked beforehand.',
    },
    {
      nl: 'Kies ook eens bewust de aanpak van de minderheid (toetsen 1 tot en met 5) en kijk samen wat die doet.',
      en: 'Once, choose the minority’s approach on purpose (keys 1 to 5) and look together at what it does.',
    },
  ] as Text[],
  generalHeading: { nl: 'Vragen die altijd werken', en: 'Questions that always work' },
  general: [
    {
      nl: 'Geef eerst de minderheid het woord: wil iemand die anders koos vertellen wat de rest misschien over het hoofd zag?',
      en: 'Give the minority the floor first: would someone who chose differently say what the others may have missed?',
    },
    {
      nl: 'Wat merken de bewoners hiervan, morgen en over een halfjaar? Lees daarna samen wat het spel onder “{outside}” laat zien.',
      en: 'What will the residents notice of this, tomorrow and in six months? Then read together what the game shows under “{outside}”.',
    },
    {
      nl: 'Welk perspectief verloor bij deze keuze? Wie in de gemeente gaat dat merken, en wanneer?',
      en: 'Which perspective lost out with this choice? Who in the municipality will feel that, and when?',
    },
    {
      nl: 'Wie betaalt de prijs van deze aanpak: jij, een collega van een andere afdeling, de wethouder of de bewoners?',
      en: 'Who pays the price of this approach: you, a colleague in another department, the alderman or the residents?',
    },
    {
      nl: 'Na een herstemming: wie is van mening veranderd, en door welk argument?',
      en: 'After a re-vote: who changed their mind, and which argument did it?',
    },
  ] as Text[],
  perDilemmaHeading: { nl: 'Vragen per dilemma', en: 'Questions per dilemma' },
  perDilemmaLead: {
    nl: 'Het dilemma van de situatie staat op het scherm. Per dilemma: waar het schuurt, welke perspectieven aan welke kant trekken, en vragen om het gesprek te openen.',
    en: 'The situation’s dilemma is shown on the screen. For each dilemma: where it chafes, which perspectives pull which way, and questions to open the discussion.',
  },
  poles: { nl: 'De {a} overheid tegenover de {b} overheid.', en: '{a} government versus {b} government.' },
  and: { nl: 'en', en: 'and' },
};

/** The perspectives as adjectives, for "de rechtmatige en presterende overheid". */
export const PERSPECTIVE_ADJECTIVE: Record<Perspective, Text> = {
  lawful: { nl: 'rechtmatige', en: 'lawful' },
  performing: { nl: 'presterende', en: 'performing' },
  networking: { nl: 'netwerkende', en: 'networking' },
  responsive: { nl: 'responsieve', en: 'responsive' },
};

export interface DilemmaPrompts {
  tension: Text;
  questions: Text[];
  /** What the literature or the game says about this dilemma, to bring in when it helps. */
  tip?: Text;
}

export const DILEMMA_PROMPTS: Record<Dilemma, DilemmaPrompts> = {
  'rules-vs-flexibility': {
    tension: {
      nl: 'Aan de ene kant de vaste kaders: wetten, beleidsregels, procedures en wat politiek is afgesproken. Aan de andere kant bewoners die maatwerk vragen, en een ambtenaar die wil meebewegen.',
      en: 'On one side the fixed frames: laws, policy rules, procedures and what has been agreed politically. On the other, residents asking for a tailored answer, and an official who wants to move with them.',
    },
    questions: [
      { nl: 'Welke regel stond hier echt in de weg, en welke was vooral gewoonte?', en: 'Which rule truly stood in the way here, and which was mostly habit?' },
      {
        nl: 'Waar ligt de harde grens: juridisch, financieel of praktisch? En hoeveel ruimte is er binnen die grens nog?',
        en: 'Where is the hard limit: legal, financial or practical? And how much room is left inside it?',
      },
      { nl: 'Als je bewoners moet teleurstellen: hoe breng je dat zo dat ze blijven meedoen?', en: 'If you have to disappoint residents, how do you tell them so that they stay involved?' },
    ],
    tip: {
      nl: 'Volgens de literatuur past navigeren binnen regels hier het best: eerst de kaders op orde, dan ruimte geven. Vraag wat dat aan tijd kostte.',
      en: 'The literature sees navigating within the rules as the best fit here: meet the frames first, then give room. Ask what that cost in time.',
    },
  },
  'specialisation-vs-integration': {
    tension: {
      nl: 'Elke afdeling heeft haar eigen budget, doelen en vakkennis. Bewoners zien één gemeente en verwachten één antwoord, ook als hun vraag over drie afdelingen gaat.',
      en: 'Each department has its own budget, targets and expertise. Residents see one municipality and expect one answer, even when their question spans three departments.',
    },
    questions: [
      { nl: 'Wat kun jij beloven over het geld of de mensen van een andere afdeling?', en: 'What can you promise about another department’s money or people?' },
      { nl: 'Wie had er aan tafel moeten zitten, en wat kost het om ze daar te krijgen?', en: 'Who should have been at the table, and what does it take to get them there?' },
      { nl: 'Waaraan merkten de bewoners dat de gemeente uit afdelingen bestaat?', en: 'How did the residents notice that the municipality is made up of departments?' },
    ],
    tip: {
      nl: 'Afstemmen is de aanpak die de literatuur hier noemt; het kost tijd en overleg. Wie voor verkokeren kiest, krijgt dit dilemma later in het spel vaak terug: vraag of de zaal dat zag gebeuren.',
      en: 'Aligning is the approach the literature names here; it costs time and coordination. Whoever retreats into their silo often meets this dilemma again later in the game: ask whether the room saw that happen.',
    },
  },
  'performance-vs-responsiveness': {
    tension: {
      nl: 'Jaarplannen, doelen en planningen vragen om voorspelbare resultaten. Een buurtinitiatief heeft geen vaste uitkomst, kost tijd en groeit op vertrouwen.',
      en: 'Annual plans, targets and schedules ask for predictable results. A neighbourhood initiative is open-ended, needs time and grows on trust.',
    },
    questions: [
      {
        nl: 'Waarop wordt de leidinggevende in dit verhaal afgerekend, en telt dit initiatief daarin mee?',
        en: 'What is the manager in this story judged on, and does this initiative count towards it?',
      },
      {
        nl: 'Wat gebeurt er met het vertrouwen van bewoners als de planning wint? En met het jaarplan als de buurt wint?',
        en: 'What happens to residents’ trust when the schedule wins? And to the annual plan when the neighbourhood wins?',
      },
      { nl: 'Hoe maak je de tijd die zo’n traject kost zichtbaar in een planning of begroting?', en: 'How do you make the time such a process takes visible in a plan or budget?' },
    ],
  },
  'expert-vs-facilitator': {
    tension: {
      nl: 'Als vakspecialist bewaak je kwaliteit en normen. Als procesbegeleider haal je de kennis van bewoners over hun eigen buurt naar boven en laat je hen het werk doen.',
      en: 'As a specialist you guard quality and standards. As a facilitator you draw out residents’ knowledge of their own neighbourhood and let them do the work.',
    },
    questions: [
      { nl: 'Wie wist hier het meest, en waarover: de deskundige of de bewoners?', en: 'Who knew most here, and about what: the expert or the residents?' },
      { nl: 'Wanneer moet je als deskundige nee zeggen, ook als de buurt iets anders wil?', en: 'When must you, as the expert, say no, even if the neighbourhood wants something else?' },
      {
        nl: 'Hoe merk je dat je van rol moet wisselen, en hoe laat je bewoners weten in welke rol je spreekt?',
        en: 'How do you notice it is time to switch roles, and how do you let residents know which role you are speaking in?',
      },
    ],
  },
  'implement-vs-cocreate': {
    tension: {
      nl: 'Soms ligt er een politiek besluit of een resultaat dat geleverd moet worden, en is het jouw werk dat uit te voeren. Soms vraagt de situatie erom bewoners er al aan het begin bij te halen, voordat er iets vastligt.',
      en: 'Sometimes there is a political decision, or a result to deliver, and your job is to carry it out. Sometimes the situation calls for bringing residents in at the very start, before anything is fixed.',
    },
    questions: [
      {
        nl: 'Viel hier nog iets te kiezen, of lag het besluit al vast? Wat betekent dat voor wat je bewoners kunt vragen?',
        en: 'Was there still something to choose, or was the decision already made? What does that mean for what you can ask residents?',
      },
      { nl: 'Op welk moment hadden bewoners nog echt invloed kunnen hebben?', en: 'At what point could residents still have had real influence?' },
      { nl: 'Wat beloof je als je bewoners uitnodigt, en kun je dat waarmaken?', en: 'What do you promise when you invite residents, and can you keep that promise?' },
    ],
  },
  'individual-vs-shared': {
    tension: {
      nl: 'Participatie kan het vak zijn van een paar specialisten, of een taak van de hele organisatie. Ligt het bij een paar mensen, dan loopt het makkelijk naast het gewone werk en strandt de inbreng van bewoners zodra er besloten wordt.',
      en: 'Participation can be the trade of a few specialists, or a task for the whole organisation. When it rests with a few people, it easily runs alongside regular work, and residents’ input strands as soon as decisions are made.',
    },
    questions: [
      {
        nl: 'Wie voelde zich verantwoordelijk voor wat er met de inbreng van bewoners gebeurde, en wie niet?',
        en: 'Who felt responsible for what became of residents’ input, and who did not?',
      },
      { nl: 'Waar dreigde die inbreng te stranden: bij een afdeling, in het college of in de raad?', en: 'Where did that input risk getting stuck: in a department, with the executive or in the council?' },
      {
        nl: 'Wie moet er in jouw organisatie van zo’n traject weten, behalve de participatieadviseur?',
        en: 'Who in your organisation needs to know about such a process, besides the participation adviser?',
      },
    ],
    tip: {
      nl: 'In de praktijk helpt het vaak om de wethouder en de raad vroeg mee te nemen, zodat ze niet pas bij het raadsvoorstel van het traject horen. Vraag wie in de zaal dat doet, en hoe.',
      en: 'In practice it often helps to bring the alderman and the council along early, so they do not first hear of the process in the proposal to the council. Ask who in the room does that, and how.',
    },
  },
};

// --- When the network fails ---

export const NETWORK = {
  lead: {
    nl: 'Het spel zelf draait in de browser van de laptop; alleen het stemmen met telefoons heeft een verbinding nodig. Valt die weg, dan speel je gewoon door.',
    en: 'The game itself runs in the laptop’s browser; only voting by phone needs a connection. If it drops, you simply play on.',
  },
  cardsHeading: { nl: 'Stemkaarten of handen', en: 'Voting cards or hands' },
  cards: {
    nl: 'Noem de aanpakken één voor één en tel de handen, of laat iedereen een stemkaart opsteken met het nummer van de aanpak: {list}.',
    en: 'Name the approaches one by one and count hands, or have everyone hold up a voting card with the approach’s number: {list}.',
  },
  cardsPrioritise: {
    nl: 'Wint prioriteren, tel dan nog een keer: welk perspectief gaat voor? {list}.',
    en: 'If prioritise wins, count once more: which perspective comes first? {list}.',
  },
  groupHeading: { nl: 'Overstappen op de groepsmodus', en: 'Switching to group mode' },
  group: [
    {
      nl: 'Lukt het meedoen niet, dan meldt het scherm met de code dat de live-verbinding niet werkt en biedt het “{menuGroup}” aan: je speelt dan hetzelfde scenario, zonder telefoons. Weet je vooraf dat er geen netwerk is, kies dan op het beginscherm meteen “{menuGroup}”.',
      en: 'If joining fails, the screen with the code says the live connection does not work and offers “{menuGroup}”: you then play the same scenario, without phones. If you know beforehand that there is no network, choose “{menuGroup}” on the start screen straight away.',
    },
    {
      nl: 'Vul bij elke situatie onder “{groupHeading}” het aantal stemmen per aanpak in, bij prioriteren ook per perspectief. “{groupDecide}” speelt de keuze van de meerderheid; bij een gelijke stand kies je zelf.',
      en: 'At each situation, enter the number of votes per approach under “{groupHeading}”, and for prioritise per perspective too. “{groupDecide}” plays the majority’s choice; on a tie you choose yourself.',
    },
  ] as Text[],
  midwayHeading: { nl: 'Als de verbinding halverwege wegvalt', en: 'If the connection drops midway' },
  midway: [
    {
      nl: 'Telefoons bewaren hun stem en sturen die opnieuw zodra de verbinding terug is; het scherm meldt de storing en probeert het zelf opnieuw. Wacht even.',
      en: 'Phones keep their vote and send it again as soon as the connection is back; the screen reports the failure and keeps trying by itself. Wait a moment.',
    },
    {
      nl: 'Komt de verbinding niet terug, tel dan de handen en kies zelf de aanpak van de meerderheid op het scherm (toetsen 1 tot en met 5). Dat geldt als besluit, en het spel gaat verder.',
      en: 'If the connection does not come back, count hands and choose the majority’s approach on the screen yourself (keys 1 to 5). That counts as the decision, and the game carries on.',
    },
    {
      nl: 'Is de server de sessie kwijt, dan zegt het scherm dat. Start een nieuwe sessie: deelnemers doen mee met de nieuwe code, en het spel gaat verder waar je was.',
      en: 'If the server has lost the session, the screen says so. Start a new session: participants join with the new code, and the game carries on where you were.',
    },
    {
      nl: 'Per ongeluk de pagina herladen of het tabblad gesloten? Open het spel opnieuw in dezelfde browser; op het beginscherm kun je de workshop hervatten, en wie al meedeed, blijft erin.',
      en: 'Reloaded the page or closed the tab by accident? Open the game again in the same browser; on the start screen you can resume the workshop, and whoever had joined stays in.',
    },
  ] as Text[],
  keptHeading: { nl: 'Wat bewaard blijft', en: 'What is kept' },
  kept: [
    {
      nl: 'Alle keuzes van de groep tot nu toe staan in het spel op de laptop. De nabespreking en de export van het spel werken ook in de groepsmodus.',
      en: 'All the group’s choices so far are in the game on the laptop. The debrief and the game’s export work in group mode too.',
    },
    {
      nl: 'De export van de workshop bevat alleen stemmen die de server bereikten. De groepsmodus bewaart geen losse stemmen en ook niet de aantallen die je intypt: schrijf ze op de flip-over als je ze in de nabespreking wilt gebruiken.',
      en: 'The workshop export holds only the votes that reached the server. Group mode keeps no individual votes, nor the numbers you type in: write them on the flip chart if you want them in the debrief.',
    },
  ] as Text[],
};
