declare const __FIVEFOLD_VERSION__: string | undefined;

/** The version printed by `--version` (injected by the build; `dev` when run from source). */
export const VERSION = typeof __FIVEFOLD_VERSION__ === 'string' ? __FIVEFOLD_VERSION__ : 'dev';
