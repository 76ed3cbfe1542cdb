/**
 * The few web-standard globals the law package uses, which both Node and browsers provide. Declared
 * here instead of loading the DOM or Node type libraries, so that nothing browser-only or Node-only
 * can be used by accident.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
