package cn.kjj.platform.lab;

import cn.kjj.platform.region.RecognitionLevel;
import java.time.LocalDate;

/** An R&D platform (lab, centre, workstation) that the enterprise hosts, for its page. */
public record HostedPlatform(Long id, String name, LabKind kind, RecognitionLevel level, LocalDate recognizedOn) {
}
