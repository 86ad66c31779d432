import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";

/** The deployment switcher. */
export function DeploymentSelect({
  deployments,
  value,
  onChange,
}: {
  deployments: readonly string[];
  value: string;
  onChange: (deployment: string) => void;
}) {
  return (
    <Select
      className="select"
      value={value}
      onChange={(key) => (typeof key === "string" ? onChange(key) : null)}
    >
      <Label>Deployment</Label>
      <Button className="button select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {deployments.map((deployment) => (
            <ListBoxItem key={deployment} id={deployment} className="listbox-item">
              {deployment}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
