package cn.kjj.platform.imports;

/**
 * Published (as a Spring application event) when an import job ends: written ({@code rows} rows)
 * or refused as a whole ({@code rows} is then 0).
 */
public record ImportFinished(ImportKind kind, boolean written, int rows) {
}
