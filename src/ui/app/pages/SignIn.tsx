import { useState } from "react";
import {
  Button,
  Checkbox,
  FieldError,
  Form,
  Heading,
  Input,
  Label,
  Text,
  TextField,
} from "react-aria-components";
import { normalizeToken } from "../token-store";

interface Props {
  /** Checks the token with the API; resolves with the API's message when it is refused. */
  onSubmit: (token: string, remember: boolean) => Promise<string | null>;
  /** Why the stored token no longer works, if that brought the user here. */
  initialError?: string | null;
}

/** Paste a token. It is checked with the API and kept in this tab (or in this browser, with "remember"). */
export function SignIn({ onSubmit, initialError = null }: Props) {
  const [token, setToken] = useState("");
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);
  return (
    <main id="main" className="sign-in">
      <Form
        className="card sign-in-card"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(await onSubmit(normalizeToken(token), remember));
          setBusy(false);
        }}
      >
        <Heading level={1}>Project history</Heading>
        <p>Sign in with an API token of this server.</p>
        <TextField
          className="field"
          isRequired
          value={token}
          onChange={setToken}
          type="password"
          autoComplete="off"
          autoFocus
        >
          <Label>API token</Label>
          <Input className="input mono" spellCheck={false} />
          <Text slot="description" className="muted">
            The server printed one on its first start; <code>project-history token create</code> makes more.
          </Text>
          <FieldError className="error-text" />
        </TextField>
        <Checkbox className="checkbox" isSelected={remember} onChange={setRemember}>
          <span className="checkbox-box" aria-hidden="true" />
          Remember me on this browser
        </Checkbox>
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="button primary" isDisabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </Form>
    </main>
  );
}
