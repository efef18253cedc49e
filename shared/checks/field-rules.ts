/**
 * The article's own fields: a headline, a sapo and a byline must be there, and
 * headline and sapo must fit the house limits.
 */
import { excerptAround, excerptOf } from './excerpt';
import { measureField, type MeasuredField } from './graphemes';
import { locationOf, type FindingSink } from './sink';
import type { CheckOptions, RuleId } from './types';
import type { ArticleUnits, TextUnit } from './units';
import { fieldText } from '../export/escape';

function reportOverflow(
  unit: TextUnit,
  measured: MeasuredField,
  max: number,
  rule: RuleId,
  sink: FindingSink,
): void {
  if (measured.overflowAt === -1) return;
  // The range is the part over the limit, so the UI can mark where to cut.
  sink.add(rule, unit.order, locationOf(unit), {
    offset: measured.overflowAt,
    length: measured.end - measured.overflowAt,
    excerpt: excerptAround(unit.text, measured.overflowAt, 0),
    params: { length: measured.length, max },
  });
}

export function checkFields(units: ArticleUnits, options: CheckOptions, sink: FindingSink): void {
  for (const unit of units.texts) {
    if (unit.field === 'headline') {
      if (fieldText(unit.text) === '')
        sink.add('headline-missing', unit.order, locationOf(unit), { excerpt: '' });
      else if (sink.isOn('headline-too-long'))
        reportOverflow(
          unit,
          measureField(unit.text, options.headlineMaxChars),
          options.headlineMaxChars,
          'headline-too-long',
          sink,
        );
    } else if (unit.field === 'sapo') {
      const measured = measureField(unit.text, options.sapoMaxChars);
      // Below the minimum counts as missing: a two-word sapo is a placeholder, not a lead.
      // So does one of invisible characters only, which the export leaves out.
      if (fieldText(unit.text) === '' || measured.length < Math.max(1, options.sapoMinChars)) {
        sink.add('sapo-missing', unit.order, locationOf(unit), {
          excerpt: excerptOf(unit.text),
          params: { length: measured.length, min: Math.max(1, options.sapoMinChars) },
        });
      } else if (sink.isOn('sapo-too-long')) {
        reportOverflow(unit, measured, options.sapoMaxChars, 'sapo-too-long', sink);
      }
    } else if (unit.field === 'byline' && fieldText(unit.text) === '') {
      sink.add('byline-missing', unit.order, locationOf(unit), { excerpt: '' });
    }
  }
}
