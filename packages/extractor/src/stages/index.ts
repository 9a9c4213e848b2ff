// The pipeline's stages, in order: clean → actors → coref → statements → agreements → events.
import type { Stage } from "../pipeline/stage";
import { actorsStage } from "./actors/plugin";
import { agreementsStage } from "./agreements/plugin";
import { cleanStage } from "./clean/plugin";
import { corefStage } from "./coref/plugin";
import { statementsStage } from "./statements/plugin";
import { eventsStage } from "./events/plugin";

export const STAGES: readonly Stage[] = [cleanStage, actorsStage, corefStage, statementsStage, agreementsStage, eventsStage];
