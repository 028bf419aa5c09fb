// SDK default endpoints: the knowledge table and the detector that applies it to source files.
export { detectSdkCalls, detectSdkUsage } from "./detect.js";
export { sdkEnvOverrides, SDK_TABLE } from "./table.js";
export type { SdkDetection, SdkEntry, SdkHost, SdkReference, SdkTable, SdkUnresolved } from "./types.js";
