/**
 * Electron loads the renderer from `app://fielddesk/...`, a standard and secure origin (file://
 * would be null). The central server names it too: it is the one origin always allowed by CORS.
 */
export const appScheme = 'app';
export const appHost = 'fielddesk';
export const appOrigin = `${appScheme}://${appHost}`;
