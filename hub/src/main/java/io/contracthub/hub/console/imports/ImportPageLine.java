package io.contracthub.hub.console.imports;

import io.contracthub.hub.imports.ImportProgress;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One import as the console shows it: its progress, with times in Asia/Shanghai. */
public record ImportPageLine(ImportProgress progress, ZonedDateTime uploadedAt, ZonedDateTime finishedAt,
                             String timeLeft) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static ImportPageLine of(ImportProgress progress) {
        Long left = progress.secondsLeft();
        String timeLeft = left == null ? null : String.format("%d:%02d", left / 60, left % 60);
        return new ImportPageLine(progress, progress.uploadedAt().atZone(CHINA),
                progress.finishedAt() == null ? null : progress.finishedAt().atZone(CHINA), timeLeft);
    }
}
