/**
 * Alerts: signed webhooks when a project fails to load or is rolled back.
 *
 *   policies.ts   which deployments, projects and events a policy watches, and its webhook (CRUD)
 *   outbox.ts     enqueueAlerts writes one delivery row per matching policy, inside the transaction that
 *                 records the load or rollback (src/loads), so an alert exists exactly when the load does
 *   sender.ts     after the commit the sender is woken (and it polls); it claims due rows with a lease,
 *                 formats them (payload.ts: JSON or Slack), signs them (signing.ts), posts them (http.ts)
 *                 and records each attempt, retrying with backoff (backoff.ts) until delivered or given up
 */
export { enqueueAlerts } from "./outbox";
export { type AlertSender, type AlertSenderOptions, createAlertSender } from "./sender";
