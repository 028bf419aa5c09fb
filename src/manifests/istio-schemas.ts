// JSON Schemas for the `spec` of the Istio kinds the model reads, after istio/api's CRDs. ServiceEntry and Sidecar
// are closed (every field is known, so a misspelt one is caught); the routing kinds are open where their APIs are
// large and only a few fields matter here.

const stringList = { type: "array", items: { type: "string" } } as const;
const labels = { type: "object", additionalProperties: { type: "string" } } as const;
const portNumber = { type: "integer", minimum: 1, maximum: 4294967295 } as const;
const workloadSelector = {
  type: "object",
  properties: { labels },
  additionalProperties: false,
} as const;
/** DestinationRule's selector is istio.type.v1beta1.WorkloadSelector, unlike the Sidecar's and ServiceEntry's. */
const matchLabelsSelector = {
  type: "object",
  properties: { matchLabels: labels },
  additionalProperties: false,
} as const;
const outboundTrafficPolicy = {
  type: "object",
  properties: {
    mode: { type: "string" },
    egressProxy: {
      type: "object",
      required: ["host"],
      properties: {
        host: { type: "string" },
        subset: { type: "string" },
        port: { type: "object", properties: { number: portNumber }, additionalProperties: false },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

const serviceEntryPort = {
  type: "object",
  required: ["number"],
  properties: {
    number: portNumber,
    protocol: { type: "string" },
    name: { type: "string" },
    targetPort: portNumber,
  },
  additionalProperties: false,
} as const;

export const serviceEntrySpec = {
  type: "object",
  required: ["hosts"],
  properties: {
    hosts: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    addresses: stringList,
    ports: { type: "array", items: serviceEntryPort },
    location: { enum: ["MESH_EXTERNAL", "MESH_INTERNAL"] },
    resolution: { enum: ["NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS"] },
    endpoints: {
      type: "array",
      items: {
        type: "object",
        properties: {
          address: { type: "string" },
          ports: { type: "object", additionalProperties: portNumber },
          labels,
          network: { type: "string" },
          locality: { type: "string" },
          weight: { type: "integer", minimum: 0 },
          serviceAccount: { type: "string" },
        },
        additionalProperties: false,
      },
    },
    workloadSelector,
    exportTo: stringList,
    subjectAltNames: stringList,
  },
  additionalProperties: false,
} as const;

export const sidecarSpec = {
  type: "object",
  properties: {
    workloadSelector,
    ingress: { type: "array", items: { type: "object" } },
    egress: {
      type: "array",
      items: {
        type: "object",
        required: ["hosts"],
        properties: {
          port: {
            type: "object",
            properties: {
              // 0 is a Unix domain socket listener, whose `bind` is the socket (see validate.ts).
              number: { ...portNumber, minimum: 0 },
              protocol: { type: "string" },
              name: { type: "string" },
              targetPort: portNumber,
            },
            additionalProperties: false,
          },
          bind: { type: "string" },
          captureMode: { enum: ["DEFAULT", "IPTABLES", "NONE"] },
          hosts: { type: "array", minItems: 1, items: { type: "string" } },
        },
        additionalProperties: false,
      },
    },
    outboundTrafficPolicy,
    inboundConnectionPool: { type: "object" },
  },
  additionalProperties: false,
} as const;

export const virtualServiceSpec = {
  type: "object",
  properties: {
    hosts: stringList,
    gateways: stringList,
    exportTo: stringList,
    http: { type: "array", items: { type: "object" } },
    tls: { type: "array", items: { type: "object" } },
    tcp: { type: "array", items: { type: "object" } },
  },
} as const;

export const destinationRuleSpec = {
  type: "object",
  required: ["host"],
  properties: {
    host: { type: "string", minLength: 1 },
    trafficPolicy: { type: "object" },
    subsets: { type: "array", items: { type: "object", required: ["name"], properties: { name: { type: "string" } } } },
    exportTo: stringList,
    workloadSelector: matchLabelsSelector,
  },
} as const;

export const gatewaySpec = {
  type: "object",
  properties: {
    selector: labels,
    servers: {
      type: "array",
      items: {
        type: "object",
        required: ["port", "hosts"],
        properties: {
          port: {
            type: "object",
            required: ["number"],
            properties: { number: portNumber, protocol: { type: "string" }, name: { type: "string" } },
          },
          hosts: stringList,
        },
      },
    },
  },
} as const;

export const ISTIO_SPEC_SCHEMAS: Record<string, object> = {
  ServiceEntry: serviceEntrySpec,
  Sidecar: sidecarSpec,
  VirtualService: virtualServiceSpec,
  DestinationRule: destinationRuleSpec,
  Gateway: gatewaySpec,
};

/** The API versions istiod serves for networking.istio.io. */
export const ISTIO_NETWORKING_VERSIONS = ["v1", "v1beta1", "v1alpha3"];
