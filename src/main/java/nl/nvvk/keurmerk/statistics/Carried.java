package nl.nvvk.keurmerk.statistics;

/** What happened to a norm between the versions a comparison lines up. */
public enum Carried {
    /** Carried over from an older version compared (perhaps renumbered, reworded or split). */
    CARRIED_OVER,
    /** New in the newest version compared: none of its ancestors is in an older version compared. */
    NEW,
    /** In an older version compared, with no descendant in the newest. */
    RETIRED
}
