// Generated or hostile build files: each a few megabytes of what makes a reader of build definitions stall (long
// lines, deep nesting, unterminated constructs), with two images whose Dockerfiles can still be found. Shared by the
// test that checks what is read and by `npm run bench:hostile`, which times it.
import type { ProvenanceInput } from "../../src/provenance/types.js";

export function hostileBuildInput(): ProvenanceInput {
  const long = "a".repeat(1_500_000);
  const buildFiles = [
    { path: "build.sh", text: `docker build -t ${long} .\n$(${"$(".repeat(100_000)}\n"${long}\n` },
    { path: "Makefile", text: `X = $(X)$(X)\nall:\n\tdocker build -t $(X) .\n${"V = $(V)\n".repeat(50_000)}` },
    { path: "compose.yaml", text: `services:\n${"  s: [\n".repeat(20_000)}` },
    { path: "svc/Dockerfile", text: `FROM a AS b\n${"COPY x \\\n".repeat(200_000)}RUN <<EOF\n${long}` },
    { path: "svc2/Dockerfile", text: `${"FROM a\nCOPY . .\n".repeat(5_000)}` },
    {
      path: ".github/workflows/deploy.yml",
      text: `jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with: {tags: acme/x}\n  d:\n    steps:\n      - run: |\n${"          kubectl set image deployment/x x=${{ needs.b.outputs.t }} -n ${{ env.N }}\n".repeat(20_000)}          kubectl set image ${long}\n`,
    },
  ];
  return {
    files: buildFiles.map((f) => f.path),
    buildFiles,
    images: [
      { namespace: "n", workload: "svc", container: "c", image: "acme/svc", file: "k.yaml", line: 1 },
      { namespace: "n", workload: "svc2", container: "c", image: "acme/svc2", file: "k.yaml", line: 1 },
    ],
  };
}
