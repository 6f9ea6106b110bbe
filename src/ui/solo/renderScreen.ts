// One render function per machine state. Each returns a fresh <section> built from the
// snapshot's context; buttons only send events.
import {
  DILEMMA_INFO,
  METERS,
  crisisFloor,
  literatureFor,
  precedentFor,
  previewChoice,
  previewStrategy,
  stageAt,
  type Strength,
  PERSPECTIVES,
  PERSPECTIVE_INFO,
  STRATEGIES,
  STRATEGY_INFO,
  type Consequence,
  type Lang,
} from '../../engine';
import { optionText } from '../../scenario/optionText';
import { findSituation } from '../../engine/rules';
import type { Meter } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import type { GameContext, GameEvent } from '../../flow/gameMachine';
import { button, h } from '../shared/dom';
import { forSituation, heading, kicker, meterTable, paragraphs, primary, screen, secondary, type ScreenName } from '../shared/screenParts';

export type { ScreenName };
import { scenarioSelectScreen, type LibraryUi } from './scenarioSelectScreen';
import { debriefScreen, type DebriefUi } from './debriefScreen';
import { glossaryScreen, historyScreen, introScreen, type LearningUi } from '../learning/learningScreens';
import type { SavedGame } from './savedGame';
import { groupPanel, handoffControls, joinCorner, livePanel, lobbyScreen, optionResult, roomControls, sessionExportSection, type GroupUi, type LiveUi } from '../live/liveScreens';
import { describePartWithDelta, type PartContext } from '../shared/describePart';
import {
  advisorName,
  advisorRole,
  balanceText,
  balanceTitle,
  choiceLabel,
  endingTitle,
  fateText,
  fateTitle,
  flagName,
  formName,
  meterName,
  stageName,
  stanceName,
  t,
  tx,
} from '../shared/i18n';


export interface ScreenProps {
  screen: ScreenName;
  ctx: GameContext;
  lang: Lang;
  send: (event: GameEvent) => void;
  /** Whether strategy buttons show which meters they touch, and how to change that. */
  preview?: { on: boolean; set(on: boolean): void };
  library?: LibraryUi;
  learning?: LearningUi;
  debriefUi?: DebriefUi;
  live?: LiveUi;
  group?: GroupUi;
  resume?: ResumeUi;
  presentation?: { on: boolean; set(on: boolean): void };
}

/** A saved solo game to carry on with, or the plain-words reason why it could not be kept. */
export interface ResumeUi {
  saved: SavedGame;
  resume(): void;
  discard(): void;
}

export function renderScreen(props: ScreenProps): HTMLElement {
  const el = renderOne(props);
  // In a workshop the code and a QR code stay in a corner, for whoever comes in late.
  if (props.ctx.mode === 'live' && props.live && props.screen !== 'lobby' && props.screen !== 'title' && props.screen !== 'scenarioSelect') {
    const corner = joinCorner(props.lang, props.live);
    if (corner) el.append(corner);
  }
  return el;
}

function renderOne(props: ScreenProps): HTMLElement {
  switch (props.screen) {
    case 'title':
      return titleScreen(props);
    case 'scenarioSelect':
      return scenarioSelect(props);
    case 'briefing':
      return briefingScreen(props);
    case 'situation':
      return situationScreen(props);
    case 'choosingPriority':
      return choosingPriorityScreen(props);
    case 'consequence':
      return consequenceScreen(props);
    case 'ending':
      return endingScreen(props);
    case 'debrief': {
      const el = debriefScreen(props.ctx, props.lang, props.send, props.debriefUi, props.ctx.mode === 'live' ? props.live?.roomRounds : null);
      if (props.ctx.mode === 'live' && props.live?.code) el.querySelector('.export')?.after(sessionExportSection(props.lang, props.live));
      return el;
    }
    case 'intro':
      return introScreen(props.ctx, props.lang, props.send, props.learning);
    case 'glossary':
      return glossaryScreen(props.lang, props.send);
    case 'history':
      return historyScreen(props.lang, props.send, props.learning);
    case 'lobby':
      return lobbyScreen(props.ctx, props.lang, props.send, props.live);
  }
}

function resumeCard(lang: Lang, resume: ResumeUi): HTMLElement | null {
  const saved = resume.saved;
  if (saved.status === 'broken') return h('p', { class: 'note', attrs: { role: 'status' }, text: t(lang, `saveBroken_${saved.problem}`) });
  if (saved.status !== 'ok') return null;
  return h(
    'section',
    { class: 'card resume', attrs: { 'aria-labelledby': 'resume-heading' } },
    h('h2', { id: 'resume-heading', text: t(lang, 'resumeHeading') }),
    h('p', { text: t(lang, 'resumeLead', { title: tx(lang, saved.scenario.title), n: saved.state.history.length + 1 }) }),
    h(
      'div',
      { class: 'actions' },
      button(t(lang, 'resumeButton'), () => resume.resume(), { class: 'btn btn-primary', attrs: { 'data-focus-key': 'resume' } }),
      secondary(t(lang, 'resumeDiscard'), () => resume.discard(), 'discard-save'),
    ),
  );
}

/** A workshop this browser was running: back into it, with the phones still in the room. */
function workshopResumeCard(ctx: GameContext, lang: Lang, live: LiveUi): HTMLElement | null {
  if (live.savedBroken && !live.saved) return h('p', { class: 'note', attrs: { role: 'status' }, text: t(lang, 'workshopRecordBroken') });
  const saved = live.saved;
  if (!saved) return live.resumeError ? h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: live.resumeError }) : null;
  const entry = ctx.catalog.find((e) => e.ok && e.scenario.id === saved.scenarioId);
  const title = entry?.ok ? tx(lang, entry.scenario.title) : saved.scenarioId;
  return h(
    'section',
    { class: 'card resume resume-workshop', attrs: { 'aria-labelledby': 'resume-workshop-heading' } },
    h('h2', { id: 'resume-workshop-heading', text: t(lang, 'workshopResumeHeading', { code: saved.code }) }),
    h('p', { text: t(lang, saved.decided ? 'workshopResumeLead' : 'workshopResumeLeadLobby', { title, n: saved.decided }) }),
    live.resumeError ? h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: live.resumeError }) : null,
    h(
      'div',
      { class: 'actions' },
      button(live.resuming ? t(lang, 'workshopResuming') : t(lang, 'workshopResumeButton', { code: saved.code }), () => live.resumeWorkshop(), {
        class: 'btn btn-primary',
        attrs: { 'data-focus-key': 'resume-workshop', 'aria-disabled': live.resuming ? 'true' : undefined },
      }),
      secondary(t(lang, 'workshopForget'), () => live.forgetWorkshop(), 'forget-workshop'),
    ),
  );
}

function titleScreen({ ctx, lang, send, learning, resume, live, presentation }: ScreenProps): HTMLElement {
  const menu = h(
    'nav',
    { class: 'title-menu', attrs: { 'aria-label': t(lang, 'menuLabel') } },
    secondary(t(lang, 'menuIntro'), () => send({ type: 'intro.open' }), 'menu-intro'),
    secondary(t(lang, 'menuGlossary'), () => send({ type: 'glossary.open' }), 'menu-glossary'),
    secondary(t(lang, 'menuLive'), () => send({ type: 'mode.choose', mode: 'live' }), 'menu-live'),
    secondary(t(lang, 'menuGroup'), () => send({ type: 'mode.choose', mode: 'group' }), 'menu-group'),
    h('a', { class: 'btn btn-secondary', text: t(lang, 'menuJoin'), attrs: { href: '#join', 'data-focus-key': 'menu-join' } }),
    learning?.history.length ? secondary(t(lang, 'menuHistory', { n: learning.history.length }), () => send({ type: 'history.open' }), 'menu-history') : null,
    h('a', { class: 'btn btn-secondary', attrs: { href: lang === 'en' ? '#guide/en' : '#guide', target: '_blank', rel: 'noopener', 'data-focus-key': 'menu-guide' } }, t(lang, 'guideLink'), h('span', { class: 'visually-hidden', text: ` ${t(lang, 'newTab')}` })),
    presentation
      ? button(t(lang, 'presentationMode'), () => presentation.set(!presentation.on), {
          class: 'btn btn-secondary',
          attrs: { 'aria-pressed': presentation.on ? 'true' : 'false', 'data-focus-key': 'menu-presentation' },
        })
      : null,
  );
  return screen(
    'title',
    h('img', { class: 'hero', attrs: { src: './spagaat-hero.svg', alt: '', width: 640, height: 260 } }),
    heading(t(lang, 'titleHeading')),
    h('p', { class: 'tagline', text: t(lang, 'brandTagline') }),
    h('p', { class: 'lead', text: t(lang, 'titleLead') }),
    h('p', { text: t(lang, 'titleBody') }),
    h(
      'ul',
      { class: 'perspective-strip' },
      ...PERSPECTIVES.map((p) =>
        h('li', { class: `perspective-card perspective-${p}` }, h('strong', { text: PERSPECTIVE_INFO[p].name[lang] }), h('span', { text: meterName(lang, PERSPECTIVE_INFO[p].meter) })),
      ),
    ),
    learning && !learning.introSeen ? h('p', { class: 'note first-visit', text: t(lang, 'firstVisitHint') }) : null,
    live ? workshopResumeCard(ctx, lang, live) : null,
    resume ? resumeCard(lang, resume) : null,
    h('div', { class: 'actions' }, primary(t(lang, 'start'), () => send({ type: 'game.start' }), 'start', 'Enter')),
    menu,
    h('p', { class: 'hint', text: t(lang, 'titleKeys') }),
  );
}

function scenarioSelect({ ctx, lang, send, library }: ScreenProps): HTMLElement {
  return screen(
    'scenarioSelect',
    heading(t(lang, 'chooseScenarioHeading')),
    h('p', { class: 'lead', text: t(lang, 'chooseScenarioLead') }),
    ...scenarioSelectScreen(lang, ctx.catalog, ctx.catalogReady, send, library),
    h('div', { class: 'actions' }, secondary(t(lang, 'back'), () => send({ type: 'nav.back' }), 'back', 'Escape')),
  );
}

function needScenario(ctx: GameContext): Scenario {
  if (!ctx.scenario || !ctx.game) throw new Error('No scenario is being played');
  return ctx.scenario;
}

function quitButton(lang: Lang, send: ScreenProps['send']): HTMLButtonElement {
  return secondary(t(lang, 'quit'), () => send({ type: 'game.quit' }), 'quit');
}

function briefingScreen({ ctx, lang, send }: ScreenProps): HTMLElement {
  const s = needScenario(ctx);
  return screen(
    'briefing',
    kicker(t(lang, 'briefingHeading'), `${t(lang, 'municipality')} ${s.municipality}`, formName(lang, s.participationForm)),
    heading(tx(lang, s.title)),
    ...paragraphs(tx(lang, s.briefing), 'lead'),
    h('section', { class: 'card proposal', attrs: { 'aria-labelledby': 'proposal-heading' } },
      h('h2', { id: 'proposal-heading', text: `${t(lang, 'proposal')}: ${tx(lang, s.proposal.title)}` }),
      ...paragraphs(tx(lang, s.proposal.description)),
    ),
    h('section', { attrs: { 'aria-labelledby': 'role-heading' } }, h('h2', { id: 'role-heading', text: t(lang, 'yourRole') }), ...paragraphs(tx(lang, s.role))),
    h('section', { attrs: { 'aria-labelledby': 'cast-heading' } },
      h('h2', { id: 'cast-heading', text: t(lang, 'cast') }),
      h('ul', { class: 'cast' }, ...s.cast.map((c) => h('li', {}, h('strong', { text: c.name }), ` — ${tx(lang, c.role)}`))),
    ),
    h('div', { class: 'actions' }, primary(t(lang, 'beginScenario'), () => send({ type: 'game.continue' }), 'continue', 'Enter'), quitButton(lang, send)),
  );
}

function situationKicker(lang: Lang, ctx: GameContext): HTMLParagraphElement {
  const s = needScenario(ctx);
  const situation = findSituation(s, ctx.game?.current ?? '');
  const n = (ctx.game?.history.length ?? 0) + 1;
  return kicker(t(lang, 'situationOf', { n }), stageName(lang, situation.stage), `${t(lang, 'dilemma')}: ${DILEMMA_INFO[situation.dilemma].name[lang]}`);
}

const STRENGTH_DOTS = ['', '●', '●●', '●●●'];

/** Which meters a strategy touches and how strongly, never in which direction. */
function previewLine(lang: Lang, preview: Record<Meter, Strength>): HTMLElement {
  const touched = METERS.filter((m) => preview[m] > 0);
  const text = touched.length
    ? touched.map((m) => `${meterName(lang, m)} ${t(lang, `previewStrength_${preview[m] as 1 | 2 | 3}`)}`).join(', ')
    : t(lang, 'previewNone');
  return h(
    'span',
    { class: 'preview' },
    h('span', { class: 'visually-hidden', text: `${t(lang, 'previewLabel')}: ${text}` }),
    h('span', { class: 'preview-label', text: `${t(lang, 'previewLabel')}:`, attrs: { 'aria-hidden': 'true' } }),
    ...touched.map((m) => h('span', { class: `preview-chip meter-${m}`, attrs: { 'aria-hidden': 'true' } }, `${meterName(lang, m)} `, h('b', { text: STRENGTH_DOTS[preview[m]]! }))),
  );
}

function situationScreen({ ctx, lang, send, preview, live, group }: ScreenProps): HTMLElement {
  const s = needScenario(ctx);
  const game = ctx.game!;
  const situation = findSituation(s, game.current ?? '');
  const crisis = situation.kind === 'strain-crisis' && game.strain.perspective;
  const advisors = PERSPECTIVES.map((p) => {
    const open = ctx.consulted.includes(p);
    const panelId = `advice-${p}`;
    return h(
      'li',
      { class: `advisor advisor-${p}${open ? ' is-open' : ''}` },
      button(
        [
          h('span', { class: 'advisor-avatar', text: advisorName(lang, p).charAt(0), attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: 'advisor-who' }, h('strong', { text: advisorName(lang, p) }), h('span', { text: `${advisorRole(lang, p)} · ${PERSPECTIVE_INFO[p].name[lang]}` })),
        ],
        () => send({ type: 'advisor.consult', perspective: p }),
        { class: 'advisor-button', attrs: { 'aria-expanded': open ? 'true' : 'false', 'aria-controls': panelId, 'data-focus-key': `advisor-${p}` } },
      ),
      h('blockquote', { id: panelId, class: 'advice', attrs: { hidden: !open } }, h('p', { text: tx(lang, situation.advisors[p]) })),
    );
  });
  const strategies = STRATEGIES.map((strategy, i) =>
    h(
      'li',
      {},
      button(
        [
          h('span', { class: 'key', text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
          h(
            'span',
            { class: 'strategy-text' },
            h('strong', { text: STRATEGY_INFO[strategy].name[lang] }),
            h('span', { text: tx(lang, situation.options[strategy].label) }),
            ctx.mode === 'live' ? optionResult(lang, live, strategy) : null,
            preview?.on
              ? strategy === 'prioritise'
                ? h('span', { class: 'preview' }, h('span', { class: 'preview-label', text: `${t(lang, 'previewLabel')}: ${t(lang, 'previewDepends')}` }))
                : previewLine(lang, previewStrategy(s, game, strategy))
              : null,
          ),
        ],
        () => send({ type: 'strategy.choose', strategy }),
        { class: `strategy strategy-${strategy}`, attrs: { 'aria-keyshortcuts': String(i + 1), 'data-focus-key': `strategy-${strategy}` } },
      ),
    ),
  );
  return forSituation(screen(
    'situation',
    // The story on one side and the room's choice on the other: side by side on a projector.
    h('div', { class: 'situation-story' },
      situationKicker(lang, ctx),
      heading(tx(lang, situation.title)),
      crisis
        ? h('div', { class: 'crisis-banner', attrs: { role: 'note' } },
            h('strong', { text: t(lang, 'crisisHeading') }),
            ' ',
            t(lang, 'crisisLead', { perspective: PERSPECTIVE_INFO[crisis].name[lang].toLowerCase() }),
          )
        : null,
      ...paragraphs(tx(lang, situation.text), 'lead'),
      h('section', { class: 'advisors', attrs: { 'aria-labelledby': 'advisors-heading' } },
        h('h2', { id: 'advisors-heading', text: t(lang, 'advisorsHeading') }),
        h('p', { class: 'hint', text: t(lang, 'advisorsLead') }),
        h('ul', { class: 'advisor-list' }, ...advisors),
      ),
    ),
    h('div', { class: 'situation-room' },
      ctx.mode === 'live' && live ? livePanel(lang, live) : null,
      ctx.mode === 'group' && group ? groupPanel(lang, group) : null,
      h('section', { class: 'strategies', attrs: { 'aria-labelledby': 'strategies-heading' } },
        h('h2', { id: 'strategies-heading', text: t(lang, 'strategiesHeading') }),
        h('p', { class: 'hint', text: t(lang, 'strategiesLead') }),
        preview
          ? h('label', { class: 'toggle' },
              h('input', {
                attrs: { type: 'checkbox', checked: preview.on, 'data-focus-key': 'preview-toggle' },
                on: { change: (e) => preview.set((e.target as HTMLInputElement).checked) },
              }),
              ` ${t(lang, 'previewToggle')}`,
            )
          : null,
        h('ol', { class: 'strategy-list' }, ...strategies),
      ),
    ),
    h('div', { class: 'actions' }, quitButton(lang, send)),
    // The door and the room's size stay at hand, below what the room reads.
    ctx.mode === 'live' && live ? roomControls(lang, live, 'h2') : null,
    ctx.mode === 'live' && live ? handoffControls(lang, live) : null,
  ), situation);
}

function choosingPriorityScreen({ ctx, lang, send, preview }: ScreenProps): HTMLElement {
  const s = needScenario(ctx);
  const game = ctx.game!;
  const situation = findSituation(s, game.current ?? '');
  const blocked = situation.kind === 'strain-crisis' ? game.strain.perspective : null;
  const option = (p: (typeof PERSPECTIVES)[number], i: number | null, perCase: boolean) => {
    const info = PERSPECTIVE_INFO[p];
    const closed = p === blocked;
    return h(
      'li',
      {},
      button(
        [
          i === null ? null : h('span', { class: 'key', text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: 'strategy-text' },
            h('strong', { text: perCase ? t(lang, 'perCaseOption', { name: info.name[lang] }) : t(lang, 'putFirst', { name: info.name[lang] }) }),
            h('span', { text: closed ? t(lang, 'blockedPerspective') : info.values.map((v) => v[lang]).join(', ') }),
            !closed && situation.options.prioritise.byPerspective?.[p]?.policyLine
              ? h('span', { class: 'policy-line', text: t(lang, 'policyLineOption', { line: tx(lang, situation.options.prioritise.byPerspective[p]!.policyLine!) }) })
              : null,
            preview?.on && !closed ? previewLine(lang, previewChoice(s, game, { strategy: 'prioritise', perspective: p, perCase })) : null,
          ),
        ],
        () => send({ type: 'perspective.choose', perspective: p, perCase }),
        {
          class: `strategy perspective-option perspective-${p}${closed ? ' is-closed' : ''}`,
          attrs: { 'aria-keyshortcuts': i === null ? undefined : String(i + 1), 'data-focus-key': `${perCase ? 'case' : 'perspective'}-${p}`, disabled: closed },
        },
      ),
    );
  };
  const precedent = precedentFor(s, game, situation);
  return screen(
    'choosingPriority',
    kicker(tx(lang, situation.title), STRATEGY_INFO.prioritise.name[lang]),
    heading(t(lang, 'prioritiseHeading')),
    h('p', { class: 'lead', text: tx(lang, situation.options.prioritise.label) }),
    h('p', { class: 'hint', text: t(lang, 'prioritiseLead') }),
    game.strain.level > 0 && game.strain.perspective
      ? h('p', { class: 'note', text: t(lang, 'strainNote', { level: game.strain.level, perspective: PERSPECTIVE_INFO[game.strain.perspective].name[lang].toLowerCase() }) })
      : null,
    h('ol', { class: 'strategy-list' }, ...PERSPECTIVES.map((p, i) => option(p, i, false))),
    precedent
      ? h('section', { attrs: { 'aria-labelledby': 'per-case-heading' } },
          h('h2', { id: 'per-case-heading', text: t(lang, 'perCaseHeading') }),
          h('p', { class: 'hint', text: t(lang, 'perCaseLead', { situation: tx(lang, findSituation(s, precedent).title) }) }),
          h('ul', { class: 'strategy-list' }, ...PERSPECTIVES.map((p) => option(p, null, true))),
        )
      : null,
    h('div', { class: 'actions' }, secondary(t(lang, 'back'), () => send({ type: 'nav.back' }), 'back', 'Escape')),
  );
}


function partContext(lang: Lang, scenario: Scenario): PartContext {
  return { situationTitle: (id) => tx(lang, findSituation(scenario, id).title) };
}

/** What the choice did to the proposal, the flags it set and the hierarchy's new stance. */
function journeyNotes(lang: Lang, scenario: Scenario, c: Consequence): HTMLElement[] {
  const stage = stageName(lang, stageAt(c.journey)).toLowerCase();
  const notes = [t(lang, `move_${c.move}`, { stage })];
  for (const flag of c.flagsSet) notes.push(t(lang, 'flagSet', { flag: flagName(lang, flag, scenario) }));
  if (c.stance) notes.push(t(lang, 'stanceNow', { stance: stanceName(lang, c.stance) }));
  return notes.map((text) => h('p', { class: 'journey-note', text }));
}

function sourcesLine(lang: Lang, situation: { sources?: string[] | undefined }, c: Consequence): HTMLElement {
  return h('p', { class: 'sources', text: `${t(lang, 'literature')}: ${literatureFor(c.dilemma, c.choice.strategy, situation.sources).join('; ')}` });
}

function effectList(lang: Lang, scenario: Scenario, consequence: Consequence): HTMLUListElement {
  // A part that moved nothing explains nothing; leave it out.
  const parts = consequence.parts.filter((part) => Object.values(part.delta).some((v) => v));
  const context = partContext(lang, scenario);
  return h('ul', { class: 'effect-parts' }, ...parts.map((part) => h('li', { class: `part part-${part.rule}`, text: describePartWithDelta(lang, part, context) })));
}

function consequenceScreen({ ctx, lang, send }: ScreenProps): HTMLElement {
  const s = needScenario(ctx);
  const consequence = ctx.consequence;
  if (!consequence) throw new Error('No consequence to show');
  const situation = findSituation(s, consequence.situationId);
  const texts = optionText(situation, consequence.choice);
  const ended = (ctx.game?.ending ?? null) !== null;
  return screen(
    'consequence',
    kicker(tx(lang, situation.title), `${t(lang, 'dilemma')}: ${DILEMMA_INFO[situation.dilemma].name[lang]}`),
    heading(t(lang, 'consequenceHeading')),
    h('p', { class: 'your-choice' }, h('strong', { text: `${t(lang, ctx.mode === 'solo' ? 'yourChoice' : 'groupChoiceLabel')}: ${choiceLabel(lang, consequence.choice)}` }), h('br'), tx(lang, texts.label)),
    h('div', { class: 'inside-outside' },
      h('section', { class: 'card inside', attrs: { 'aria-labelledby': 'inside-heading' } }, h('h2', { id: 'inside-heading', text: t(lang, 'inside') }), h('p', { text: tx(lang, texts.inside) })),
      h('section', { class: 'card outside', attrs: { 'aria-labelledby': 'outside-heading' } }, h('h2', { id: 'outside-heading', text: t(lang, 'outside') }), h('p', { text: tx(lang, texts.outside) })),
    ),
    h('section', { class: 'card journey-card', attrs: { 'aria-labelledby': 'journey-move-heading' } },
      h('h2', { id: 'journey-move-heading', text: t(lang, 'journeyMoveHeading') }),
      ...journeyNotes(lang, s, consequence),
    ),
    h('section', { attrs: { 'aria-labelledby': 'effect-heading' } },
      h('h2', { id: 'effect-heading', text: t(lang, 'effectHeading') }),
      effectList(lang, s, consequence),
      sourcesLine(lang, situation, consequence),
    ),
    meterTable(lang, t(lang, 'meterChanges'), consequence.before, consequence.after),
    h('div', { class: 'actions' },
      primary(t(lang, ended ? 'toEnding' : 'continue'), () => send({ type: 'game.continue' }), 'continue', 'Enter'),
      quitButton(lang, send),
    ),
  );
}

function endingScreen({ ctx, lang, send }: ScreenProps): HTMLElement {
  const s = needScenario(ctx);
  const game = ctx.game!;
  const ending = game.ending;
  if (!ending) throw new Error('The game has not ended');
  const crisis = ending.kind === 'crisis';
  return screen(
    'ending',
    kicker(t(lang, 'endingHeading')),
    heading(endingTitle(lang, ending, s)),
    crisis ? h('p', { class: 'lead ending-crisis', text: t(lang, `ending_crisis_${ending.meter}_text`) }) : null,
    crisis && crisisFloor(s.participationForm)[ending.meter] > 0
      ? h('p', {
          class: 'hint',
          text: t(lang, 'crisisFloorNote', { form: formName(lang, s.participationForm).toLowerCase(), meter: meterName(lang, ending.meter).toLowerCase(), floor: crisisFloor(s.participationForm)[ending.meter] }),
        })
      : null,
    h('section', { class: 'card fate', attrs: { 'aria-labelledby': 'fate-heading' } },
      h('h2', { id: 'fate-heading', text: crisis ? `${t(lang, 'fateHeading')}: ${fateTitle(lang, ending.fate, s)}` : t(lang, 'fateHeading') }),
      h('p', { text: fateText(lang, ending.fate, game.journey, s) }),
    ),
    ending.kind === 'completed'
      ? h('section', { class: 'card craft', attrs: { 'aria-labelledby': 'craft-heading' } },
          h('h2', { id: 'craft-heading', text: `${t(lang, 'craftHeading')}: ${balanceTitle(lang, ending.balance)}` }),
          h('p', { text: balanceText(lang, ending.balance) }),
        )
      : null,
    meterTable(lang, t(lang, 'finalMeters'), null, game.meters),
    h('div', { class: 'actions' }, primary(t(lang, 'toDebrief'), () => send({ type: 'game.continue' }), 'continue', 'Enter')),
  );
}

