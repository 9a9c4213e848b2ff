// The pipeline's stages, in order: clean → actors → coref → statements → agreements → events.
import type { Stage } from "../pipeline/stage";

export const STAGES: readonly Stage[] = [];
