/** A load's status: a word and a sign, not colour alone. */
export function StatusBadge({ status }: { status: "SUCCESS" | "FAILURE" }) {
  return status === "SUCCESS" ? (
    <span className="badge badge-success">
      <span aria-hidden="true">✓</span> Success
    </span>
  ) : (
    <span className="badge badge-failure">
      <span aria-hidden="true">✕</span> Failure
    </span>
  );
}

export function TriggerBadge({ trigger }: { trigger: "DEPLOY" | "ROLLBACK" }) {
  return trigger === "ROLLBACK" ? (
    <span className="badge badge-rollback">
      <span aria-hidden="true">↺</span> Rollback
    </span>
  ) : (
    <span className="badge badge-neutral">Deploy</span>
  );
}
