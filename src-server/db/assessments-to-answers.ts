/**
 * Migration 10: stored assessments of the first version become version 1 documents exactly as a
 * device's RxDB migration makes them (`assessmentFromV0` in src-shared/schema/ergonomic-assessment.schema.ts),
 * so a device and the server hold the same document and nothing conflicts: the employee's name in
 * `employee`, item scores dropped (they cannot be turned back into ROSA answers: the assessment
 * becomes a draft to answer again), each non-empty recommendation text with id `r<position>`.
 */
export const assessmentsToAnswersSql = `
  UPDATE documents SET data = jsonb_build_object(
    'id', data->'id',
    'employee', jsonb_build_object('name', data->'employeeName', 'department', '', 'jobTitle', ''),
    'siteId', data->'siteId', 'building', data->'building', 'room', data->'room',
    'assetIds', '[]'::jsonb,
    'assessorId', data->'assessorId',
    'method', 'rosa', 'status', 'draft', 'rosa', '{}'::jsonb,
    'recommendations', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('id', 'r' || r.n, 'text', r.t) ORDER BY r.n)
        FROM jsonb_array_elements_text(COALESCE(data->'recommendations', '[]'::jsonb)) WITH ORDINALITY AS r(t, n)
       WHERE r.t <> ''
    ), '[]'::jsonb),
    'notes', '',
    'assessedAt', data->'assessedAt', 'updatedAt', data->'updatedAt'
  )
  WHERE collection = 'ergonomic-assessments' AND data ? 'employeeName'
`;
