import { DILEMMA_INFO, PERSPECTIVE_INFO, STRATEGY_INFO, type EffectPart, type Lang } from '../../engine';
import { formName, formatDelta, meterName, stanceName, t } from './i18n';

/** Looks up what a part refers to by id, such as an earlier situation's title. */
export interface PartContext {
  situationTitle(id: string): string;
}

const perspective = (lang: Lang, p: keyof typeof PERSPECTIVE_INFO) => PERSPECTIVE_INFO[p].name[lang].split(' ')[0]!.toLowerCase();
const meter = (lang: Lang, m: Parameters<typeof meterName>[1]) => meterName(lang, m).toLowerCase();
const strategy = (lang: Lang, s: keyof typeof STRATEGY_INFO) => STRATEGY_INFO[s].name[lang].toLowerCase();

export function describePart(lang: Lang, part: EffectPart, context: PartContext): string {
  switch (part.rule) {
    case 'fit': {
      const params = { strategy: strategy(lang, part.strategy), dilemma: DILEMMA_INFO[part.dilemma].name[lang].toLowerCase() };
      return t(lang, part.theoryFit ? 'partFitTheory' : 'partFit', params);
    }
    case 'situation-override':
      return t(lang, 'partOverride');
    case 'situation-adjust':
      return t(lang, 'partAdjust');
    case 'time':
      return t(lang, part.again ? 'partTimeAgain' : 'partTime', { strategy: strategy(lang, part.strategy) });
    case 'pressure':
      return t(lang, 'partPressure', { turn: part.turn });
    case 'waiting':
      return t(lang, 'partWaiting');
    case 'frames-unmet':
      return t(lang, 'partFramesUnmet');
    case 'room-outside-rules':
      return t(lang, 'partRoomOutsideRules', { meter: meter(lang, part.meter) });
    case 'routine':
      return t(lang, 'partRoutine', { count: part.count, meter: meter(lang, part.meter) });
    case 'priority': {
      const key = part.perCase ? 'partPriorityPerCase' : part.onSide ? 'partPriority' : 'partPriorityBystander';
      return t(lang, key, {
        perspective: PERSPECTIVE_INFO[part.perspective].name[lang].toLowerCase(),
        raised: meter(lang, part.raised),
        lowered: part.lowered.map((m) => meter(lang, m)).join(` ${t(lang, 'and')} `),
      });
    }
    case 'precedent':
      return t(lang, 'partPrecedent', { situation: context.situationTitle(part.situationId) });
    case 'policy-line':
      return t(lang, 'partPolicyLine', { line: part.line[lang] });
    case 'strain':
      return t(lang, 'partStrain', { perspective: PERSPECTIVE_INFO[part.perspective].name[lang].toLowerCase(), level: part.level, meter: meter(lang, part.meter) });
    case 'switch':
      return t(lang, 'partSwitch', { released: part.released, meter: meter(lang, part.meter), from: perspective(lang, part.from) });
    case 'hierarchy':
      return t(lang, 'partHierarchy', { stance: stanceName(lang, part.stance) });
    case 'escalation-fatigue':
      return t(lang, 'partEscalationFatigue', { count: part.count });
    case 'silo-relief':
      return t(lang, 'partSiloRelief', { department: part.department[lang], meter: meter(lang, part.meter) });
    case 'silo-debt':
      return t(lang, 'partSiloDebt', { debt: part.debt });
    case 'silo-repaid':
      return t(lang, 'partSiloRepaid', { debt: part.debt });
    case 'stranded-input':
      return t(lang, 'partStrandedInput', { debt: part.debt });
    case 'reward':
      return t(lang, 'partReward', { note: part.note[lang] });
    case 'participation-form':
      return t(lang, 'partParticipationForm', { form: formName(lang, part.form).toLowerCase() });
  }
}

/** "Fits this dilemma …: +5 legitimacy, −5 efficiency" */
export function describePartWithDelta(lang: Lang, part: EffectPart, context: PartContext): string {
  return `${describePart(lang, part, context)}: ${formatDelta(lang, part.delta)}`;
}
