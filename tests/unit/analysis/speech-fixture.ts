/**
 * Runs the speech stage on a small Markdown fixture, the way the engine does, and offers compact views of
 * its output for assertions.
 */
import { readDocument } from '../../../src/analysis/document';
import type { RegistryPerson } from '../../../src/analysis/input';
import { analyzeSpeech, type SpeechAnalysis } from '../../../src/analysis/speech';

export function speech(body: string, registry: readonly RegistryPerson[] = []): SpeechAnalysis {
  return analyzeSpeech(readDocument(body), {
    slug: 'fixture',
    title: 'Fixture',
    published: '2024-05-15',
    body,
    registry,
  });
}

/** `text -> speakerName` for every quote. */
export function speakers(body: string, registry: readonly RegistryPerson[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const quote of speech(body, registry).quotes) out[quote.text] = quote.speakerName;
  return out;
}

/** The quotes as `[text, speakerName, attribution]` triples. */
export function attributions(body: string, registry: readonly RegistryPerson[] = []): [string, string, string][] {
  return speech(body, registry).quotes.map((quote) => [quote.text, quote.speakerName, quote.attribution]);
}

/** Names of the people found. */
export function peopleNames(body: string, registry: readonly RegistryPerson[] = []): string[] {
  return speech(body, registry).people.map((person) => person.name);
}
