// Decides whether the alert sender may send to a webhook URL, and to which addresses exactly.
//
//   webhook URL --WHATWG URL parser--> host. The parser already turns every numeric IPv4 spelling
//     (2130706433, 0x7f.1, 127.1, 0177.0.0.1, 127.0.0.1., full-width digits) into dotted decimal and every
//     IPv6 literal into its compressed form ([::ffff:169.254.169.254] -> [::ffff:a9fe:a9fe]).
//   host --name rules--> cloud metadata names are refused; localhost names stand for 127.0.0.1 (RFC 6761,
//     no DNS asked); an IP literal is its own address; any other name is resolved (every address).
//   each address --ipaddr.js--> IPv4-mapped, IPv4-compatible, IPv4-translated and NAT64 forms are judged
//     by the IPv4 address inside them; then the range decides, after the operator's allow-list.
//   all allowed --> the request is pinned to these addresses (pinnedLookup), so a DNS answer that changes
//     between the check and the connection (DNS rebinding) cannot send it anywhere else.
//
// Only public unicast addresses are sent to by default. ALERT_ALLOWED_NETWORKS (CIDR list) and
// ALERT_ALLOW_PRIVATE_NETWORKS=true open more (alertNetworksFromEnv reads them); cloud metadata services
// and unspecified, multicast and broadcast addresses stay refused whatever the configuration.
import { promises as dns, type LookupAddress } from "node:dns";
import { isIP, isIPv4, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { StartupError } from "../domain/errors";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

export interface AllowedNetwork {
  /** As the operator wrote it (normalized): shown in messages. */
  cidr: string;
  range: [Address, number];
}

/** Which non-public networks the sender may reach, beyond the public internet. */
export interface AlertNetworkRules {
  /** ALERT_ALLOWED_NETWORKS: ranges sent to even though they are not public (loopback, private, ...). */
  allowedNetworks: readonly AllowedNetwork[];
  /** ALERT_ALLOW_PRIVATE_NETWORKS: private (RFC 1918), carrier-grade NAT and unique-local addresses. */
  allowPrivateNetworks: boolean;
}

/** The default: public unicast addresses only. */
export const PUBLIC_NETWORKS_ONLY: AlertNetworkRules = { allowedNetworks: [], allowPrivateNetworks: false };

/** A bad ALERT_* setting: the server does not start. */
export class AlertNetworkConfigError extends StartupError {}

/** Reads ALERT_ALLOWED_NETWORKS and ALERT_ALLOW_PRIVATE_NETWORKS; throws AlertNetworkConfigError. */
export function alertNetworksFromEnv(env: Readonly<Record<string, string | undefined>>): AlertNetworkRules {
  const allowedNetworks = parseAllowedNetworks(env.ALERT_ALLOWED_NETWORKS ?? "");
  const raw = env.ALERT_ALLOW_PRIVATE_NETWORKS;
  const flag = raw?.trim().toLowerCase() ?? "";
  if (!["", "true", "false", "1", "0"].includes(flag)) {
    throw new AlertNetworkConfigError(`ALERT_ALLOW_PRIVATE_NETWORKS must be true or false; got "${raw}"`);
  }
  return { allowedNetworks, allowPrivateNetworks: flag === "true" || flag === "1" };
}

/** A comma-separated list of CIDR ranges (or single addresses), IPv4 in dotted decimal. */
export function parseAllowedNetworks(value: string): AllowedNetwork[] {
  const networks: AllowedNetwork[] = [];
  for (const entry of value.split(",").map((part) => part.trim())) {
    if (entry === "") continue;
    const wrong = (why: string) =>
      new AlertNetworkConfigError(
        `ALERT_ALLOWED_NETWORKS: "${entry}" ${why}; expected CIDR ranges such as 10.0.0.0/8,fd00::/8`,
      );
    const cidr = entry.includes("/") ? entry : `${entry}/${entry.includes(":") ? 128 : 32}`;
    // Strict forms only: ipaddr.js would read "10.1/8" or "012.0.0.0/8" in ways an operator may not mean.
    const v4 = ipaddr.IPv4.isValidCIDRFourPartDecimal(cidr);
    if (!v4 && (entry.includes("%") || !ipaddr.IPv6.isValidCIDR(cidr))) {
      throw wrong("is not an IPv4 or IPv6 range");
    }
    const range = ipaddr.parseCIDR(cidr);
    const network = v4 ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
    if (network.toString() !== range[0].toString()) {
      throw wrong(`has bits set beyond its /${range[1]} prefix (did you mean ${network}/${range[1]}?)`);
    }
    networks.push({ cidr: `${range[0]}/${range[1]}`, range });
  }
  return networks;
}

/** The webhook may not be sent to: `message` says why (no port, no path: it names only the address). */
export class BlockedWebhookError extends Error {
  override readonly name = "BlockedWebhookError";
  constructor(
    message: string,
    /** The refused address, or null when the host name itself is refused. */
    readonly address: string | null,
  ) {
    super(message);
  }
}

/** The URL cannot be a webhook at all (not http(s), no host). */
export class InvalidWebhookUrlError extends Error {
  override readonly name = "InvalidWebhookUrlError";
}

/** Cloud metadata services: they hand out credentials, so no configuration opens them. */
const METADATA_NAMES = new Set([
  "metadata", // GCE's search domain makes it metadata.google.internal
  "metadata.google.internal",
  "metadata.goog",
  "instance-data", // AWS
  "instance-data.ec2.internal",
  "metadata.tencentyun.com",
]);
const METADATA_ADDRESSES = [
  "169.254.169.254", // AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle, ...
  "169.254.170.2", // AWS ECS task credentials
  "169.254.170.23", // AWS EKS pod identity
  "fd00:ec2::254", // AWS IMDS over IPv6
  "fd00:ec2::23", // AWS EKS pod identity over IPv6
  "100.100.100.200", // Alibaba Cloud
  "192.0.0.192", // Oracle Cloud
  "168.63.129.16", // Azure WireServer (a public-looking address)
].map((address) => ipaddr.parse(address));

/** Never a webhook receiver, whatever the allow-list says. */
const NEVER_ALLOWED = new Set(["unspecified", "multicast", "broadcast"]);
/** Opened by ALERT_ALLOW_PRIVATE_NETWORKS. */
const PRIVATE_RANGES = new Set(["private", "carrierGradeNat", "uniqueLocal"]);
/** IANA's global unicast IPv6 space: other "unicast" IPv6 addresses (in ::/8 and such) are unassigned. */
const IPV6_GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
/** Forms that carry an IPv4 address in their last 32 bits (IPv4-mapped is read by ipaddr.js itself). */
const EMBEDDING_IPV4 = [
  ipaddr.IPv6.parseCIDR("::/96"), // IPv4-compatible (deprecated)
  ipaddr.IPv6.parseCIDR("::ffff:0:0:0/96"), // IPv4-translated (RFC 6145)
  ipaddr.IPv6.parseCIDR("64:ff9b::/96"), // NAT64 well-known prefix (RFC 6052)
];

const RANGE_NAMES: Record<string, string> = {
  loopback: "a loopback address",
  linkLocal: "a link-local address",
  private: "a private address",
  carrierGradeNat: "a carrier-grade NAT address",
  uniqueLocal: "a unique-local address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
  reserved: "a reserved address",
  deprecatedSiteLocal: "a site-local address",
  rfc6052: "a local-use NAT64 address",
  "6to4": "a 6to4 transition address",
  teredo: "a Teredo transition address",
};

/** The IPv4 address an IPv6 address stands for, when it is one of the forms that embed one. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  const range: string = address.range();
  // :: and ::1 fall inside ::/96 but are IPv6's own unspecified and loopback addresses.
  if (range === "unspecified" || range === "loopback") return null;
  if (!EMBEDDING_IPV4.some((prefix) => address.match(prefix))) return null;
  return new ipaddr.IPv4(address.toByteArray().slice(12));
}

function matches(address: Address, range: [Address, number]): boolean {
  return address.kind() === range[0].kind() && address.match(range);
}

/** null when the address may be sent to, else why not (for a message). */
export function refusal(address: Address, rules: AlertNetworkRules): string | null {
  const ipv4 = address.kind() === "ipv6" ? embeddedIPv4(address as ipaddr.IPv6) : null;
  const subject: Address = ipv4 ?? address;
  const shown = ipv4 ? `${address} (${ipv4})` : String(address);
  if (
    METADATA_ADDRESSES.some((metadata) => matches(subject, [metadata, metadata.kind() === "ipv4" ? 32 : 128]))
  ) {
    return `${shown}, a cloud metadata service; it is never sent to`;
  }
  const range: string = subject.range();
  const what = RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
  if (NEVER_ALLOWED.has(range)) return `${shown}, ${what}; it is never sent to`;
  if (
    rules.allowedNetworks.some(
      (network) => matches(address, network.range) || matches(subject, network.range),
    )
  ) {
    return null;
  }
  if (range === "unicast" && (subject.kind() === "ipv4" || matches(subject, IPV6_GLOBAL_UNICAST)))
    return null;
  if (rules.allowPrivateNetworks && PRIVATE_RANGES.has(range)) return null;
  if (range === "unicast")
    return `${shown}, an unassigned IPv6 address; list it in ALERT_ALLOWED_NETWORKS to allow it`;
  const hint = PRIVATE_RANGES.has(range)
    ? "set ALERT_ALLOW_PRIVATE_NETWORKS=true or list it in ALERT_ALLOWED_NETWORKS to allow it"
    : "list it in ALERT_ALLOWED_NETWORKS to allow it";
  return `${shown}, ${what}; ${hint}`;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address of a host name, as dns.lookup(host, { all: true }) gives them. Injected in tests. */
export type HostResolver = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The system resolver (getaddrinfo: /etc/hosts, then DNS), every address in the order it gives them. */
export const systemResolver: HostResolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** A URL that passed: where the request may connect, and only there. */
export interface CheckedTarget {
  url: URL;
  /** In the resolver's order; one entry for an IP literal or a localhost name. */
  addresses: readonly ResolvedAddress[];
}

export interface WebhookGuard {
  readonly rules: AlertNetworkRules;
  /**
   * Before a send: parses the URL, resolves its host and checks every address. Rejects with
   * InvalidWebhookUrlError, BlockedWebhookError, or the resolver's error (ENOTFOUND, ...).
   */
  check(url: string): Promise<CheckedTarget>;
  /**
   * When a policy is written: as check, but a host that does not resolve (yet) passes, since sending
   * checks again. Rejects with BlockedWebhookError or InvalidWebhookUrlError only.
   */
  checkIfResolvable(url: string): Promise<void>;
}

export interface WebhookGuardOptions {
  /** Default: public networks only. */
  rules?: AlertNetworkRules;
  /** Default: the system resolver. */
  resolve?: HostResolver;
  /** A resolution taking longer fails (ETIMEOUT). Sends are bounded by their own timeout as well. */
  resolveTimeoutMs?: number;
}

const LOCALHOST = [{ address: "127.0.0.1", family: 4 }] as const;

export function createWebhookGuard(options: WebhookGuardOptions = {}): WebhookGuard {
  const rules = options.rules ?? PUBLIC_NETWORKS_ONLY;
  const resolve = options.resolve ?? systemResolver;
  const resolveTimeoutMs = options.resolveTimeoutMs ?? 5_000;

  /** The URL's addresses, unchecked, or a refusal of its name. */
  async function addressesOf(url: URL): Promise<readonly ResolvedAddress[]> {
    const host = url.hostname;
    if (host.startsWith("[")) return [{ address: host.slice(1, -1), family: 6 }];
    // node:net's strict checks rather than ipaddr.js's isValid, which throws and catches inside (tens of µs).
    if (isIPv4(host)) return [{ address: host, family: 4 }];
    // Trailing dots name the same host (localhost. is localhost).
    const name = host.replace(/\.+$/, "");
    if (METADATA_NAMES.has(name)) {
      throw new BlockedWebhookError(
        `the webhook's host ${name} is a cloud metadata service; it is never sent to`,
        null,
      );
    }
    if (name === "localhost" || name.endsWith(".localhost")) return LOCALHOST;
    const answers = await withTimeout(resolve(host), resolveTimeoutMs);
    if (answers.length === 0) throw Object.assign(new Error(`no address for ${name}`), { code: "ENOTFOUND" });
    return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
  }

  function parse(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new InvalidWebhookUrlError("the webhook URL is not valid");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new InvalidWebhookUrlError("only http and https URLs are sent to");
    }
    if (!url.hostname) throw new InvalidWebhookUrlError("the webhook URL has no host");
    return url;
  }

  function judge(url: URL, addresses: readonly ResolvedAddress[]): void {
    const literal = url.hostname.startsWith("[") || isIPv4(url.hostname);
    for (const { address } of addresses) {
      const family = isIP(address);
      if (family === 0) throw new BlockedWebhookError(`the resolver answered "${address}"`, address);
      const why = refusal(family === 4 ? ipaddr.IPv4.parse(address) : ipaddr.IPv6.parse(address), rules);
      if (why !== null) {
        throw new BlockedWebhookError(
          literal ? `the webhook's host is ${why}` : `the webhook's host resolves to ${why}`,
          address,
        );
      }
    }
  }

  return {
    rules,
    async check(raw) {
      const url = parse(raw);
      const addresses = await addressesOf(url);
      judge(url, addresses);
      return { url, addresses };
    },
    async checkIfResolvable(raw) {
      const url = parse(raw);
      let addresses: readonly ResolvedAddress[];
      try {
        addresses = await addressesOf(url);
      } catch (error) {
        if (error instanceof BlockedWebhookError) throw error;
        return;
      }
      judge(url, addresses);
    },
  };
}

/**
 * A `lookup` for http(s).request that answers with the checked addresses only and never asks DNS: the
 * connection goes where the check looked, while the Host header and TLS SNI keep the URL's host name.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family =
      options.family === 4 || options.family === "IPv4"
        ? 4
        : options.family === 6 || options.family === "IPv6"
          ? 6
          : 0;
    const usable = addresses.filter((entry) => family === 0 || entry.family === family);
    const [first] = usable;
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`no checked address of ${hostname} for IPv${family}`);
      error.code = "ENOTFOUND";
      callback(error, "", 0);
      return;
    }
    if (options.all)
      callback(
        null,
        usable.map((entry) => ({ address: entry.address, family: entry.family })),
      );
    else callback(null, first.address, first.family);
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(Object.assign(new Error(`DNS resolution took longer than ${ms} ms`), { code: "ETIMEOUT" })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
