import { normaliseTag } from '../asset-tag';

type SiteRooms = { code: string; buildings: readonly { name: string; rooms: readonly string[] }[] };

/** What a scanned room label names, against the sweep's site. */
export type RoomLabelReading =
  | { label: 'room'; building: string; room: string }
  | { label: 'other-site'; siteCode: string }
  | { label: 'no-such-room'; building: string; room: string };

/**
 * Reads a room label (`RM-` site code `/` building `/` room, the shipped `room-label` format) as
 * a room of `site`: the label is normalised like every tag (capitals, no spaces), so it is
 * compared with the site's code, buildings and rooms normalised the same way, and answers with
 * their names as the site spells them. Null when the text is no room label at all.
 */
export function readRoomLabel(raw: string, site: SiteRooms): RoomLabelReading | null {
  const key = normaliseTag(raw);
  if (!key.startsWith('RM-')) return null;
  const parts = key.slice(3).split('/');
  if (parts.length !== 3) return null;
  const [code = '', buildingKey = '', roomKey = ''] = parts;
  if (code !== normaliseTag(site.code)) return { label: 'other-site', siteCode: code };
  const building = site.buildings.find((b) => normaliseTag(b.name) === buildingKey);
  const room = building?.rooms.find((r) => normaliseTag(r) === roomKey);
  if (!building || !room) return { label: 'no-such-room', building: buildingKey, room: roomKey };
  return { label: 'room', building: building.name, room };
}

/** The text of the room label of a room (what the county prints by its door). */
export function roomLabelText(siteCode: string, building: string, room: string): string {
  return normaliseTag(`RM-${siteCode}/${building}/${room}`);
}
