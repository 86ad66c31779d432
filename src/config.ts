import { DEFAULT_DATABASE_URL } from "./db";

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  adminToken: string | null;
}

export class ConfigError extends Error {}

/** Reads the server's settings from the environment (see the README's configuration table). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError(`PORT must be a port number; got "${env.PORT}"`);
  const adminToken = env.ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 16) {
    throw new ConfigError("ADMIN_TOKEN must be at least 16 characters long: it grants every permission");
  }
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    adminToken,
  };
}
