/**
 * Telex keystrokes that never became letters ("tooi", "dduwowcj"): the input
 * method was off. Detection is shared/text's deliberately conservative heuristic.
 */
import { findTelexLeftovers } from '../text/telex-leftovers';
import { excerptAround } from './excerpt';
import { locationOf, type FindingSink } from './sink';
import type { TextUnit } from './units';

export function checkTelexLeftovers(units: readonly TextUnit[], sink: FindingSink): void {
  if (!sink.isOn('telex-leftover')) return;
  for (const unit of units) {
    for (const leftover of findTelexLeftovers(unit.text)) {
      sink.add('telex-leftover', unit.order, locationOf(unit), {
        offset: leftover.index,
        length: leftover.length,
        excerpt: excerptAround(unit.text, leftover.index, leftover.length),
        params: { word: leftover.token },
      });
    }
  }
}
