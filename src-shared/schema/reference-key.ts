/** Which item of its kind a reference document is a version of: lower-case words joined by dashes ('county', 'printer-peripheral'). */
export const referenceKey = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
