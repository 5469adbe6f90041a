import type { Asset } from '@shared/schema/asset.schema';
import type { Site } from '@shared/schema/site.schema';
import { http, loginHttp } from './api';

/** What the server holds of a site and its assets (read over HTTP as a supervisor), for a test to scan. */
export async function siteFacts(serverUrl: string, siteId: string): Promise<{ site: Site; assets: Asset[]; elsewhere: Asset[] }> {
  const { token } = await loginHttp(serverUrl, 'super01');
  const pull = async <T>(collection: string) => ((await http(serverUrl, `/sync/${collection}/pull?seq=0&limit=100000`, { token })).body as { documents: T[] }).documents;
  const site = (await pull<Site>('sites')).find((s) => s.id === siteId) as Site;
  const all = await pull<Asset>('assets');
  const expected = (a: Asset) => ['in-service', 'in-storage', 'missing'].includes(a.status);
  return {
    site,
    assets: all.filter((a) => a.siteId === siteId && expected(a)),
    elsewhere: all.filter((a) => a.siteId !== siteId && expected(a)),
  };
}
