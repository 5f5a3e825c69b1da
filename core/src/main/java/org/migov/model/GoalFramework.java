package org.migov.model;

/**
 * An external framework of goals that a {@link PriorityGoal} may link to, to say which global goal
 * it serves.
 *
 * @since 0.1.0
 */
public enum GoalFramework {
  /**
   * An objective of the Global Compact for Safe, Orderly and Regular Migration, by number, such as
   * {@code 20} ("Promote faster, safer and cheaper transfer of remittances").
   */
  GCM_OBJECTIVE,
  /**
   * A target of the Sustainable Development Goals, such as {@code 10.c} (remittance costs below 3
   * per cent).
   */
  SDG_TARGET,
  /** Any other framework; name it in the link's label. */
  OTHER;
}
