import { describe, expect, it } from "vitest";
import { canonicalJson, compareCodeUnits, isPlainObject } from "../../src/domain/json";

describe("canonicalJson", () => {
  it("sorts object keys recursively and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("is equal for the same value with another key order", () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it("tells value types and array order apart", () => {
    expect(canonicalJson(1)).not.toBe(canonicalJson("1"));
    expect(canonicalJson(null)).not.toBe(canonicalJson("null"));
    expect(canonicalJson(true)).not.toBe(canonicalJson("true"));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it("sorts integer-like keys by code unit, not numerically", () => {
    expect(canonicalJson({ "9": 0, "10": 0, a: 0 })).toBe('{"10":0,"9":0,"a":0}');
  });

  it("escapes keys and strings like JSON.stringify", () => {
    const value = { 'q"uote': "line\nbreak", "\u00e9": "\u2028" };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it("keeps a __proto__ key as data", () => {
    const value = JSON.parse('{"__proto__":{"x":1}}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1}}');
  });
});

describe("compareCodeUnits", () => {
  it("orders by UTF-16 code unit, upper case before lower case", () => {
    expect(["b", "B", "a", "A", "_"].sort(compareCodeUnits)).toEqual(["A", "B", "_", "a", "b"]);
  });
});

describe("isPlainObject", () => {
  it("accepts JSON objects, including prototype-less ones", () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });

  it("rejects arrays, null, primitives and class instances", () => {
    for (const value of [null, undefined, [], "x", 1, true, new Date(0), new Map()]) {
      expect(isPlainObject(value)).toBe(false);
    }
  });
});
