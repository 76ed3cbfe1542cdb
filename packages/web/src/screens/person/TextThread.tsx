/**
 * A list of short texts on a person's file with a form to add one: the notes and the messages with the
 * person share it. It loads its own list, checks the text before sending (trimmed, not empty, at most the
 * server's limit) so a refusal needs no round trip, sends it, and reads the list again, so what it shows is
 * always the server's.
 *
 * What is typed is kept as a draft until it is sent (api/drafts.ts): a session that ends mid-text, or a
 * step away from the page, does not lose it.
 *
 * The field is not `isRequired`: the browser's own message would appear and vanish as focus moves,
 * shifting the button under the pointer. An empty text is refused through the announcer instead.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { useDraft } from '../../api/drafts.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { refusal } from './refusal.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** In the browser's own time zone: the officer means their day and hour, not UTC's. */
export function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : dateTime.format(date);
}

/** The text as written: its line breaks kept, never interpreted as markup. */
function Written({ text }: { text: string }) {
  return (
    <p>
      {text.split('\n').map((line, n) => (
        <Fragment key={n}>
          {n > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </p>
  );
}

export interface ThreadItem {
  id: number;
  at: string;
}

export interface TextThreadProps<T extends ThreadItem> {
  /** The API path that lists (GET) and adds (POST) the texts. */
  path: string;
  /** The key of the list in the GET answer, and of the text in the POST body. */
  listKey: string;
  bodyKey: string;
  /** "note" or "message": the words of the loading, empty and refusal lines. */
  noun: string;
  title: string;
  intro: ReactNode;
  fieldLabel: string;
  submitLabel: string;
  maxLength: number;
  canWrite: boolean;
  /** The heading line of one text (who, when). */
  head: (item: T) => ReactNode;
  text: (item: T) => string;
  /** What is announced once a text is added. */
  added: (item: T) => string;
}

export function TextThread<T extends ThreadItem>(props: TextThreadProps<T>) {
  const { path, listKey, bodyKey, noun, maxLength } = props;
  const [items, setItems] = useState<T[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [revision, setRevision] = useState(0);
  const [text, setText] = useDraft(path);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const titleId = `${listKey}-title`;

  useEffect(() => {
    let current = true;
    setLoadError('');
    api<Record<string, T[]>>(path).then(
      (answer) => current && setItems(answer[listKey] ?? []),
      (e: Error) => current && setLoadError(`The ${noun}s could not be loaded: ${e.message}`),
    );
    return () => {
      current = false;
    };
  }, [path, listKey, noun, revision]);

  async function submit() {
    const trimmed = text.trim();
    if (!trimmed) {
      setOutcome({ kind: 'refused', lines: [`Write the ${noun} first: it is empty.`] });
      return;
    }
    if (trimmed.length > maxLength) {
      setOutcome({
        kind: 'refused',
        lines: [`The ${noun} is ${trimmed.length} characters long; at most ${maxLength} are kept. Shorten it or split it in two.`],
      });
      return;
    }
    setBusy(true);
    try {
      const item = await api<T>(path, { method: 'POST', body: { [bodyKey]: trimmed } });
      setText('');
      setOutcome({ kind: 'done', lines: [props.added(item)] });
      setRevision((r) => r + 1);
    } catch (e) {
      setOutcome(refusal(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      <p className="reasons">{props.intro}</p>
      {loadError ? (
        <p className="error-text" role="alert">
          {loadError}
        </p>
      ) : items === null ? (
        <p className="reasons">Loading the {noun}s…</p>
      ) : items.length === 0 ? (
        <p>No {noun}s yet.</p>
      ) : (
        <ol className="notes">
          {items.map((item) => (
            <li key={item.id}>
              <p>{props.head(item)}</p>
              <Written text={props.text(item)} />
            </li>
          ))}
        </ol>
      )}
      {props.canWrite && (
        <Form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <TextField value={text} onChange={setText} className="field">
            <Label>{props.fieldLabel}</Label>
            <TextArea rows={4} />
            <Text slot="description">
              {text.trim().length} of {maxLength} characters
            </Text>
          </TextField>
          <div className="button-row">
            <Button type="submit" className="react-aria-Button primary" isDisabled={busy}>
              {props.submitLabel}
            </Button>
          </div>
        </Form>
      )}
      <Announcer outcome={outcome} />
    </section>
  );
}
