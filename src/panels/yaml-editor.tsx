import { type FormEvent, useId, useMemo, useState } from 'react';
import { ConfigFileSelect } from '../components/config-file-select';
import { FormActions } from '../components/form-actions';
import { parseYaml, yamlProblemText } from '../domain/config/yaml';
import { commit } from '../domain/operations/commit-config-change';
import { CONFIG_FILES, type ConfigFileName, type ConfigFiles } from '../domain/types';
import { useAppStore } from '../store/app-store';

type Props = { env: string; files: ConfigFiles; onDone: () => void };

/** Edits one config file's text at the head and commits it; a syntax error shows its line. */
export function YamlEditor({ env, files, onDone }: Props) {
  const [file, setFile] = useState<ConfigFileName>('.magento/services.yaml');
  const [texts, setTexts] = useState<ConfigFiles>(files);
  const [message, setMessage] = useState('');
  const run = useAppStore((s) => s.run);
  const id = useId();
  const text = texts[file];
  // As strict as the commit itself, so what reads fine here commits.
  const problem = useMemo(() => {
    const parsed = parseYaml(file, text, { duplicateKeys: 'error' });
    return 'problem' in parsed ? parsed.problem : null;
  }, [file, text]);
  const changed = CONFIG_FILES.filter((f) => texts[f] !== files[f]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const edits = Object.fromEntries(changed.map((f) => [f, texts[f]]));
    if (run(commit, { env, files: edits, message })) onDone();
  };

  return (
    <form className="inline-form" aria-label="Edit configuration files" onSubmit={submit}>
      <ConfigFileSelect value={file} onChange={setFile} changed={(f) => texts[f] !== files[f]} />
      <label htmlFor={`${id}-text`}>Contents of {file}</label>
      <textarea
        id={`${id}-text`}
        className="yaml-editor"
        rows={14}
        spellCheck={false}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-status`}
        onChange={(e) => setTexts({ ...texts, [file]: e.target.value })}
      />
      <p
        id={`${id}-status`}
        role={problem ? 'alert' : undefined}
        className={problem ? 'warning' : 'muted small'}
      >
        {problem ? yamlProblemText(problem) : `${file} parses as YAML.`}
      </p>
      <label htmlFor={`${id}-message`}>Commit message</label>
      <input id={`${id}-message`} value={message} onChange={(e) => setMessage(e.target.value)} />
      <FormActions submit="Commit change" onCancel={onDone} disabled={changed.length === 0} />
    </form>
  );
}
