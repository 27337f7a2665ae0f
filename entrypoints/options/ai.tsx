/** How stories are written: on the device (default), or by a model the reader sets up. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { timeAgo } from '@/components/format';
import { engineActivity } from '@/utils/db/reads';
import { browser } from 'wxt/browser';
import { apiKeyState, saveApiKey } from '@/utils/brief/engines/keys';
import { ENGINE_CHOICES } from '@/utils/brief/engines/registry';
import { builtInLanguageModel, chromeAiAvailability, createChromeAiEngine, downloadChromeModel, type ModelAvailability } from '@/utils/brief/engines/chrome-ai';
import { SAMPLE_INPUT } from '@/utils/brief/engines/sample';
import { validateBrief } from '@/utils/brief/schema';
import { cloudDisclosure } from '@/utils/brief/engines/disclosure';
import { hostPermission } from '@/utils/core/url';
import { OPENAI_PRESETS, updateSettings, type AiSettings, type EngineId, type KeyStorage, type Settings } from '@/utils/settings';
import { send } from '@/utils/messaging';

const setAi = (change: (ai: AiSettings) => AiSettings) => updateSettings((s) => ({ ...s, ai: change(s.ai) }));

export function AiSettingsSection({ settings }: { settings: Settings }) {
  const ai = settings.ai;
  const provider = ai.engine === 'anthropic' ? 'anthropic' : 'openai';
  const [keyState, setKeyState] = useState<KeyStorage | null>(null);
  const [key, setKey] = useState('');
  const [test, setTest] = useState('');
  const [chrome, setChrome] = useState<ModelAvailability | null>(null);
  useEffect(() => void apiKeyState(provider).then(setKeyState), [provider]);
  useEffect(() => void chromeAiAvailability().then(setChrome), []);
  const disclosure = cloudDisclosure(ai);
  const needsKey = ENGINE_CHOICES.find((c) => c.id === ai.engine)?.needsKey ?? false;
  const base = ai.engine === 'anthropic' ? ai.anthropic.baseUrl : ai.openai.baseUrl;

  // Asked from this click: the endpoint's host is an optional permission.
  const allowEndpoint = () => browser.permissions.request({ origins: [hostPermission(base)] }).catch(() => false);

  return (
    <section className="section" aria-labelledby="engine">
      <h2 id="engine">How stories are written</h2>
      <EngineStatus label={ENGINE_CHOICES.find((c) => c.id === ai.engine)?.label ?? ai.engine} onDevice={ai.engine === 'extractive'} />
      <label className="field">
        <span>Who writes the page</span>
        <select value={ai.engine} onChange={(e) => {
          const engine = e.target.value as EngineId;
          void setAi((a) => ({ ...a, engine }));
        }}>
          {/* Chrome's model is offered when LanguageModel.availability() says it can be used or downloaded here. */}
          {ENGINE_CHOICES.filter((c) => c.id !== 'chrome-ai' || ai.engine === 'chrome-ai' || (chrome !== null && chrome !== 'unavailable')).map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {ai.engine === 'extractive' && <p>Every sentence is taken from a source and cited; nothing is sent anywhere.</p>}
      {ai.engine === 'chrome-ai' && <ChromeAiSetup availability={chrome} onChange={setChrome} />}
      {ai.engine === 'openai' && (
        <>
          <label className="field">
            <span>Server</span>
            <select
              value={Object.entries(OPENAI_PRESETS).find(([, p]) => p.baseUrl === ai.openai.baseUrl)?.[0] ?? 'custom'}
              onChange={(e) => {
                const preset = OPENAI_PRESETS[e.target.value as keyof typeof OPENAI_PRESETS];
                if (preset) void setAi((a) => ({ ...a, openai: { ...a.openai, baseUrl: preset.baseUrl } }));
              }}
            >
              {Object.entries(OPENAI_PRESETS).map(([id, p]) => (
                <option key={id} value={id}>
                  {p.label}
                </option>
              ))}
              <option value="custom">Another server (its address below)</option>
            </select>
          </label>
          <TextField label="Server address" hint="Ends in /v1, as the server's documentation gives it" value={ai.openai.baseUrl} onSave={(v) => setAi((a) => ({ ...a, openai: { ...a.openai, baseUrl: v } }))} />
          <TextField label="Model name" hint="As the server lists it, for example gpt-4o-mini or llama3.1" value={ai.openai.model} onSave={(v) => setAi((a) => ({ ...a, openai: { ...a.openai, model: v } }))} />
          <label className="row">
            <input type="checkbox" checked={ai.openai.responseFormat === 'none'} onChange={(e) => {
              const none = e.target.checked;
              void setAi((a) => ({ ...a, openai: { ...a.openai, responseFormat: none ? 'none' : 'json_schema' } }));
            }} />
            <span>
              My server refuses to answer in a fixed format
              <span className="row-note">Turn this on if the test below says the server does not support "response_format".</span>
            </span>
          </label>
        </>
      )}
      {ai.engine === 'anthropic' && (
        <>
          <TextField label="Server address" hint="Without /v1 at the end" value={ai.anthropic.baseUrl} onSave={(v) => setAi((a) => ({ ...a, anthropic: { ...a.anthropic, baseUrl: v } }))} />
          <TextField label="Model name" hint="For example claude-sonnet-4-5" value={ai.anthropic.model} onSave={(v) => setAi((a) => ({ ...a, anthropic: { ...a.anthropic, model: v } }))} />
        </>
      )}
      {(ai.engine === 'openai' || ai.engine === 'anthropic') && (
        <>
          <form
            className="add-feed"
            onSubmit={(e) => {
              e.preventDefault();
              const keep = ai.keyStorage;
              void allowEndpoint().then(() => saveApiKey(provider, key, keep)).then(() => apiKeyState(provider).then(setKeyState));
              setKey('');
            }}
          >
            <label className="field">
              <span>API key {keyState ? `(saved ${keyState === 'session' ? 'for this session' : 'on this device'})` : '(none saved)'}</span>
              <input type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} placeholder={keyState ? '•••••••• (enter a new key to replace it)' : 'sk-…'} />
            </label>
            <button type="submit">Save key</button>
          </form>
          <label className="row">
            <input type="checkbox" checked={ai.keyStorage === 'session'} onChange={(e) => {
              const session = e.target.checked;
              void setAi((a) => ({ ...a, keyStorage: session ? 'session' : 'local' }));
            }} />
            <span>Keep the key only until the browser closes</span>
          </label>
          {disclosure && (
            <div className="message" role="note">
              <p>{disclosure.text}</p>
              {needsKey && !keyState ? (
                <p className="row-note">Save a key first; then agree here before the first page is written.</p>
              ) : (
              <button type="button" className="primary" onClick={() => void allowEndpoint().then(() => setAi((a) => ({ ...a, disclosureAccepted: [...a.disclosureAccepted, disclosure.origin] })))}>
                I understand, use it
              </button>
              )}
            </div>
          )}
          <p className="actions">
            <button type="button" className={disclosure ? 'secondary' : 'primary'} onClick={() => {
              setTest('Testing…');
              void send('testAi', {}).then((r) => setTest(r.ok ? 'Connected: the model wrote a valid page.' : (r.error ?? 'It did not work.')));
            }}>
              Test connection
            </button>{' '}
            <span role="status">{test}</span>
          </p>
        </>
      )}
    </section>
  );
}

/** In use, last used, last error: whether the engine the reader chose is the one writing their pages. */
function EngineStatus({ label, onDevice }: { label: string; onDevice: boolean }) {
  const activity = useLiveQuery(() => engineActivity(), [], undefined);
  return (
    <dl className="engine-status" data-testid="engine-status">
      <div>
        <dt>In use</dt>
        <dd>{label}</dd>
      </div>
      {!onDevice && (
        <>
          <div>
            <dt>Last used</dt>
            <dd>{activity?.lastUsed ? `${timeAgo(activity.lastUsed.at)}, for “${activity.lastUsed.title}”` : 'not yet'}</dd>
          </div>
          <div>
            <dt>Last error</dt>
            <dd className={activity?.lastError ? 'status-warn' : undefined}>
              {activity?.lastError ? `${timeAgo(activity.lastError.at)}: ${activity.lastError.message}` : 'none'}
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}

function TextField({ label, hint, value, onSave }: { label: string; hint?: string; value: string; onSave: (v: string) => Promise<void> }) {
  return (
    <label className="field">
      <span>{label}</span>
      {hint && <span className="row-note">{hint}</span>}
      <input type="text" defaultValue={value} key={value} onBlur={(e) => e.target.value.trim() !== value && void onSave(e.target.value.trim())} />
    </label>
  );
}

/** Chrome's built-in model: whether it can run here, its download, and a test page written with it. */
function ChromeAiSetup({ availability, onChange }: { availability: ModelAvailability | null; onChange: (a: ModelAvailability) => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [test, setTest] = useState('');
  const download = () => {
    setProgress(0);
    onChange('downloading');
    void downloadChromeModel(setProgress)
      .then(onChange, () => chromeAiAvailability().then(onChange))
      .finally(() => setProgress(null));
  };
  const runTest = () => {
    setTest('Testing…');
    void createChromeAiEngine(builtInLanguageModel())
      .compose(SAMPLE_INPUT, { signal: AbortSignal.timeout(120_000) })
      .then((brief) => {
        const checked = validateBrief(brief);
        setTest(checked.ok ? "Chrome's model wrote a valid page." : `Its page did not validate: ${checked.error}`);
      })
      .catch((e: unknown) => setTest(e instanceof Error ? e.message : String(e)));
  };
  return (
    <>
      <p>
        Chrome's own model writes the page on this device; nothing is sent anywhere. It runs in the side panel, so keep the panel open while a
        page is written. Sections it gets wrong are written by the on-device extractive engine instead, and marked.
      </p>
      {availability === 'unavailable' && <p role="status">This browser or device can't run Chrome's built-in model: pages are written by the extractive engine.</p>}
      {(availability === 'downloadable' || availability === 'downloading') && (
        <p className="actions">
          <button type="button" onClick={download} disabled={progress !== null}>
            {progress === null ? 'Download the model' : `Downloading… ${Math.round(progress * 100)}%`}
          </button>{' '}
          <span>Chrome downloads it once (several GB) and keeps it for every site that uses it.</span>
        </p>
      )}
      {availability === 'available' && (
        <p className="actions">
          <button type="button" className="secondary" onClick={runTest}>
            Test the model
          </button>{' '}
          <span role="status">{test}</span>
        </p>
      )}
    </>
  );
}
