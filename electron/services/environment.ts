/**
 * The NEWSDESK_* variables as both hosts read them. A variable set to nothing
 * (or to spaces) counts as unset: a launcher's `NEWSDESK_LIBRARY="$LIB"` with
 * $LIB unset gives "", which `??` let through and path.resolve turned into the
 * folder the host was started from — articles, index and recovery journal
 * were then written into the repository or the home folder.
 */
export function environmentValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
