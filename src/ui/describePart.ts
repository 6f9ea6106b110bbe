import { DILEMMA_INFO, PERSPECTIVE_INFO, STRATEGY_INFO, type EffectPart, type Lang } from '../engine';
import { formatDelta, meterName, stanceName, t } from './i18n';

export function describePart(lang: Lang, part: EffectPart): string {
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
      return t(lang, 'partPriority', {
        perspective: PERSPECTIVE_INFO[part.perspective].name[lang].toLowerCase(),
        raised: meterName(lang, part.raised).toLowerCase(),
        lowered: meterName(lang, part.lowered).toLowerCase(),
      });
    case 'hierarchy':
      return t(lang, 'partHierarchy', { stance: stanceName(lang, part.stance) });
  }
}

/** "Fits this dilemma …: +6 legitimacy, −2 efficiency" */
export function describePartWithDelta(lang: Lang, part: EffectPart): string {
  return `${describePart(lang, part)}: ${formatDelta(lang, part.delta)}`;
}
