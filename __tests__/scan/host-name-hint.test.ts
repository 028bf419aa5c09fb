// A text is lexed only when it holds a "://" or a word that may name a host setting (mayReferenceHosts). Every name
// the key roles take for a host must pass that test, or a file whose only address sits under such a name is never
// read: `connection = "db.x.io"`, `net.Dial("tcp", "db.x.io:5432")`.
import { describe, expect, it } from "vitest";
import { mayReferenceHosts } from "../../src/scan/extract.js";
import { keyRole } from "../../src/scan/key-role.js";
import { UPSTREAM_DIRECTIVES } from "../../src/scan/lexers/nginx.js";
import { vocabulary } from "../../src/scan/name-words.js";
import { rowAt, scanRows } from "./helpers.js";

describe("the file test before lexing", () => {
  const hostNames = [...vocabulary("host"), "Dial", "DialTimeout", ...UPSTREAM_DIRECTIVES];

  it.each(hostNames)("lets through a text whose only host setting is %s", (name) => {
    expect(keyRole(name)).toBe("host");
    expect(mayReferenceHosts(`${name} = "db.vendor-io.com"\n`)).toBe(true);
    expect(mayReferenceHosts(`${name.toUpperCase()}: db.vendor-io.com\n`)).toBe(true);
  });

  it("still passes over a text with no address and no host setting", () => {
    expect(mayReferenceHosts('title = "Orders"\nretries = 3\n')).toBe(false);
  });

  it("reads a Python value under `connection`, the file's only host setting", () => {
    const text = 'import psycopg\n\nconnection = "db.other-vendor.com"\n';
    expect(scanRows("app/db.py", text)).toEqual([rowAt(text, "db.other-vendor.com", 0, "")]);
  });

  it("reads the address Go's net.Dial is given, in a file with no other host word", () => {
    const text =
      'package main\n\nimport "net"\n\nfunc main() {\n\tc, _ := net.Dial("tcp", "db.vendor-io.com:5432")\n\t_ = c\n}\n';
    expect(scanRows("cmd/main.go", text)).toEqual([rowAt(text, "db.vendor-io.com", 5432, "")]);
  });
});
