/** Fields as people know them ("the hold reason", not `holdReason`), for sentences about an edit. */
const fieldWords: Record<string, string> = {
  title: 'the title', description: 'the description', requester: 'the requester', siteId: 'the site', building: 'the building',
  room: 'the room', category: 'the category', impact: 'the impact', urgency: 'the urgency', priority: 'the priority',
  status: 'the status', holdReason: 'the hold reason', resolutionCode: 'the resolution code', resolutionSummary: 'the resolution summary', assigneeId: 'who is assigned',
  supportLevel: 'the support level', tag: 'the tag', serialNumber: 'the serial number', kind: 'the kind', make: 'the make',
  model: 'the model', assignedEmployee: 'the assigned employee', text: 'the text', employeeName: 'the employee',
};

/** A field in words; a field without a name of its own is `otherwise`, never its internal name. */
export const fieldName = (field: string, otherwise = 'one of its details') => fieldWords[field] ?? otherwise;
