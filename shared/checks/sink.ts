/**
 * Where rules put their findings. It knows which rules are on, fills in severity
 * and location, and sorts everything into reading order at the end, so each rule
 * can run over the whole article in whatever order suits it.
 */
import type { TextUnit } from './units';
import {
  RULE_SEVERITY,
  type CheckOptions,
  type CheckedField,
  type Finding,
  type RuleId,
  type Subfield,
} from './types';

export interface Location {
  field: CheckedField;
  path?: readonly number[];
  blockKey?: string;
  subfield?: Subfield;
}

export interface FindingDetail {
  offset?: number;
  length?: number;
  excerpt: string;
  params?: Record<string, string | number>;
  /** Where to sort a finding that reports no offset (a link inside a block). */
  sortOffset?: number;
}

interface Entry {
  order: number;
  sortOffset: number;
  finding: Finding;
}

export class FindingSink {
  private readonly entries: Entry[] = [];
  private readonly disabled: ReadonlySet<RuleId>;

  constructor(options: CheckOptions) {
    this.disabled = new Set(options.disabledRules);
  }

  isOn(rule: RuleId): boolean {
    return !this.disabled.has(rule);
  }

  add(rule: RuleId, order: number, location: Location, detail: FindingDetail): void {
    if (this.disabled.has(rule)) return;
    const finding: Finding = {
      rule,
      severity: RULE_SEVERITY[rule],
      field: location.field,
      excerpt: detail.excerpt,
      params: detail.params ?? {},
    };
    // Copies, so a caller editing one finding's path cannot change another's.
    if (location.path !== undefined) finding.path = [...location.path];
    if (location.blockKey !== undefined) finding.blockKey = location.blockKey;
    if (location.subfield !== undefined) finding.subfield = location.subfield;
    if (detail.offset !== undefined) finding.offset = detail.offset;
    if (detail.length !== undefined) finding.length = detail.length;
    // Whole-field findings (missing, too long) sort before the text findings of the same unit.
    const sortOffset = detail.offset ?? detail.sortOffset ?? -1;
    this.entries.push({ order, sortOffset, finding });
  }

  /** Reading order (unit, then offset); ties keep the order rules ran in (the sort is stable). */
  sorted(): Finding[] {
    return this.entries
      .sort((a, b) => a.order - b.order || a.sortOffset - b.sortOffset)
      .map((entry) => entry.finding);
  }
}

export function locationOf(unit: TextUnit): Location {
  const location: Location = { field: unit.field };
  if (unit.path !== undefined) location.path = unit.path;
  if (unit.blockKey !== undefined) location.blockKey = unit.blockKey;
  if (unit.subfield !== undefined) location.subfield = unit.subfield;
  return location;
}
