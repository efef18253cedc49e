/** Checks before publication: a pure rule engine over the article JSON. */
export { checkArticle, summarizeFindings } from './check-article';
export { formatFinding, RULE_MESSAGES, templateParams, type MessageTemplate } from './messages';
export {
  DEFAULT_CHECK_OPTIONS,
  RULE_IDS,
  RULE_SEVERITY,
  type CheckedField,
  type CheckOptions,
  type Finding,
  type FindingSummary,
  type RuleId,
  type Severity,
  type Subfield,
  type ToneStyleOption,
} from './types';
