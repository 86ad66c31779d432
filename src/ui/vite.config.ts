import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";
// With its extension: Vite warns about extensionless imports here, which its coming native config loader
// will not resolve.
import { CSP_NONCE_PLACEHOLDER } from "./serve.ts";

// The web UI's build: src/ui (index.html, app/) into dist/ui at the repository's root, with hashed file
// names under assets/ and a .br and .gz next to each text file, which src/ui/serve.ts sends as they are.
// `npm run build:ui` runs it (and `npm install`, through postinstall). `npx vite --config
// src/ui/vite.config.ts` serves the app with hot reload against a server on port 4000.
export const UI_ROOT = fileURLToPath(new URL(".", import.meta.url));
export const UI_OUT_DIR = fileURLToPath(new URL("../../dist/ui", import.meta.url));

export default defineConfig({
  root: UI_ROOT,
  base: "/",
  // serve.ts puts a fresh nonce in its place in each page it sends.
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  // Nothing from the environment reaches the bundle.
  envPrefix: "PROJECT_HISTORY_UI_",
  plugins: [react(), compression({ algorithms: ["gzip", "brotliCompress"], threshold: 1024 })],
  build: {
    outDir: UI_OUT_DIR,
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    // One chunk on purpose (every screen is a click away); its budget is checked gzipped, by tests/ui.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { "/graphql": { target: "http://localhost:4000", ws: true } },
  },
});
