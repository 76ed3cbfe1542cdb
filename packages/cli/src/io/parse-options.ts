/**
 * `parseArgs` that also refuses an option given twice (`--as-of 2024-01-01 --as-of 2024-02-01`), which
 * `parseArgs` settles silently by keeping the last: a command run with two values for one thing is a
 * mistake to say, not to guess at. Options declared `multiple` may repeat. The error carries an
 * `ERR_PARSE_ARGS_…` code, so it is answered as every other argument error is (usage, exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseOptions<T extends ParseArgsConfig>(config: T) {
  const parsed = parseArgs({ ...config, tokens: true });
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name) && config.options?.[token.name]?.multiple !== true)
      throw Object.assign(new Error(`--${token.name} is given more than once`), { code: 'ERR_PARSE_ARGS_REPEATED_OPTION' });
    seen.add(token.name);
  }
  return parsed;
}
