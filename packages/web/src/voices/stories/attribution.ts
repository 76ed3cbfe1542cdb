/**
 * A story's attribution (a first name and a last initial, "Ana R.") at the end of a sentence: a name that
 * already ends in the initial's period takes no second one ("Shown as Ana R.", not "Ana R..").
 */
export function endingSentence(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}
