package org.socialstrategy.model;

/** What sort of means a {@link Channel} is: social, owned digital, or offline. */
public enum ChannelKind {
  /** A public social network (Facebook, LinkedIn, X, ...). */
  SOCIAL_NETWORK,
  /** An online community the organization hosts: a support forum, an enterprise social network. */
  COMMUNITY,
  /** A digital channel the organization owns that is not social: website, email, mobile app. */
  OWNED_DIGITAL,
  /** A channel with no screen in it: a store, a phone call, a suggestion box, an event. */
  OFFLINE,
  /** A custom channel whose kind was not given. */
  OTHER;

  /**
   * Tells whether channels of this kind are social: public networks and hosted communities.
   *
   * @return true for social kinds
   */
  public boolean isSocial() {
    return this == SOCIAL_NETWORK || this == COMMUNITY;
  }
}
