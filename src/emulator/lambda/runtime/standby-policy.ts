/**
 * When a function may adopt a Python standby (standby.ts) instead of starting a fresh worker.
 * Adoption sets the function's environment in os.environ before anything of the function's is
 * imported, so every variable read later (boto3's configuration, credentials, the handler's own
 * settings) behaves as in a fresh worker. What it cannot change is what was read once, when the
 * standby started; those variables must have the same value (or be absent) in both
 * environments, or the function gets a fresh worker:
 *
 * - PYTHON*: the interpreter's own settings (PYTHONPATH, PYTHONHASHSEED, PYTHONIOENCODING,
 *   PYTHONUTF8, PYTHONUSERBASE, PYTHONWARNINGS, PYTHONMALLOC, PYTHONSAFEPATH, ...), all
 *   applied at start.
 * - LANG, LANGUAGE, LC_*: the locale (Python sets LC_CTYPE at start, which fixes the filesystem
 *   and stdio encodings and PEP 538's coercion).
 * - TZ: the time module reads it when it is first imported (the bootstrap imports it); making an
 *   adopted worker match would need time.tzset() and every module that cached time.timezone
 *   since, so a different TZ starts fresh.
 * - HOME: site's user directory (and ~ in botocore's data path) are resolved at start.
 * - TMPDIR, TEMP, TMP: tempfile caches its directory the first time it is asked.
 * - PWD: /bin/sh keeps an inherited PWD that names the working directory and exports it.
 * - LD_*, GLIBC_TUNABLES, MALLOC_*: the dynamic loader and libc read them at exec.
 * - OPENSSL_*, SSL_CERT_*: OpenSSL reads its configuration when `ssl` is first imported.
 *
 * Variables that the modules the standby preloads read while importing (botocore's
 * BOTO_DISABLE_CRT, for instance) are checked by the bootstrap itself, which records them; a
 * difference there, or a code directory that bundles its own boto3, makes the standby exec a
 * fresh interpreter for the function instead (python-bootstrap.ts, _adopt).
 */
const STARTUP_PREFIXES = ['PYTHON', 'LC_', 'LD_', 'MALLOC_', 'OPENSSL_', 'SSL_CERT_'] as const;
const STARTUP_NAMES = new Set([
  'LANG',
  'LANGUAGE',
  'TZ',
  'HOME',
  'TMPDIR',
  'TEMP',
  'TMP',
  'PWD',
  'GLIBC_TUNABLES',
]);

export function readAtStartup(name: string): boolean {
  return STARTUP_NAMES.has(name) || STARTUP_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** The startup variables that differ between a standby's and a worker's environment. */
export function startupDifferences(
  standbyEnv: Readonly<Record<string, string>>,
  workerEnv: Readonly<Record<string, string>>,
): string[] {
  const names = new Set([...Object.keys(standbyEnv), ...Object.keys(workerEnv)]);
  return [...names]
    .filter((name) => readAtStartup(name) && standbyEnv[name] !== workerEnv[name])
    .sort();
}
