/**
 * `npm run web`: serves the built renderer and the handler table on 127.0.0.1.
 * Environment (DESIGN.md): NEWSDESK_LIBRARY, NEWSDESK_PORT (0 = any free port),
 * NEWSDESK_LANG (vi|en), and NEWSDESK_CONFIG_DIR for the settings folder.
 * Prints exactly one line with the URL to open.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices, systemLocalesFromEnvironment } from '../services/app-services';
import { environmentValue } from '../services/environment';
import { defaultSettings, defaultSettingsFolder, openSettings } from '../services/settings';
import { startWebHost } from './http-server';

async function main(): Promise<void> {
  const env = process.env;
  const configDir = environmentValue(env, 'NEWSDESK_CONFIG_DIR');
  const settings = openSettings({ cwd: configDir, projectName: 'Newsdesk' });
  const libraryPath = path.resolve(
    environmentValue(env, 'NEWSDESK_LIBRARY') ?? settings.get().libraryPath,
  );
  const port = Number(environmentValue(env, 'NEWSDESK_PORT') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`NEWSDESK_PORT must be a port number, not "${env.NEWSDESK_PORT}"`);

  const { dispatch } = createAppServices({
    settings,
    host: 'web',
    systemLocales: systemLocalesFromEnvironment(env),
    languageOverride: env.NEWSDESK_LANG,
    libraryPath,
    libraryIsDefault: libraryPath === path.resolve(defaultSettings().libraryPath),
    notices: settings.notices,
    // Outside the library, beside the settings. The web host cannot hold a
    // closing tab until a save finishes: this journal is what protects the
    // last second of typing there. External changes are polled by the renderer.
    recoveryDir: path.join(configDir ?? defaultSettingsFolder('Newsdesk'), 'recovery'),
  });
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const host = await startWebHost({
    dispatch,
    rendererDir,
    secret: randomBytes(32).toString('hex'),
    port,
    libraryPath,
  });
  console.log(`Newsdesk is running at ${host.url}`);

  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `Newsdesk web host could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
