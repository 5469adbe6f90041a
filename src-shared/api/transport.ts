import { argSchemas } from './arg-schemas';
import { ApiError, toApiError, type ApiErrorData } from './api-error';
import { channels, type Channel, type FieldDeskApi, type FieldDeskContract } from './contract';
import { createValidator } from '../schema/validate';

/** What crosses a process boundary: errors as data, because IPC would flatten them to a string. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorData };

export type ServedContract = Record<Channel, (arg: unknown) => Promise<Envelope>>;

const argValidators = Object.fromEntries(channels.map((c) => [c, createValidator(argSchemas[c])])) as Record<
  Channel,
  ReturnType<typeof createValidator>
>;

/** Wraps an implementation so each call's argument is checked and its outcome becomes an envelope. */
export function serveContract(impl: FieldDeskContract): ServedContract {
  const served = {} as ServedContract;
  for (const channel of channels) {
    served[channel] = async (arg) => {
      const violation = argValidators[channel](arg ?? {});
      if (violation) {
        const message = `${channel}: ${violation.field || 'argument'}: ${violation.message}`;
        return { ok: false, error: { kind: 'rejected', message, field: violation.field } };
      }
      try {
        const call = impl[channel] as (a: unknown) => Promise<unknown>;
        return { ok: true, value: await call(arg ?? {}) };
      } catch (error) {
        return { ok: false, error: toApiError(error).toData() };
      }
    };
  }
  return served;
}

/** The inverse of `serveContract`: one method per channel that resolves with the value or throws an ApiError. */
export function bindContract(invoke: (channel: Channel, arg: unknown) => Promise<unknown>): FieldDeskContract {
  const bound: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    bound[channel] = async (arg) => {
      const envelope = (await invoke(channel, arg ?? {})) as Envelope;
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    };
  }
  return bound as unknown as FieldDeskContract;
}

/**
 * What the preload exposes as `window.fielddeskBridge`: envelopes, not thrown errors, because an
 * Error crossing contextBridge keeps only its message. The renderer's host unwraps them.
 */
export type FieldDeskBridge = ServedContract & Pick<FieldDeskApi, 'on'>;
