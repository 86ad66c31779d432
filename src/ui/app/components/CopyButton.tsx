import { useState } from "react";
import { Button } from "react-aria-components";

/**
 * Copies text to the clipboard. The Clipboard API exists only on secure pages (https, localhost); elsewhere
 * (a server reached over plain http by address) the text is copied through a selected, hidden text area.
 */
async function copy(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions): try the old way.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const done = document.execCommand("copy");
  area.remove();
  return done;
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="copy">
      <Button
        className="button small"
        onPress={async () => {
          setStatus((await copy(text)) ? "copied" : "failed");
          setTimeout(() => setStatus("idle"), 2_000);
        }}
      >
        {label}
      </Button>
      <span role="status" className="copy-status">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select the text" : ""}
      </span>
    </span>
  );
}
