import { bodyField, referenceKinds, type ReferenceDoc } from './reference.schema';
import type { SchemaViolation } from './validate';
import { checkSlaPolicy } from '../domain/sla-policy';
import { normaliseTag, tagPattern } from '../domain/asset-tag';
import { checklistTemplateProblems } from '../domain/checklist-template';

const within = (prefix: string, violation: SchemaViolation | null): SchemaViolation | null =>
  violation && { ...violation, field: violation.field ? `${prefix}.${violation.field}` : prefix };

/** The first id that two entries of a list share. */
function duplicate(field: string, ids: readonly string[]): SchemaViolation | null {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) return { field: `${field}.${i}.id`, message: `${id} is used twice` };
    seen.add(id);
  }
  return null;
}

function checkBody(doc: ReferenceDoc): SchemaViolation | null {
  if (doc.slaPolicy) return within('slaPolicy', checkSlaPolicy(doc.slaPolicy));
  if (doc.category) {
    const { questions } = doc.category;
    const choiceless = questions.findIndex((q) => (q.answer === 'choice') !== (q.choices !== undefined && q.choices.length >= 2));
    if (choiceless >= 0) return { field: `category.questions.${choiceless}.choices`, message: 'a choice question has two choices or more, and only a choice question has choices' };
    return duplicate('category.questions', questions.map((q) => q.id));
  }
  if (doc.checklist) {
    const [problem] = checklistTemplateProblems(doc.checklist);
    return problem ? { field: `checklist.${problem.field}`, message: problem.message } : null;
  }
  if (doc.catalogue) return duplicate('catalogue.recommendations', doc.catalogue.recommendations.map((r) => r.id));
  if (doc.tagFormat) {
    const pattern = tagPattern(doc.tagFormat.pattern);
    if (!pattern) return { field: 'tagFormat.pattern', message: 'not a valid regular expression' };
    if (!pattern.test(normaliseTag(doc.tagFormat.example))) return { field: 'tagFormat.example', message: 'the example does not match the pattern' };
  }
  return null;
}

/**
 * Rules beyond the schema for a reference document: it holds the content of its own kind and no
 * other, and that content is sound (a policy the SLA clock accepts, ids used once, a checklist
 * template without dead ends or unreachable steps, a tag pattern
 * that compiles and matches its example).
 */
export function checkReference(doc: ReferenceDoc): SchemaViolation | null {
  const own = bodyField[doc.kind];
  if (doc[own] === undefined) return { field: own, message: `a ${doc.kind} needs its ${own}` };
  const other = referenceKinds.map((k) => bodyField[k]).find((f) => f !== own && doc[f] !== undefined);
  if (other) return { field: other, message: `a ${doc.kind} has no ${other}` };
  return checkBody(doc);
}
