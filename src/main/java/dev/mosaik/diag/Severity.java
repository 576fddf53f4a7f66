package dev.mosaik.diag;

/** Errors stop a build from being published; warnings are reported and the build goes on. */
public enum Severity {
    ERROR,
    WARNING
}
