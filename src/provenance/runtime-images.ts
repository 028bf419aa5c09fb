// Base images that run only the code they are given (language runtimes, OS bases): for such an image, what the
// repository ships into it, or hands it in its command and mounted ConfigMaps, is all the code the pod runs. Any
// other image (a database, a vendor application) runs code of its own, which may read any variable.
import knowledge from "../knowledge/environment-reads.json" with { type: "json" };
import { globMatcher } from "../glob.js";
import { parseImageRef } from "./image-ref.js";

const RUNTIME = knowledge.runtimeImages.map((r) => ({ matches: globMatcher([r.image]), why: r.why }));

/** Why the image runs only the code it is given, or undefined when it may run code of its own. */
export function runtimeImage(image: string): string | undefined {
  const ref = parseImageRef(image);
  if (!ref || ref.path.includes(undefined)) return undefined;
  const name = [...(ref.host ? [ref.host] : []), ...ref.path].join("/");
  return RUNTIME.find((r) => r.matches(name))?.why;
}
