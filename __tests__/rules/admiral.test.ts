// Admiral registers `<env>.<identity>.global` at run time for the workloads a Dependency names as its source: a call
// from one of them to a destination's name is registered although no file holds the ServiceEntry. Anyone else calling
// a `.global` name (a public top-level domain) calls out.
import { describe, expect, it } from "vitest";
import { judgedReferences } from "../../src/rules/judged-references.js";
import { docs, modelFrom, ref } from "./helpers.js";

const client = (name: string, identity: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: default}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}, identity: ${identity}}}
    spec:
      containers: [{name: main, image: acme/${name}}]`;

const dependency = `apiVersion: admiral.io/v1alpha1
kind: Dependency
metadata: {name: dependency-grpc-client, namespace: admiral}
spec:
  source: grpc-client
  identityLabel: identity
  destinations: [grpc-server]`;

const call = (host: string, workload: string) =>
  ref(`grpc://${host}:80`, { file: "k8s/client.yaml", class: "config", namespace: "default", workload });

describe("names Admiral registers at run time", () => {
  const model = modelFrom({
    "k8s/client.yaml": docs(client("grpc-client", "grpc-client"), client("other", "other")),
    "admiral/dependencies.yaml": dependency,
  });

  it("are not judged for the Dependency's source, with the Dependency as the reason", () => {
    const { judged, notEgress } = judgedReferences([call("stage.grpc-server.global", "grpc-client")], model, undefined);
    expect(judged).toEqual([]);
    expect(notEgress).toHaveLength(1);
    expect(notEgress[0]).toMatchObject({ class: "special-use", workload: "grpc-client" });
    expect(notEgress[0]!.reason).toContain("Dependency admiral/dependency-grpc-client at admiral/dependencies.yaml:2");
  });

  it("are judged for a workload of another identity, and for an identity the Dependency does not list", () => {
    const refs = [call("stage.grpc-server.global", "other"), call("stage.billing.global", "grpc-client")];
    const { judged, notEgress } = judgedReferences(refs, model, undefined);
    expect(judged.map((r) => `${r.workload} ${r.host}`)).toEqual([
      "other stage.grpc-server.global",
      "grpc-client stage.billing.global",
    ]);
    expect(notEgress).toEqual([]);
  });

  it("are judged where the repository holds no Dependency", () => {
    const plain = modelFrom({ "k8s/client.yaml": client("grpc-client", "grpc-client") });
    const { judged } = judgedReferences([call("stage.grpc-server.global", "grpc-client")], plain, undefined);
    expect(judged).toHaveLength(1);
  });
});
