package org.socialstrategy.scoring.scorecard;

import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.GovernanceModel;

/** The words scorecards write for the model's fixed choices, never their code names. */
final class Labels {

  private Labels() {}

  /** Writes how far an executive is with the strategy: {@code engaged}. */
  static String of(ExecutiveAlignment alignment) {
    return switch (alignment) {
      case UNAWARE -> "unaware";
      case INFORMED -> "informed";
      case ENGAGED -> "engaged";
      case ALIGNED -> "aligned";
    };
  }

  /** Writes a governance model: {@code hub and spoke}. */
  static String of(GovernanceModel model) {
    return switch (model) {
      case DECENTRALIZED -> "decentralized";
      case CENTRALIZED -> "centralized";
      case HUB_AND_SPOKE -> "hub and spoke";
      case MULTIPLE_HUB_AND_SPOKE -> "multiple hub and spoke";
      case HOLISTIC -> "holistic";
    };
  }
}
