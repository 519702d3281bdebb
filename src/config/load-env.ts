import { config as loadDotenv } from 'dotenv';

/** Reads `.env` into the environment (real environment variables win) and returns it. */
export function loadEnvironment(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
