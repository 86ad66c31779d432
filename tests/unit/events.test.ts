import { describe, expect, it } from "vitest";
import { InProcessEventBus, SlowConsumerError } from "../../src/live/bus";
import type { LoadEvent } from "../../src/live/load-events";

function event(id: number, deployment = "prod"): LoadEvent {
  return {
    load: { id } as LoadEvent["load"],
    project: { id: 1, name: "p" } as LoadEvent["project"],
    deployment: { id: 1, name: deployment } as LoadEvent["deployment"],
    assetKeys: { added: [], removed: [], changed: [] },
    rollback: null,
  };
}

describe("InProcessEventBus", () => {
  it("delivers in order to each matching subscription", async () => {
    const bus = new InProcessEventBus();
    const prod = bus.subscribe((e) => e.deployment.name === "prod");
    const all = bus.subscribe(() => true);
    bus.publish(event(1));
    bus.publish(event(2, "staging"));
    bus.publish(event(3));
    expect((await prod.next()).value?.load.id).toBe(1);
    expect((await prod.next()).value?.load.id).toBe(3);
    expect([(await all.next()).value?.load.id, (await all.next()).value?.load.id]).toEqual([1, 2]);
    expect(bus.size).toBe(2);
  });

  it("wakes a waiting reader and ends it on return()", async () => {
    const bus = new InProcessEventBus();
    const subscription = bus.subscribe(() => true);
    const pending = subscription.next();
    bus.publish(event(7));
    expect((await pending).value?.load.id).toBe(7);
    const waiting = subscription.next();
    await subscription.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(bus.size).toBe(0);
  });

  it("ends a subscription that falls too far behind, freeing it, without affecting others", async () => {
    const bus = new InProcessEventBus(3);
    const slow = bus.subscribe(() => true);
    const fast = bus.subscribe(() => true);
    const received: number[] = [];
    for (let id = 1; id <= 5; id++) {
      bus.publish(event(id));
      received.push((await fast.next()).value?.load.id as number);
    }
    expect(received).toEqual([1, 2, 3, 4, 5]);
    await expect(slow.next()).rejects.toBeInstanceOf(SlowConsumerError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    expect(bus.size).toBe(1);
  });
});
