/**
 * The only permission the page gets is the camera, for scanning asset tags; the microphone,
 * geolocation, notifications and everything else are refused.
 */
export function isPermissionAllowed(permission: string, mediaTypes: readonly string[] = []): boolean {
  if (permission !== 'media') return false;
  return mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video');
}
