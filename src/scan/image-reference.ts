// A container image written without a scheme (`ghcr.io/acme/api:1.2`): the container runtime or an image builder
// pulls or pushes it, not the workload's code. The registries are reviewed data: src/knowledge/image-registries.json.
// Amazon ECR's names carry the account and region (`123456789012.dkr.ecr.eu-west-1.amazonaws.com`), so they are
// matched by shape.
import knowledge from "../knowledge/image-registries.json" with { type: "json" };

const ECR = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;

/** Why the host at `offset` of `text` starts an image reference, or undefined when it does not. */
export function imageReferenceReason(text: string, offset: number, host: string, scheme: string): string | undefined {
  if (scheme !== "" || text[offset + host.length] !== "/") return undefined;
  // `registry/name` or `registry/owner/name`, each part an image path component, then a tag or digest or the end.
  const rest = /^\/[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?:[:@][\w.+-]+)?/.exec(
    text.slice(offset + host.length, offset + host.length + 256),
  );
  if (!rest) return undefined;
  const after = text[offset + host.length + rest[0].length];
  if (after !== undefined && /[\w/?#=&%]/.test(after)) return undefined;
  const registry = registryOf(host);
  return registry
    ? `a container image on ${registry}: the container runtime or an image builder pulls it, not the workload's code`
    : undefined;
}

function registryOf(host: string): string | undefined {
  if (ECR.test(host)) return "Amazon ECR";
  for (const r of knowledge.registries) if (host === r.name || host.endsWith(`.${r.name}`)) return r.why;
  return undefined;
}
