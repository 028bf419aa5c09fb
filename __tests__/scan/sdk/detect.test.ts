// What makes a client: the SDK's import and a constructor, both in code. Comments, strings and a bare class name
// are not enough; run-time endpoints come back as unresolved, never as a guess.
import { describe, expect, it } from "vitest";
import { detectSdkCalls, detectSdkUsage } from "../../../src/scan/sdk/index.js";

const hostsOf = (path: string, text: string) => detectSdkCalls({ path, text }).map((r) => [r.host, r.line]);

describe("detectSdkCalls", () => {
  it("needs the import: a constructor name alone is nothing", () => {
    expect(hostsOf("a.py", "client = OpenAI()\n")).toEqual([]);
    expect(hostsOf("a.ts", "const web = new WebClient(token);\n")).toEqual([]);
  });

  it("needs a constructor: an import alone is nothing", () => {
    expect(hostsOf("a.py", "import openai\nfrom openai import OpenAI\n\nx = 1\n")).toEqual([]);
    expect(hostsOf("a.go", 'package main\n\nimport "github.com/google/go-github/v60/github"\n')).toEqual([]);
  });

  it("ignores imports and constructors inside comments, docstrings and strings", () => {
    const python = [
      "# from openai import OpenAI",
      "import openai",
      "# client = OpenAI()",
      '"""Build with OpenAI() when needed."""',
      'print("OpenAI()")',
      "",
    ].join("\n");
    expect(hostsOf("a.py", python)).toEqual([]);
    const js = '// import OpenAI from "openai";\nconst s = "new OpenAI()";\n/* new OpenAI() */\n';
    expect(hostsOf("a.ts", js)).toEqual([]);
    const commentedImport = '// import { WebClient } from "@slack/web-api";\nconst web = new WebClient(token);\n';
    expect(hostsOf("a.ts", commentedImport)).toEqual([]);
  });

  it("reads a Go package by the name its import gives it, and no other package of the module as it", () => {
    const go = (imports: string, body: string) =>
      `package main\n\nimport (\n${imports}\n)\n\nfunc main() {\n${body}\n}\n`;
    // Renamed: `gh.NewClient(` is go-github's client.
    expect(hostsOf("a.go", go('\tgh "github.com/google/go-github/v60/github"', "\tc := gh.NewClient(nil)"))).toEqual([
      ["api.github.com", 8],
      ["uploads.github.com", 8],
    ]);
    // A renamed package no longer answers to its own name: `openai.` here is the other OpenAI SDK, built for a gateway.
    const both = go(
      '\tgoopenai "github.com/sashabaranov/go-openai"\n\t"github.com/openai/openai-go/v3"\n\t"github.com/openai/openai-go/v3/option"',
      '\tc := openai.NewClient(option.WithBaseURL("https://llm.corp.io/v1/"))',
    );
    expect(detectSdkCalls({ path: "a.go", text: both }).map((r) => [r.sdk, r.host])).toEqual([
      ["openai-go", "llm.corp.io"],
    ]);
    // Another package of the module, renamed, builds another client: the AWS gateway's, not api.anthropic.com.
    const gateway = go(
      '\tanthropicaws "github.com/anthropics/anthropic-sdk-go/aws"',
      "\tc := anthropicaws.NewClient(ctx, anthropicaws.ClientConfig{})",
    );
    expect(hostsOf("a.go", gateway)).toEqual([]);
  });

  it("reads C#'s using directives, in each of their forms, and no using statement", () => {
    const init = "TwilioClient.Init(sid, token);\n";
    for (const using of [
      "using Twilio;",
      "global using Twilio;",
      "using static Twilio.TwilioClient;",
      "using Tw = Twilio.Rest;",
    ])
      expect(hostsOf("Program.cs", `${using}\n\n${init}`)).toEqual([["api.twilio.com", 3]]);
    expect(hostsOf("Program.cs", `using (var twilio = Open()) { }\n${init}`)).toEqual([]);
    expect(hostsOf("Program.cs", `// using Twilio;\n${init}`)).toEqual([]);
  });

  it("takes an assignment for an override, never a comparison or an expression-bodied member", () => {
    const client = "var client = new OpenAIClient(key);\n";
    const member = 'class Settings { public Uri Endpoint => new Uri("https://docs.corp"); }\n';
    expect(hostsOf("Program.cs", `using OpenAI;\n${member}${client}`)).toEqual([["api.openai.com", 3]]);
    const compared = "if (options.Endpoint == null) { }\n";
    expect(hostsOf("Program.cs", `using OpenAI;\n${compared}${client}`)).toEqual([["api.openai.com", 3]]);
  });

  it("reads C#'s target-typed new(), in a local, a field and with an init property", () => {
    expect(
      hostsOf("Program.cs", 'using OpenAI.Chat;\n\nChatClient client = new(model: "gpt-4o", apiKey: key);\n'),
    ).toEqual([["api.openai.com", 3]]);
    const field = 'using OpenAI.Chat;\nclass Bot {\n  private readonly ChatClient? _chat = new("gpt-4o", key);\n}\n';
    expect(hostsOf("Program.cs", field)).toEqual([["api.openai.com", 3]]);
    const proxied = 'using Anthropic;\nAnthropicClient client = new() { BaseUrl = "http://claude-proxy.corp:8080" };\n';
    expect(hostsOf("Program.cs", proxied)).toEqual([["claude-proxy.corp", 2]]);
    // Written out in full, the same client is one reference, not two.
    const full = 'using OpenAI.Chat;\nChatClient client = new ChatClient("gpt-4o", key);\n';
    expect(hostsOf("Program.cs", full)).toEqual([["api.openai.com", 2]]);
  });

  it("takes a bare Python constructor only where the file imports that name from the SDK's module", () => {
    // Cloud Storage and Gen AI are imported, but the Client called is Vertex AI's.
    const text = [
      "from google.cloud import storage",
      "from google.genai.types import HttpOptions",
      "from vertexai import Client",
      "bucket = storage.Client().bucket(name)",
      "client = Client(http_options=HttpOptions())",
      "",
    ].join("\n");
    expect(hostsOf("a.py", text)).toEqual([
      ["oauth2.googleapis.com", 4],
      ["storage.googleapis.com", 4],
    ]);
    const named = "from twilio.rest import Client\nclient = Client(sid, token)\n";
    expect(hostsOf("b.py", named).map(([host]) => host)).toEqual(["api.twilio.com"]);
  });

  it("takes no Python function named like a client for one", () => {
    const wrapper = "import openai\n\ndef AsyncOpenAI(**kw):\n    return openai.AsyncOpenAI(**kw)\n";
    expect(hostsOf("a.py", wrapper)).toEqual([["api.openai.com", 4]]);
    const defined = "from googleapiclient.discovery import build\n\ndef build():\n    return 1\n";
    expect(hostsOf("c.py", defined)).toEqual([]);
  });

  it("takes a bare Java constructor only where the file imports that class, or all of its package", () => {
    const other =
      "import com.google.genai.types.Part;\nimport com.acme.Client;\nclass A { Client c = new Client(); }\n";
    expect(hostsOf("A.java", other)).toEqual([]);
    for (const imports of ["import com.google.genai.Client;", "import com.google.genai.*;"])
      expect(hostsOf("B.java", `${imports}\nclass B { Client c = new Client(); }\n`).length).toBeGreaterThan(0);
  });

  it("does not take a longer or qualified name for the constructor", () => {
    const text = "from openai import OpenAI\nimport httpx\n\nx = MyOpenAI()\ny = other.OpenAI()\nc = httpx.Client()\n";
    expect(hostsOf("a.py", text)).toEqual([]);
  });

  it("reports the constructor's line and column, and the import's line", () => {
    const text = "import os\n\nfrom anthropic import Anthropic\n\n\nclient = Anthropic()\n";
    const [ref] = detectSdkCalls({ path: "svc/app.py", text });
    expect(ref).toMatchObject({
      host: "api.anthropic.com",
      port: 443,
      scheme: "https",
      file: "svc/app.py",
      line: 6,
      column: 10,
      importLine: 3,
      constructorLine: 6,
      sdk: "anthropic-python",
      reason: "anthropic-python: Anthropic() calls api.anthropic.com by default (imported at line 3)",
    });
  });

  it("reports an override set at run time as unresolved, not as the default", () => {
    const text = 'import os\nfrom openai import OpenAI\nclient = OpenAI(base_url=os.environ["LLM_URL"])\n';
    expect(detectSdkUsage({ path: "a.py", text })).toEqual({
      references: [],
      unresolved: [{ sdk: "openai-python", file: "a.py", line: 3, reason: "endpoint set at run time by base_url" }],
    });
    const interpolated = 'from openai import OpenAI\nclient = OpenAI(base_url=f"https://{host}/v1")\n';
    expect(detectSdkUsage({ path: "a.py", text: interpolated }).unresolved).toHaveLength(1);
  });

  it("keeps the override's own port and scheme", () => {
    const text = 'from openai import OpenAI\nc = OpenAI(base_url="http://vllm.ml.svc:8000/v1")\n';
    expect(detectSdkCalls({ path: "a.py", text })).toMatchObject([
      { host: "vllm.ml.svc", port: 8000, scheme: "http", overridden: { by: "base_url", line: 2 } },
    ]);
  });

  it("reads a module-wide override for every client of that SDK in the file", () => {
    const text = 'import stripe\nstripe.api_key = "sk_test"\nstripe.api_base = "http://stripe-mock:12111"\n';
    expect(hostsOf("pay.py", text)).toEqual([["stripe-mock", 2]]);
  });

  it("takes a custom endpoint resolver given to the AWS config as replacing every client's endpoint", () => {
    const text = [
      "package main",
      'import "github.com/aws/aws-sdk-go-v2/service/s3"',
      "func main() {",
      '\tu, ok := os.LookupEnv("S3_ENDPOINT_URL")',
      "\tif ok { opts = append(opts, config.WithEndpointResolverWithOptions(resolver(u))) }",
      "\tcfg, _ := config.LoadDefaultConfig(ctx, opts...)",
      "\tclient := s3.NewFromConfig(cfg)",
      "}",
    ].join("\n");
    expect(hostsOf("kvs.go", text)).toEqual([]);
    expect(detectSdkUsage({ path: "kvs.go", text }).unresolved.map((u) => u.sdk)).toEqual(["aws-sdk-go-v2"]);
  });

  it("leaves out an endpoint option the table does not model", () => {
    const text = 'from twilio.rest import Client\nc = Client(sid, tok, region="au1", edge="sydney")\n';
    expect(detectSdkUsage({ path: "a.py", text }).unresolved.map((u) => u.reason)).toEqual([
      "endpoint chosen by edge, which the table does not model",
    ]);
  });

  it("reports an SDK whose endpoint is an environment variable as unresolved", () => {
    const text = "import sentry_sdk\nsentry_sdk.init(traces_sample_rate=1.0)\n";
    expect(detectSdkUsage({ path: "a.py", text }).unresolved).toEqual([
      { sdk: "sentry-python", file: "a.py", line: 2, reason: "endpoint set at run time by SENTRY_DSN" },
    ]);
  });

  it("skips files in languages the table has no SDK for", () => {
    expect(hostsOf("values.yaml", "openai: OpenAI()\n")).toEqual([]);
    expect(hostsOf("README", "import openai\nOpenAI()\n")).toEqual([]);
  });

  it("is deterministic and sorted by position", () => {
    const text = "from slack_sdk import WebClient\nfrom openai import OpenAI\nb = WebClient(token=t)\na = OpenAI()\n";
    const first = detectSdkCalls({ path: "a.py", text });
    expect(first.map((r) => [r.line, r.host])).toEqual([
      [3, "files.slack.com"],
      [3, "slack.com"],
      [4, "api.openai.com"],
    ]);
    expect(detectSdkCalls({ path: "a.py", text })).toEqual(first);
  });
});

describe("AWS clients", () => {
  const boto = (body: string) => detectSdkUsage({ path: "a.py", text: `import os\nimport boto3\n${body}` });

  it("takes the region from the constructor, else from a region literal in the file", () => {
    expect(boto('s3 = boto3.client("sqs", region_name="ap-southeast-2")\n').references[0]?.host).toBe(
      "sqs.ap-southeast-2.amazonaws.com",
    );
    expect(
      boto('os.environ["AWS_DEFAULT_REGION"] = "eu-central-1"\nq = boto3.client("sqs")\n').references[0]?.host,
    ).toBe("sqs.eu-central-1.amazonaws.com");
  });

  it("uses the endpoint prefix, not the SDK's service name", () => {
    expect(boto('c = boto3.client("secretsmanager", region_name="us-east-1")\n').references[0]?.host).toBe(
      "secretsmanager.us-east-1.amazonaws.com",
    );
    expect(boto('c = boto3.client("sesv2", region_name="us-east-1")\n').references[0]?.host).toBe(
      "email.us-east-1.amazonaws.com",
    );
  });

  it("without a region: a partition-wide endpoint where the service has one, else unresolved", () => {
    expect(boto('c = boto3.client("s3")\n').references.map((r) => r.host)).toEqual(["s3.amazonaws.com"]);
    expect(boto('c = boto3.client("iam")\n').references.map((r) => r.host)).toEqual(["iam.amazonaws.com"]);
    const dynamo = boto('c = boto3.client("dynamodb")\n');
    expect(dynamo.references).toEqual([]);
    expect(dynamo.unresolved[0]?.reason).toContain("region");
  });

  it("a service chosen at run time or missing from the table is unresolved", () => {
    expect(boto("c = boto3.client(name)\n").unresolved[0]?.reason).toBe("the service is chosen at run time");
    expect(boto('c = boto3.client("quicksight", region_name="us-east-1")\n').unresolved[0]?.reason).toContain(
      "quicksight",
    );
  });

  it("only a client class of a service the file imports counts (JavaScript)", () => {
    const text =
      'import { SQSClient } from "@aws-sdk/client-sqs";\nconst q = new SQSClient({ region: "us-east-1" });\nconst w = new WebClient(t);\n';
    expect(hostsOf("a.ts", text)).toEqual([["sqs.us-east-1.amazonaws.com", 2]]);
  });

  it("reads Java's Region constants and async clients", () => {
    const text =
      "import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;\nclass A { var c = DynamoDbAsyncClient.builder().region(Region.EU_WEST_3).build(); }\n";
    expect(hostsOf("A.java", text)).toEqual([["dynamodb.eu-west-3.amazonaws.com", 2]]);
  });

  it("follows a Go import's local name", () => {
    const text =
      'package main\n\nimport (\n\tawss3 "github.com/aws/aws-sdk-go-v2/service/s3"\n)\n\nfunc f() {\n\tc := awss3.NewFromConfig(cfg)\n\t_ = config.WithRegion("us-east-2")\n}\n';
    expect(hostsOf("a.go", text)).toEqual([["s3.us-east-2.amazonaws.com", 8]]);
  });
});
