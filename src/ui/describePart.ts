import { DILEMMA_INFO, PERSPECTIVE_INFO, STRATEGY_INFO, type EffectPart, type Lang } from '../engine';
import { formatDelta, meterName, stanceName, t } from './i18n';

/** Looks up what a part refers to by id, such as an earlier situation's title. */
export interface PartContext {
  situationTitle(id: string): string;
}

const perspective = (lang: Lang, p: keyof typeof PERSPECTIVE_INFO) => PERSPECTIVE_INFO[p].name[lang].split(' ')[0]!.toLowerCase();
const meter = (lang: Lang, m: Parameters<typeof meterName>[1]) => meterName(lang, m).toLowerCase();

export function describePart(lang: Lang, part: EffectPart, context: PartContext): string {
  switch (part.rule) {
    case 'fit': {
      const params = { strategy: STRATEGY_INFO[part.strategy].name[lang].toLowerCase(), dilemma: DILEMMA_INFO[part.dilemma].name[lang].toLowerCase() };
      return t(lang, part.theoryFit ? 'partFitTheory' : 'partFit', params);
    }
    case 'situation-override':
      return t(lang, 'partOverride');
    case 'situation-adjust':
      return t(lang, 'partAdjust');
    case 'priority':
      return t(lang, part.perCase ? 'partPriorityPerCase' : 'partPriority', {
        perspective: PERSPECTIVE_INFO[part.perspective].name[lang].toLowerCase(),
        raised: meter(lang, part.raised),
        lowered: meter(lang, part.lowered),
      });
    case 'precedent':
      return t(lang, 'partPrecedent', { situation: context.situationTitle(part.situationId) });
    case 'strain':
      return t(lang, 'partStrain', { perspective: PERSPECTIVE_INFO[part.perspective].name[lang].toLowerCase(), level: part.level, meter: meter(lang, part.meter) });
    case 'switch':
      return t(lang, 'partSwitch', { released: part.released, meter: meter(lang, part.meter), from: perspective(lang, part.from) });
    case 'hierarchy':
      return t(lang, 'partHierarchy', { stance: stanceName(lang, part.stance) });
    case 'escalation-fatigue':
      return t(lang, 'partEscalationFatigue', { count: part.count });
    case 'silo-debt':
      return t(lang, 'partSiloDebt', { debt: part.debt });
    case 'silo-repaid':
      return t(lang, 'partSiloRepaid', { debt: part.debt });
    case 'reward':
      return t(lang, 'partReward', { note: part.note[lang] });
  }
}

/** "Fits this dilemma …: +6 legitimacy, −2 efficiency" */
export function describePartWithDelta(lang: Lang, part: EffectPart, context: PartContext): string {
  return `${describePart(lang, part, context)}: ${formatDelta(lang, part.delta)}`;
}
