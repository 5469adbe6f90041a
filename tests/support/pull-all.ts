import type { WireDoc } from '@shared/sync/protocol';
import { http } from './api';

/** Every document of a collection the token's user may see, straight from the server's HTTP API. */
export async function pullAll(baseUrl: string, token: string, collection: string): Promise<Map<string, WireDoc>> {
  const docs = new Map<string, WireDoc>();
  for (let seq = 0; ; ) {
    const { status, body } = await http(baseUrl, `/sync/${collection}/pull?seq=${seq}&limit=2000`, { token });
    if (status !== 200) throw new Error(`pull ${collection} answered ${status}`);
    const page = body as { documents: WireDoc[]; checkpoint: { seq: number } };
    if (page.documents.length === 0) return docs;
    for (const d of page.documents) docs.set(d.id as string, d);
    seq = page.checkpoint.seq;
  }
}
