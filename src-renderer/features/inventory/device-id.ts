import { v7 as uuidv7 } from 'uuid';

const key = 'fielddesk-device-id';

/** This laptop's (browser profile's) id, made once and kept: every scan names the device it was made on. */
export function deviceId(): string {
  let id = localStorage.getItem(key);
  if (!id) {
    id = uuidv7();
    localStorage.setItem(key, id);
  }
  return id;
}
