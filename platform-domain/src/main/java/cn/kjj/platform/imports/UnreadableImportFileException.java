package cn.kjj.platform.imports;

import cn.kjj.platform.common.DomainException;

/**
 * A file that cannot be read at all: not UTF-8, not a spreadsheet, a broken archive. Reported as
 * the job's only error (without a line) rather than as a failure of the platform.
 */
public class UnreadableImportFileException extends DomainException {

    public UnreadableImportFileException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
