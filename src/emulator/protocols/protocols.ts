import { jsonProtocol } from './json-protocol.js';
import type { ProtocolName } from './model-types.js';
import type { ProtocolLayer } from './protocol.js';
import { queryProtocol } from './query-protocol.js';
import { restJsonProtocol, restXmlProtocol } from './rest-protocol.js';

const layers: Partial<Record<ProtocolName, ProtocolLayer>> = {
  query: queryProtocol,
  json: jsonProtocol,
  'rest-json': restJsonProtocol,
  'rest-xml': restXmlProtocol,
};

export function protocolLayer(name: ProtocolName): ProtocolLayer {
  const layer = layers[name];
  if (layer === undefined) throw new Error(`the ${name} protocol is not supported`);
  return layer;
}
