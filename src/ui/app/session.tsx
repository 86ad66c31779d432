// The signed-in session: the token, who it belongs to (viewer name and roles), the deployments it may
// read, and the API clients made for it. Screens read it with useSession(); signing out drops it all.
import { createContext, useContext } from "react";
import type { Client } from "urql";
import type { UiSignInQuery } from "../generated/graphql";
import { createApiClient, errorMessage } from "./client";
import type { LiveConnection } from "./live";
import { SIGN_IN } from "./operations";
import type { Grant } from "./roles";

export interface Viewer {
  name: string;
  roles: Grant[];
}

export interface Session {
  token: string;
  viewer: Viewer;
  deployments: string[];
  client: Client;
  live: LiveConnection;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a signed-in session");
  return session;
}

export type Verification =
  | { ok: true; viewer: Viewer; deployments: string[]; client: Client }
  | { ok: false; message: string };

/** Asks the API who a token belongs to; a bad token gets the API's own message. */
export async function verifyToken(token: string, client = createApiClient(token)): Promise<Verification> {
  const result = await client.query(SIGN_IN, {}, { requestPolicy: "network-only" }).toPromise();
  const data: UiSignInQuery | undefined = result.data;
  if (result.error || !data?.viewer) {
    return { ok: false, message: errorMessage(result.error) ?? "The token is unknown or revoked" };
  }
  return {
    ok: true,
    viewer: { name: data.viewer.name, roles: data.viewer.roles },
    deployments: (data.deployments ?? []).map((deployment) => deployment.name),
    client,
  };
}
