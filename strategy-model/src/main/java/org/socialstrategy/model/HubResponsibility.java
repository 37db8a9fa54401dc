package org.socialstrategy.model;

/** What the hub or center of excellence takes on for the organization. */
public enum HubResponsibility {
  /** Decides which initiatives go first. */
  PRIORITIZE_INITIATIVES,
  /** Writes and keeps the guidelines and processes. */
  GUIDELINES_AND_PROCESSES,
  /** Assigns roles and responsibilities. */
  ROLES_AND_RESPONSIBILITIES,
  /** Trains staff on vision, purpose, value creation and measurement. */
  TRAINING,
  /** Owns metrics and reporting so results are measured one way. */
  MEASUREMENT
}
