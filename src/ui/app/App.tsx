import { useCallback, useEffect, useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { Provider } from "urql";
import { Link, Route, Switch } from "wouter";
import { createApiClient, createLive } from "./client";
import { LiveIndicator } from "./components/LiveIndicator";
import { dropFirstPage, prefetchFirstPage } from "./first-page";
import { Asset } from "./pages/Asset";
import { History } from "./pages/History";
import { NotFound } from "./pages/NotFound";
import { Projects } from "./pages/Projects";
import { SignIn } from "./pages/SignIn";
import { grantLabel } from "./roles";
import { type Session, SessionContext, type Verification, verifyToken } from "./session";
import { clearToken, readToken, saveToken } from "./token-store";
import { assetKeyFromPath } from "./urls";

type SignedIn = Extract<Verification, { ok: true }> & { token: string };

/**
 * The app: without a valid token, the sign-in screen (at whatever URL was opened, which then shows once
 * signed in); with one, the header and the routed screen. A stored token is checked with the API first.
 */
export function App() {
  const [signedIn, setSignedIn] = useState<SignedIn | null>(null);
  const [checking, setChecking] = useState(() => readToken() !== null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const stored = readToken();
    if (!stored) return;
    let current = true;
    // The screen's first data is asked for alongside the check, on the client the session will use.
    const client = createApiClient(stored.token);
    prefetchFirstPage(client, window.location);
    verifyToken(stored.token, client).then((verification) => {
      if (!current) return;
      if (verification.ok) setSignedIn({ ...verification, token: stored.token });
      else {
        dropFirstPage();
        clearToken();
        setProblem(`The saved token no longer works: ${verification.message}`);
      }
      setChecking(false);
    });
    return () => {
      current = false;
    };
  }, []);

  const signIn = useCallback(async (token: string, remember: boolean) => {
    const verification = await verifyToken(token);
    if (!verification.ok) return verification.message;
    saveToken({ token, remember });
    setSignedIn({ ...verification, token });
    return null;
  }, []);

  const signOut = useCallback(() => {
    clearToken();
    setSignedIn(null);
    setProblem(null);
  }, []);

  if (checking)
    return (
      <main id="main" className="sign-in">
        <p role="status">Signing in…</p>
      </main>
    );
  if (!signedIn) return <SignIn onSubmit={signIn} initialError={problem} />;
  return <SignedInApp signedIn={signedIn} signOut={signOut} />;
}

function SignedInApp({ signedIn, signOut }: { signedIn: SignedIn; signOut: () => void }) {
  const live = useMemo(() => createLive(signedIn.token), [signedIn.token]);
  useEffect(() => () => void live.dispose(), [live]);
  const session: Session = useMemo(
    () => ({
      token: signedIn.token,
      viewer: signedIn.viewer,
      deployments: signedIn.deployments,
      client: signedIn.client,
      live,
      signOut,
    }),
    [signedIn, live, signOut],
  );
  return (
    <SessionContext.Provider value={session}>
      <Provider value={session.client}>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="app-header">
          <Link href="/" className="brand">
            Project history
          </Link>
          <LiveIndicator live={live} />
          <span className="viewer">
            <span className="viewer-name">{session.viewer.name}</span>{" "}
            <span className="muted">{session.viewer.roles.map(grantLabel).join(", ")}</span>
          </span>
          <Button className="button small" onPress={signOut}>
            Sign out
          </Button>
        </header>
        <Switch>
          <Route path="/">
            <Projects />
          </Route>
          <Route path="/deployments/:deployment/projects/:project/history">
            {(params) => <History deployment={params.deployment} project={params.project} />}
          </Route>
          <Route path="/deployments/:deployment/projects/:project/assets/*">
            {(params) => (
              <Asset
                deployment={params.deployment}
                project={params.project}
                assetKey={assetKeyFromPath(params["*"])}
              />
            )}
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Provider>
    </SessionContext.Provider>
  );
}
