package org.socialstrategy.model;

/** How social work is organized across the organization, from scattered to woven in. */
public enum GovernanceModel {
  /** Each department runs its own efforts with no coordination. */
  DECENTRALIZED,
  /** One department, usually marketing or communications, runs everything. */
  CENTRALIZED,
  /** A central hub sets standards and supports spokes in the business units. */
  HUB_AND_SPOKE,
  /** Hubs in several business units under a central hub. */
  MULTIPLE_HUB_AND_SPOKE,
  /** Everyone works socially, under common guidelines; social is part of how the business runs. */
  HOLISTIC
}
