package cn.kjj.platform.program;

/** A call open today that an enterprise may apply to, with its program's name (decision 0042). */
public record OpenCall(CallView call, String programName) {
}
