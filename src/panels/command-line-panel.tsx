import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import type { ActivityEntry, Project } from '../domain/types';
import { downloadText } from '../persistence/storage';
import { selectProject, useAppStore } from '../store/app-store';
import { completeTypedCommand, runTypedCommand, type TypedOutcome } from '../store/commands';
import { operationsModule } from '../store/lazy-module';

/** The session as a shell script: every activity's command, a refused one commented out. */
export function sessionScript(project: Project): string {
  const lines = project.activity
    .filter((entry): entry is ActivityEntry & { command: string } => Boolean(entry.command))
    .map((entry) =>
      entry.result === 'refused'
        ? `# refused: ${entry.command.replaceAll('\n', '\n# ')}\n#   ${entry.message}`
        : entry.command,
    );
  return [
    '#!/bin/sh',
    `# ${project.title} (${project.id}): the session in Magento Cloud Explorer, as commands.`,
    '# Run from a clone of the project; the CLI asks before each change (add -y to skip).',
    'set -e',
    '',
    ...lines,
    '',
  ].join('\n');
}

function resultText(entry: ActivityEntry): string {
  if (entry.result === 'refused') return `refused: ${entry.message}`;
  return entry.result ? `${entry.state} · ${entry.result}` : entry.state.replace('_', ' ');
}

/** The longest start all the candidates share. */
function commonStart(candidates: readonly string[]): string {
  const [first = '', ...rest] = candidates;
  let end = first.length;
  for (const c of rest) {
    let i = 0;
    while (i < end && c[i] === first[i]) i++;
    end = i;
  }
  return first.slice(0, end);
}

/**
 * The magento-cloud command line: every activity's command as a real project would run it,
 * and a prompt that runs typed commands through the same operations (Tab completes, Up and
 * Down walk what was typed).
 */
export function CommandLinePanel() {
  const project = useAppStore(selectProject);
  const [text, setText] = useState('');
  const [typed, setTyped] = useState<readonly string[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<TypedOutcome | null>(null);
  const [choices, setChoices] = useState<readonly string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const choicesId = useId();
  const entries = project.activity.filter((entry) => entry.command);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const line = text.trim();
    if (line === '') return;
    setTyped((before) => (before.at(-1) === line ? before : [...before, line]));
    setCursor(null);
    setChoices([]);
    setText('');
    // The CLI comes with the operations' chunk, prefetched; a very early Enter waits for it.
    void operationsModule.load().then(() => setOutcome(runTypedCommand(line)));
  };

  const complete = async () => {
    await operationsModule.load();
    const { from, candidates } = completeTypedCommand(text);
    if (candidates.length === 0) return;
    const start = candidates.length === 1 ? `${candidates[0]} ` : commonStart(candidates);
    if (start.length > text.length - from) setText(text.slice(0, from) + start);
    setChoices(candidates.length === 1 ? [] : candidates);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' && !event.shiftKey && text.trim() !== '') {
      event.preventDefault();
      void complete();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      if (typed.length === 0) return;
      event.preventDefault();
      const last = typed.length - 1;
      const next =
        event.key === 'ArrowUp'
          ? cursor === null
            ? last
            : Math.max(0, cursor - 1)
          : cursor === null || cursor >= last
            ? null
            : cursor + 1;
      setCursor(next);
      setText(next === null ? '' : (typed[next] ?? ''));
    } else if (event.key === 'Escape' && choices.length > 0) {
      setChoices([]);
    }
  };

  return (
    <section className="cli" aria-label="Command line">
      <div className="cli__bar">
        <h2>Command line</h2>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(sessionScript(project)).then(
              () => useAppStore.getState().announce('Session copied as a shell script.'),
              () => useAppStore.getState().announce('The clipboard refused: use Download script.'),
            );
          }}
        >
          Copy script
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${project.id}-session.sh`, sessionScript(project), 'text/x-shellscript')
          }
        >
          Download script
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls once the session is long, and a keyboard must reach it to scroll it (WCAG 2.1.1) */}
      <ol className="cli__session" aria-label="Session commands" tabIndex={0}>
        {entries.length === 0 && (
          <li className="muted">
            Each action here appears as the magento-cloud or git command that does it.
          </li>
        )}
        {entries.map((entry) => (
          <li key={entry.id} className={entry.result === 'refused' ? 'cli__refused' : undefined}>
            <code>{entry.command}</code>
            <span className="cli__result"> {resultText(entry)}</span>
          </li>
        ))}
      </ol>
      {outcome && (
        <div
          role="log"
          aria-label="Command output"
          className={outcome.error ? 'cli__output cli__output--error' : 'cli__output'}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: long output scrolls, and a keyboard must reach it to scroll it (WCAG 2.1.1)
          tabIndex={0}
        >
          <pre>{outcome.lines.join('\n')}</pre>
        </div>
      )}
      <form className="cli__prompt" onSubmit={submit}>
        <label htmlFor={inputId}>$</label>
        <input
          ref={input}
          id={inputId}
          aria-label="Command"
          aria-describedby={choices.length > 0 ? choicesId : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="magento-cloud environment:merge -e feature-checkout (Tab completes)"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChoices([]);
          }}
          onKeyDown={onKeyDown}
        />
      </form>
      {choices.length > 0 && (
        <ul id={choicesId} className="cli__choices" aria-label="Completions">
          {choices.slice(0, 12).map((choice) => (
            <li key={choice}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  const { from } = completeTypedCommand(text);
                  setText(`${text.slice(0, from)}${choice} `);
                  setChoices([]);
                  input.current?.focus();
                }}
              >
                {choice}
              </button>
            </li>
          ))}
          {choices.length > 12 && <li className="muted">and {choices.length - 12} more</li>}
        </ul>
      )}
    </section>
  );
}
