// The agreements stage's annotation: one entry per agreement of the article, with every mention of it.
import type { AgreementStatus, AgreementType, PartyRole } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";

export interface AgreementMention extends Span {
  /** The agreement noun as written ("treaty", "ceasefire", "arms negotiations"). */
  noun: string;
  agreementType: AgreementType;
  sentence: number;
  /** The clause that states it: the agreement's provenance. */
  clause: Span;
  status: AgreementStatus;
  topic?: string;
  /** A name of its own: "New START treaty", "Abraham Accords". */
  properName?: string;
  /** "the treaty", "the accord": a reference back to an agreement already named. */
  backReference: boolean;
}

export interface AgreementParty extends Span {
  /** ArticleActor.key */
  actor: string;
  role: PartyRole;
}

export interface ArticleAgreement {
  /** Name built from parties, topic and type, generic enough to merge across articles. */
  name: string;
  agreementType: AgreementType;
  /** The latest status stated. */
  status: AgreementStatus;
  /** Every status stated, in text order, "status" or "date:status". */
  statusHistory: string[];
  mentions: AgreementMention[];
  parties: AgreementParty[];
}

export interface AgreementsAnnotation {
  agreements: ArticleAgreement[];
}

declare module "../../document/types" {
  interface Annotations {
    agreements: AgreementsAnnotation;
  }
}
