export const workOrderCategories = [
  'password-account', 'desktop-hardware', 'software', 'network', 'printer-peripheral',
  'phone-voicemail', 'email', 'other',
] as const;
export type WorkOrderCategory = (typeof workOrderCategories)[number];

export const categoryLabels: Record<WorkOrderCategory, string> = {
  'password-account': 'Password / account',
  'desktop-hardware': 'Desktop hardware',
  software: 'Software',
  network: 'Network',
  'printer-peripheral': 'Printer or peripheral',
  'phone-voicemail': 'Phone or voicemail',
  email: 'Email',
  other: 'Other',
};
