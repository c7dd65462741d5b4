package cn.kjj.platform.imports;

/** PENDING → VALIDATING → WRITING → DONE, or FAILED from any of the first three. */
public enum ImportJobStatus {
    PENDING, VALIDATING, WRITING, DONE, FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
