package nl.nvvk.keurmerk.shared.vocabulary;

/** An enum code users see in Dutch and English; the code itself is the English constant. */
public interface Labelled {
    String name();

    String dutch();

    String english();
}
