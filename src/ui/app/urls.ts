// The app's URLs. Asset keys hold "/" (path segments), so each segment is encoded on its own and the key
// is the rest of the path: /deployments/prod/projects/analytics/assets/mart/revenue_daily.

const part = (value: string) => encodeURIComponent(value);

export function projectsUrl(deployment?: string): string {
  return deployment ? `/?deployment=${part(deployment)}` : "/";
}

export interface HistoryParams {
  /** Every load on its own row (the switch off). */
  all?: boolean;
  status?: "SUCCESS" | "FAILURE" | null;
  /** A load whose drawer opens with the page. */
  load?: string | null;
}

export function historyUrl(deployment: string, project: string, params: HistoryParams = {}): string {
  const search = new URLSearchParams();
  if (params.all) search.set("all", "1");
  if (params.status) search.set("status", params.status);
  if (params.load) search.set("load", params.load);
  const query = search.toString();
  return `/deployments/${part(deployment)}/projects/${part(project)}/history${query ? `?${query}` : ""}`;
}

export function assetUrl(deployment: string, project: string, key: string): string {
  const path = key.split("/").map(part).join("/");
  return `/deployments/${part(deployment)}/projects/${part(project)}/assets/${path}`;
}

/** The asset key from the wildcard part of an asset page's path. */
export function assetKeyFromPath(rest: string): string {
  return rest
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}
