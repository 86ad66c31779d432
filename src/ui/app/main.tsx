// The web UI's entry point (built by src/ui/vite.config.ts into dist/ui, served by src/ui/serve.ts).
// Data flows: the token (sign-in, kept in sessionStorage or localStorage) makes an urql client for
// queries and mutations over POST /graphql, and a graphql-ws connection for live loads; each screen
// queries what it shows, and refetches when the subscription says a load arrived.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
