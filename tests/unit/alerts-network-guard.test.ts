import type { LookupAddress } from "node:dns";
import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import { hideUrl, viewerError } from "../../src/alerts/delivery-error";
import {
  AlertNetworkConfigError,
  alertNetworksFromEnv,
  BlockedWebhookError,
  createWebhookGuard,
  type HostResolver,
  InvalidWebhookUrlError,
  PUBLIC_NETWORKS_ONLY,
  pinnedLookup,
  refusal,
} from "../../src/alerts/network-guard";
import { StartupError } from "../../src/domain/errors";

// The webhook guard on its own: configuration, address ranges, every spelling of a host through the real
// WHATWG URL parser, name rules, and what the resolver answers. The end-to-end checks (creation and
// sending through the API, rebinding, pinning) are in tests/alerts/ssrf.test.ts.

const judge = (address: string, rules = PUBLIC_NETWORKS_ONLY) => refusal(ipaddr.parse(address), rules);

/** A resolver that answers from a table and counts its calls; unknown names are ENOTFOUND. */
function resolverOf(table: Record<string, string[]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const answers = table[hostname];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

async function refused(promise: Promise<unknown>): Promise<BlockedWebhookError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BlockedWebhookError);
  return error as BlockedWebhookError;
}

describe("ALERT_ALLOWED_NETWORKS and ALERT_ALLOW_PRIVATE_NETWORKS", () => {
  it("reads CIDR lists, single addresses and the flag", () => {
    expect(alertNetworksFromEnv({})).toEqual({ allowedNetworks: [], allowPrivateNetworks: false });
    const rules = alertNetworksFromEnv({
      ALERT_ALLOWED_NETWORKS: " 10.0.0.0/8, fd00::/8 ,,192.168.1.7, ::1",
      ALERT_ALLOW_PRIVATE_NETWORKS: "TRUE",
    });
    expect(rules.allowedNetworks.map((network) => network.cidr)).toEqual([
      "10.0.0.0/8",
      "fd00::/8",
      "192.168.1.7/32",
      "::1/128",
    ]);
    expect(rules.allowPrivateNetworks).toBe(true);
    expect(alertNetworksFromEnv({ ALERT_ALLOW_PRIVATE_NETWORKS: "0" }).allowPrivateNetworks).toBe(false);
  });

  it("refuses a bad value with a start-up error that names it", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ALERT_ALLOWED_NETWORKS: "10.0.0.0/33" }, /"10\.0\.0\.0\/33" is not an IPv4 or IPv6 range/],
      [{ ALERT_ALLOWED_NETWORKS: "localhost" }, /"localhost" is not an IPv4 or IPv6 range/],
      // ipaddr.js alone would read these loose forms; an operator may mean something else.
      [{ ALERT_ALLOWED_NETWORKS: "10.1/8" }, /"10\.1\/8" is not/],
      [{ ALERT_ALLOWED_NETWORKS: "012.0.0.0/8" }, /"012\.0\.0\.0\/8" is not/],
      [{ ALERT_ALLOWED_NETWORKS: "fe80::1%eth0/64" }, /is not an IPv4 or IPv6 range/],
      [
        { ALERT_ALLOWED_NETWORKS: "10.0.0.1/8" },
        /bits set beyond its \/8 prefix \(did you mean 10\.0\.0\.0\/8\?\)/,
      ],
      [{ ALERT_ALLOW_PRIVATE_NETWORKS: "yes please" }, /ALERT_ALLOW_PRIVATE_NETWORKS must be true or false/],
    ];
    for (const [env, message] of cases) {
      let thrown: unknown;
      try {
        alertNetworksFromEnv(env);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(env)).toBeInstanceOf(AlertNetworkConfigError);
      // main.ts prints a StartupError as one line, without a stack.
      expect(thrown).toBeInstanceOf(StartupError);
      expect((thrown as Error).message).toMatch(message);
    }
  });
});

describe("address ranges", () => {
  it("refuses every non-public range by default, naming it", () => {
    const cases: [string, RegExp][] = [
      ["127.0.0.1", /^127\.0\.0\.1, a loopback address; list it in ALERT_ALLOWED_NETWORKS/],
      ["127.255.0.9", /loopback/],
      ["::1", /^::1, a loopback address/],
      ["169.254.1.1", /link-local/],
      ["fe80::1", /link-local/],
      ["10.1.2.3", /private address; set ALERT_ALLOW_PRIVATE_NETWORKS=true or list it/],
      ["172.16.0.1", /private/],
      ["172.31.255.255", /private/],
      ["192.168.0.1", /private/],
      ["100.64.0.1", /carrier-grade NAT/],
      ["100.127.255.254", /carrier-grade NAT/],
      ["fc00::1", /unique-local/],
      ["fd12:3456::1", /unique-local/],
      ["0.0.0.0", /unspecified address; it is never sent to/],
      ["0.1.2.3", /unspecified/],
      ["::", /unspecified/],
      ["224.0.0.1", /multicast address; it is never sent to/],
      ["239.255.255.250", /multicast/],
      ["ff02::1", /multicast/],
      ["255.255.255.255", /broadcast address; it is never sent to/],
      ["192.0.2.1", /reserved/],
      ["198.18.0.1", /reserved/],
      ["240.0.0.1", /reserved/],
      ["2001:db8::1", /reserved/],
      ["fec0::1", /site-local/],
      ["2002:7f00:1::1", /6to4/],
      ["2001:0:4136:e378::1", /Teredo/],
      ["64:ff9b:1::1", /local-use NAT64/],
      // ::/8 that is not an IPv4 form: not assigned as global unicast.
      ["::1:2:3:4", /unassigned IPv6/],
    ];
    for (const [address, reason] of cases) expect(judge(address), address).toMatch(reason);
  });

  it("judges IPv4-mapped, -compatible, -translated and NAT64 addresses by the IPv4 address inside", () => {
    expect(judge("::ffff:127.0.0.1")).toBe(
      "::ffff:7f00:1 (127.0.0.1), a loopback address; list it in ALERT_ALLOWED_NETWORKS to allow it",
    );
    expect(judge("::ffff:a9fe:a9fe")).toMatch(
      /^::ffff:a9fe:a9fe \(169\.254\.169\.254\), a cloud metadata service/,
    );
    expect(judge("::ffff:10.0.0.1")).toMatch(/\(10\.0\.0\.1\), a private address/);
    expect(judge("::127.0.0.1")).toMatch(/\(127\.0\.0\.1\), a loopback/);
    expect(judge("::ffff:0:127.0.0.1")).toMatch(/\(127\.0\.0\.1\), a loopback/);
    expect(judge("64:ff9b::127.0.0.1")).toMatch(/\(127\.0\.0\.1\), a loopback/);
    expect(judge("64:ff9b::192.168.1.1")).toMatch(/\(192\.168\.1\.1\), a private/);
    // Their public forms are fine.
    for (const address of ["::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "::ffff:0:8.8.8.8"]) {
      expect(judge(address), address).toBeNull();
    }
  });

  it("lets public unicast addresses through", () => {
    for (const address of ["8.8.8.8", "93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450::1"]) {
      expect(judge(address), address).toBeNull();
    }
  });

  it("refuses cloud metadata services whatever the configuration", () => {
    const wideOpen = alertNetworksFromEnv({
      ALERT_ALLOWED_NETWORKS: "0.0.0.0/0,::/0",
      ALERT_ALLOW_PRIVATE_NETWORKS: "true",
    });
    for (const address of [
      "169.254.169.254",
      "::ffff:169.254.169.254",
      "64:ff9b::169.254.169.254",
      "169.254.170.2",
      "fd00:ec2::254",
      "100.100.100.200",
      "168.63.129.16",
      "192.0.0.192",
    ]) {
      expect(judge(address, wideOpen), address).toMatch(/a cloud metadata service; it is never sent to$/);
    }
    // So are addresses that are never a receiver.
    for (const address of ["0.0.0.0", "::", "224.0.0.1", "ff02::1", "255.255.255.255"]) {
      expect(judge(address, wideOpen), address).toMatch(/it is never sent to$/);
    }
    expect(judge("127.0.0.1", wideOpen)).toBeNull();
  });

  it("opens exactly what ALERT_ALLOWED_NETWORKS lists, IPv4-mapped forms included", () => {
    const loopback = alertNetworksFromEnv({ ALERT_ALLOWED_NETWORKS: "127.0.0.0/8" });
    expect(judge("127.0.0.1", loopback)).toBeNull();
    expect(judge("127.3.2.1", loopback)).toBeNull();
    expect(judge("::ffff:127.0.0.1", loopback)).toBeNull();
    expect(judge("::1", loopback)).toMatch(/loopback/);
    expect(judge("10.0.0.1", loopback)).toMatch(/private/);
    expect(judge("169.254.169.254", loopback)).toMatch(/metadata/);
    const lan = alertNetworksFromEnv({ ALERT_ALLOWED_NETWORKS: "10.20.0.0/16,fd00:1::/32" });
    expect(judge("10.20.3.4", lan)).toBeNull();
    expect(judge("10.21.3.4", lan)).toMatch(/private/);
    expect(judge("fd00:1:2::3", lan)).toBeNull();
    expect(judge("fd00:2::3", lan)).toMatch(/unique-local/);
  });

  it("ALERT_ALLOW_PRIVATE_NETWORKS opens private, carrier-grade NAT and unique-local ranges only", () => {
    const rules = alertNetworksFromEnv({ ALERT_ALLOW_PRIVATE_NETWORKS: "true" });
    for (const address of [
      "10.0.0.1",
      "172.20.1.1",
      "192.168.1.1",
      "100.64.0.1",
      "fd00::1",
      "::ffff:10.0.0.1",
    ]) {
      expect(judge(address, rules), address).toBeNull();
    }
    for (const address of [
      "127.0.0.1",
      "::1",
      "169.254.1.1",
      "fe80::1",
      "100.100.100.200",
      "fd00:ec2::254",
    ]) {
      expect(judge(address, rules), address).not.toBeNull();
    }
  });
});

describe("the guard, from URL to addresses", () => {
  const guard = createWebhookGuard({ resolve: resolverOf({}) });

  it("refuses every spelling of loopback and metadata addresses the URL parser accepts", async () => {
    const cases: [string, string, RegExp][] = [
      ["http://127.0.0.1:5432/", "127.0.0.1", /^the webhook's host is 127\.0\.0\.1, a loopback address/],
      ["http://2130706433/", "127.0.0.1", /loopback/],
      ["http://0x7f.1/", "127.0.0.1", /loopback/],
      ["http://0x7f000001/", "127.0.0.1", /loopback/],
      ["http://127.1/", "127.0.0.1", /loopback/],
      ["http://0177.0.0.1/", "127.0.0.1", /loopback/],
      ["http://017700000001/", "127.0.0.1", /loopback/],
      ["http://127.000.000.001/", "127.0.0.1", /loopback/],
      ["http://127.0.0.1./", "127.0.0.1", /loopback/],
      ["http://１２７.０.０.１/", "127.0.0.1", /loopback/],
      ["http://[::1]:6379/", "::1", /loopback/],
      ["http://[0:0:0:0:0:0:0:1]/", "::1", /loopback/],
      ["http://[::ffff:127.0.0.1]:8080/", "::ffff:7f00:1", /\(127\.0\.0\.1\), a loopback/],
      ["http://[::127.0.0.1]/", "::7f00:1", /\(127\.0\.0\.1\), a loopback/],
      ["http://[64:ff9b::7f00:1]/", "64:ff9b::7f00:1", /\(127\.0\.0\.1\), a loopback/],
      ["http://169.254.169.254/latest/meta-data/", "169.254.169.254", /metadata/],
      ["http://0251.0376.0251.0376/", "169.254.169.254", /metadata/],
      ["http://2852039166/", "169.254.169.254", /metadata/],
      ["http://[::ffff:169.254.169.254]/", "::ffff:a9fe:a9fe", /metadata/],
      ["http://[::ffff:a9fe:a9fe]/", "::ffff:a9fe:a9fe", /metadata/],
      ["http://0/", "0.0.0.0", /unspecified/],
      ["http://[::]/", "::", /unspecified/],
      ["https://10.0.0.1/", "10.0.0.1", /private/],
      ["http://[fd00::1]/", "fd00::1", /unique-local/],
      ["http://[fe80::1]/", "fe80::1", /link-local/],
    ];
    for (const [url, address, reason] of cases) {
      const error = await refused(guard.check(url));
      expect(error.address, url).toBe(address);
      expect(error.message, url).toMatch(reason);
      // The answer names no port and no path: the same whatever the port.
      expect(error.message).not.toMatch(/:(5432|6379|8080)|meta-data/);
    }
  });

  it("refuses localhost names and metadata names without asking DNS, trailing dots included", async () => {
    const resolve = resolverOf({ "metadata.google.internal": ["93.184.215.14"] });
    const named = createWebhookGuard({ resolve });
    for (const url of [
      "http://localhost/",
      "http://localhost./",
      "http://LOCALHOST:6379/",
      "http://api.localhost/",
    ]) {
      const error = await refused(named.check(url));
      expect(error.message, url).toBe(
        "the webhook's host resolves to 127.0.0.1, a loopback address; list it in ALERT_ALLOWED_NETWORKS to allow it",
      );
    }
    for (const url of [
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://metadata.google.internal./",
      "http://METADATA.GOOGLE.INTERNAL/",
      "http://metadata/",
      "http://instance-data/",
      "http://metadata.goog/",
    ]) {
      const error = await refused(named.check(url));
      expect(error.message, url).toMatch(
        /^the webhook's host [a-z.-]+ is a cloud metadata service; it is never sent to$/,
      );
      expect(error.address).toBeNull();
    }
    expect(resolve.calls).toEqual([]);
  });

  it("resolves other names and refuses them when any address is refused", async () => {
    const resolve = resolverOf({
      "hooks.example.test": ["93.184.215.14", "2606:2800:21f::1"],
      "mixed.example.test": ["93.184.215.14", "10.0.0.7"],
      "rebound.example.test": ["127.0.0.1"],
    });
    const resolving = createWebhookGuard({ resolve });
    const checked = await resolving.check("https://hooks.example.test/hook?token=x");
    expect(checked.addresses).toEqual([
      { address: "93.184.215.14", family: 4 },
      { address: "2606:2800:21f::1", family: 6 },
    ]);
    expect(checked.url.hostname).toBe("hooks.example.test");
    expect((await refused(resolving.check("http://mixed.example.test/"))).message).toBe(
      "the webhook's host resolves to 10.0.0.7, a private address; set ALERT_ALLOW_PRIVATE_NETWORKS=true or list it in ALERT_ALLOWED_NETWORKS to allow it",
    );
    expect((await refused(resolving.check("http://rebound.example.test/"))).address).toBe("127.0.0.1");
    // Sending needs an address; writing a policy lets a name that does not resolve yet through.
    await expect(resolving.check("http://nowhere.example.test/")).rejects.toMatchObject({
      code: "ENOTFOUND",
    });
    await expect(resolving.checkIfResolvable("http://nowhere.example.test/")).resolves.toBeUndefined();
    await refused(resolving.checkIfResolvable("http://rebound.example.test/"));
  });

  it("bounds a resolver that never answers", async () => {
    const hanging = createWebhookGuard({ resolve: () => new Promise(() => {}), resolveTimeoutMs: 50 });
    await expect(hanging.check("http://slow.example.test/")).rejects.toMatchObject({ code: "ETIMEOUT" });
  });

  it("sends only http and https", async () => {
    for (const url of ["ftp://8.8.8.8/", "file:///etc/passwd", "gopher://8.8.8.8/", "not a url"]) {
      await expect(guard.check(url), url).rejects.toBeInstanceOf(InvalidWebhookUrlError);
    }
  });
});

describe("pinnedLookup", () => {
  const lookup = pinnedLookup([
    { address: "93.184.215.14", family: 4 },
    { address: "2606:2800:21f::1", family: 6 },
  ]);
  const ask = (options: Parameters<typeof lookup>[1]) =>
    new Promise<unknown[]>((resolve) => lookup("hooks.example.test", options, (...args) => resolve(args)));

  it("answers the checked addresses, in the form and family asked", async () => {
    expect(await ask({})).toEqual([null, "93.184.215.14", 4]);
    expect(await ask({ family: 6 })).toEqual([null, "2606:2800:21f::1", 6]);
    expect(await ask({ all: true })).toEqual([
      null,
      [
        { address: "93.184.215.14", family: 4 },
        { address: "2606:2800:21f::1", family: 6 },
      ],
    ]);
    const onlyV4 = pinnedLookup([{ address: "93.184.215.14", family: 4 }]);
    const [error] = await new Promise<unknown[]>((resolve) =>
      onlyV4("hooks.example.test", { family: 6 }, (...args) => resolve(args)),
    );
    expect(error).toMatchObject({ code: "ENOTFOUND" });
  });
});

describe("masking the webhook URL in what receivers echo", () => {
  const url =
    "https://hooks.example.test/services/T000/B000/s3cr%C3%A9t-path-segment?token=abc%2Fdef123&sig=Zm9v+YmFy&v=1#frag-secret";

  it("hides the URL, long path segments, query values and the fragment, in every spelling", () => {
    const echoes = [
      url,
      "/services/T000/B000/s3cr%C3%A9t-path-segment?token=abc%2Fdef123&sig=Zm9v+YmFy&v=1",
      "s3cr%c3%a9t-path-segment", // other hex case
      "s3crét-path-segment", // percent-decoded
      "abc%2Fdef123",
      "abc/def123", // decoded query value
      "abc%252Fdef123", // encoded once more
      "Zm9v YmFy", // + as a space
      "Zm9v+YmFy",
      "token=abc%2Fdef123",
      "frag-secret",
      "\\/services\\/T000\\/B000", // JSON's escaped slashes
    ];
    for (const echo of echoes) {
      const hidden = hideUrl(`Cannot POST ${echo} (unknown hook)`, url);
      expect(hidden, echo).toMatch(/^Cannot POST .*\(unknown hook\)$/);
      for (const secret of ["s3cr", "abc", "def123", "Zm9v", "YmFy", "frag-secret"]) {
        expect(hidden, echo).not.toContain(secret);
      }
    }
    // Short, common words stay readable.
    expect(hideUrl("services are down", url)).toBe("services are down");
  });
});

describe("what VIEWERs read of a failure", () => {
  it("is worded from the class and status only", () => {
    const row = (errorClass: string | null, responseStatus: number | null, lastError: string | null) =>
      viewerError({ errorClass, responseStatus, lastError });
    expect(row("HTTP_500", 500, "HTTP 500: internal secret stack trace")).toBe("HTTP 500");
    expect(row("HTTP_302", 302, "HTTP 302: redirects are not followed")).toBe(
      "HTTP 302: redirects are not followed",
    );
    expect(row("TIMEOUT", null, "timed out after 5000 ms")).toBe("timed out");
    expect(row("CONNECTION_REFUSED", null, "connect ECONNREFUSED 203.0.113.9:8443")).toBe(
      "connection refused",
    );
    expect(row("BLOCKED_ADDRESS", null, "the webhook's host resolves to 10.0.0.7, a private address")).toBe(
      "not sent: the webhook's address is one this server does not send to",
    );
    expect(row("POLICY_DISABLED", null, "Not sent: the policy was disabled")).toBe(
      "Not sent: the policy was disabled",
    );
    expect(row(null, null, null)).toBeNull();
    // Rows written before classes existed: the status, or that it failed; never the stored text.
    expect(row(null, 503, "HTTP 503: maintenance by bob@example.com")).toBe("HTTP 503");
    expect(row(null, null, "ECONNREFUSED 10.0.0.1:25")).toBe("the last attempt failed");
  });
});
