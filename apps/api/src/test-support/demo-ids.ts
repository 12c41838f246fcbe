import { encodeGlobalID } from '@pothos/plugin-relay';

/**
 * The global ID of a demo record: the seed gives them stable ids `demo-<kind>-<key>`, e.g.
 * `demoGlobalId('Agreement', 'agreement', 'agreement-oelberg')`.
 */
export const demoGlobalId = (type: string, kind: string, key: string) => encodeGlobalID(type, `demo-${kind}-${key}`);
