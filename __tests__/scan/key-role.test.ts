// What a name says about the literal bound to it.
import { describe, expect, it } from "vitest";
import schema from "../../src/knowledge/name-words.schema.json" with { type: "json" };
import table from "../../src/knowledge/name-words.json" with { type: "json" };
import { keyRole, splitWords } from "../../src/scan/key-role.js";
import { expectUnique, expectValidTable } from "../helpers/knowledge.js";

describe("the name vocabularies", () => {
  it("validate against their schema, and a word is explained only where it is listed", () => {
    expectValidTable(schema, table);
    for (const [name, v] of Object.entries(table.vocabularies)) {
      expectUnique(v.words);
      const comments = "comments" in v ? Object.keys(v.comments) : [];
      expect(
        comments.filter((w) => !v.words.includes(w)),
        name,
      ).toEqual([]);
    }
  });

  it("are what the roles are made of", () => {
    // A word added to a vocabulary changes the role of every name that ends in it.
    expect(keyRole("redisEndpoint")).toBe("host");
    expect(keyRole("product_thumbnail")).toBe("mention");
    expect(keyRole("author.mastodon")).toBe("mention");
  });
});

describe("keyRole", () => {
  it.each([
    ["host", "host"],
    ["DB_HOST", "host"],
    ["apiHost", "host"],
    ["baseURL", "host"],
    ["HTTPServer", "host"],
    ["spring.datasource.url", "host"],
    ["bootstrap.servers", "host"],
    ["KAFKA_BROKERS", "host"],
    ["redisAddr", "host"],
    ["setHost", "host"],
    ["DialContext", "host"],
    ["hostPort", "other"],
    ["version", "other"],
    ["endpointOverride", "other"],
    ["ALLOWED_HOSTS", "inbound"],
    ["redirect_uri", "inbound"],
    ["ingress.hosts.host", "inbound"],
    ["listen_address", "inbound"],
    ["$schema", "identifier"],
    ["definitions.item.$ref", "identifier"],
    ["@context", "identifier"],
    ["svgNS", "identifier"],
    ["xmlns:xsi", "identifier"],
    ["license", "identifier"],
    ["licenseUrl", "mention"],
    ["info.license_url", "mention"],
    ["fiscalQrUrl", "mention"],
    ["Image", "mention"],
    ["product_image_url", "mention"],
    ["thumbnailSrc", "mention"],
    ["IMAGE_SERVICE_URL", "host"],
    ["imageProxyHost", "host"],
    ["LICENSE_SERVER_URL", "host"],
    ["SOAPAction", "identifier"],
    ["issuer", "identifier"],
    ["jwt.iss", "identifier"],
    ["jwksUri", "host"],
    ["server.root_url", "inbound"],
    ["PUBLIC_URL", "inbound"],
    ["AUTH_FRONTEND_URL", "inbound"],
    ["PORTAL_BASE_URL", "inbound"],
    ["SAML_SP_BASE_URL", "inbound"],
    ["saml.sp.acsUrl", "inbound"],
    ["SAML_IDP_METADATA_URL", "host"],
    ["remotePatterns", "identifier"],
    // A problem-details or JSON-LD type URI names a kind of thing.
    ["type", "identifier"],
    ["error.type", "identifier"],
    ["schema_url", "identifier"],
    ["SCHEMA_REGISTRY_URL", "host"],
    ["FRONTEND_ADDR", "host"],
    ["sameAs", "mention"],
    ["referrers", "mention"],
    ["log.info", "mention"],
    ["errorf", "mention"],
    ["runbook_url", "mention"],
    ["termsOfService", "mention"],
    ["externalDocs.url", "mention"],
    // Sample data: fake client addresses a load generator sends in a header, example URLs.
    ["fake_ip_addresses", "mention"],
    ["exampleUrl", "mention"],
    ["MOCK_SERVER_HOST", "mention"],
  ])("%s is %s", (key, role) => {
    expect(keyRole(key)).toBe(role);
  });

  it("splits names at separators, case changes and acronym ends", () => {
    expect(splitWords("apiBaseURLForHTTPServer_v2.host")).toEqual([
      "api",
      "base",
      "url",
      "for",
      "http",
      "server",
      "v2",
      "host",
    ]);
  });
});
