import { adminChannels, type AdminContract } from './admin.contract';
import { authChannels, type AuthContract } from './auth.contract';
import { reportChannels, type ReportContract } from './report.contract';
import { syncChannels, syncEventNames, type SyncContract, type SyncEvents } from './sync.contract';

/** The requests the sync gateway answers: everything that goes to the central server. */
export type ServerContract = AuthContract & SyncContract & AdminContract;

/** Every request the renderer may make of the main process: `area:verb` -> function of one object. */
export type FieldDeskContract = ServerContract & ReportContract;
export type Channel = keyof FieldDeskContract;
export type ChannelArg<C extends Channel> = Parameters<FieldDeskContract[C]>[0];
export type ChannelResult<C extends Channel> = Awaited<ReturnType<FieldDeskContract[C]>>;

/** Every event the main process may send to the renderer. */
export type FieldDeskEvents = SyncEvents;
export type EventName = keyof FieldDeskEvents;

/** The allowlist: exactly the contract's channels (a compile error if one is missing or extra). */
export const channels = [...authChannels, ...syncChannels, ...adminChannels, ...reportChannels] as const;
export const eventNames = [...syncEventNames] as const;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyChannelListed: Exact<(typeof channels)[number], Channel> = true;
const everyEventListed: Exact<(typeof eventNames)[number], EventName> = true;
void everyChannelListed;
void everyEventListed;

/**
 * What the renderer sees: one method per channel plus `on` for events. The preload exposes it in
 * Electron; the browser host implements it in the page; both satisfy this one type.
 */
export type FieldDeskApi = FieldDeskContract & {
  on<E extends EventName>(event: E, listener: (payload: FieldDeskEvents[E]) => void): () => void;
};
