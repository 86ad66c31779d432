// The alert vocabulary of the contract, stored as strings (one schema serves SQLite and PostgreSQL).

export const ALERT_EVENTS = ["PROJECT_LOAD_FAILED", "ROLLBACK_PERFORMED", "ROLLBACK_FAILED"] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

export const ALERT_FORMATS = ["JSON", "SLACK"] as const;
export type AlertFormat = (typeof ALERT_FORMATS)[number];

export const DELIVERY_STATUSES = ["PENDING", "DELIVERED", "FAILED"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export function isAlertEvent(value: string): value is AlertEvent {
  return (ALERT_EVENTS as readonly string[]).includes(value);
}

export function isAlertFormat(value: string): value is AlertFormat {
  return (ALERT_FORMATS as readonly string[]).includes(value);
}

export function isDeliveryStatus(value: string): value is DeliveryStatus {
  return (DELIVERY_STATUSES as readonly string[]).includes(value);
}

/** The column form of a policy's events: sorted in the enum's order, no duplicates, joined by ",". */
export function serializeEvents(events: readonly AlertEvent[]): string {
  return ALERT_EVENTS.filter((event) => events.includes(event)).join(",");
}

export function parseEvents(column: string): AlertEvent[] {
  return column.split(",").filter(isAlertEvent);
}
